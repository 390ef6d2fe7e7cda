import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MemoError } from './errors';

/**
 * Turns the memo's print-ready HTML into a PDF. The desktop app passes one built on Electron's
 * webContents.printToPDF (with preferCSSPageSize, so the page size and margin boxes of the HTML rule); the CLI
 * and the tests use a Chromium found on the machine. Either way the PDF is the HTML memo, printed.
 */
export interface PdfEngine {
  /** Shown in messages: "Chromium (/usr/bin/chromium)", "Electron". */
  readonly name: string;
  printToPdf(html: string): Promise<Uint8Array>;
}

export const CHROMIUM_ENV = 'LICENSE_DESK_CHROMIUM';

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

function candidatePaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((a) => `/Applications/${a}`), ...(env.HOME ? apps.map((a) => join(env.HOME!, 'Applications', a)) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((root) => exes.map((exe) => `${root}\\${exe}`));
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((n) => join(dir, n)));
  return [...onPath, ...PATH_NAMES.map((n) => `/usr/bin/${n}`), '/snap/bin/chromium'];
}

/**
 * The Chromium-family browser to print with: $LICENSE_DESK_CHROMIUM when set (it must exist), else the usual
 * install locations of Chromium, Chrome and Edge for the platform. Null when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = existsSync): string | null {
  const chosen = env[CHROMIUM_ENV]?.trim();
  if (chosen) {
    if (!exists(chosen)) {
      throw new MemoError('PDF_ENGINE_UNAVAILABLE', `${CHROMIUM_ENV} points to ${chosen}, which does not exist. Point it at a Chromium, Chrome or Edge executable, or export the memo with --format docx or --format md.`, {
        path: chosen,
      });
    }
    return chosen;
  }
  return candidatePaths(env, platform).find((p) => exists(p)) ?? null;
}

export function unavailableError(): MemoError {
  return new MemoError(
    'PDF_ENGINE_UNAVAILABLE',
    `No browser to print the PDF with was found. Install Chromium (e.g. "apt install chromium"), Google Chrome or Microsoft Edge, or set ${CHROMIUM_ENV} to its executable — or export the memo with --format docx or --format md.`,
  );
}

/** The print engine of the CLI and the tests: the machine's Chromium, or a clear PDF_ENGINE_UNAVAILABLE. */
export function defaultPdfEngine(env: NodeJS.ProcessEnv = process.env): PdfEngine {
  const executable = findChromium(env);
  if (!executable) throw unavailableError();
  return chromiumPdfEngine(executable);
}

/**
 * Headless Chromium printing a file:// page. A throwaway profile keeps it away from the user's browser (a running
 * Chrome would otherwise take the job over) and the flags keep it off the network: no background requests, and
 * host resolution that fails for every name, on top of the memo's own Content-Security-Policy.
 */
export function chromiumPdfEngine(executable: string, options: { timeoutMs?: number } = {}): PdfEngine {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return {
    name: `Chromium (${executable})`,
    async printToPdf(html: string): Promise<Uint8Array> {
      const dir = mkdtempSync(join(tmpdir(), 'license-desk-memo-'));
      try {
        const page = join(dir, 'memo.html');
        const out = join(dir, 'memo.pdf');
        writeFileSync(page, html, 'utf8');
        const args = [
          '--headless',
          '--disable-gpu',
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-default-apps',
          '--disable-extensions',
          '--disable-sync',
          '--no-default-browser-check',
          '--no-first-run',
          '--mute-audio',
          '--host-resolver-rules=MAP * ~NOTFOUND',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${out}`,
          '--no-pdf-header-footer',
          pathToFileURL(page).href,
        ];
        const result = await run(executable, args, timeoutMs);
        const bytes = existsSync(out) ? new Uint8Array(readFileSync(out)) : null;
        if (!bytes || bytes.length < 5 || Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
          throw new MemoError('PDF_ENGINE_FAILED', `${executable} did not print the memo to PDF (${result.reason}).${result.stderr ? ` It said: ${result.stderr}` : ''}`, {
            executable,
            exitCode: result.code,
          });
        }
        return bytes;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

interface RunResult {
  code: number | null;
  reason: string;
  stderr: string;
}

function run(executable: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    let stderr = '';
    let timedOut = false;
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64_000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, reason: `could not start: ${error.message}`, stderr: '' });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, reason: timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exit code ${code}`, stderr: meaningfulStderr(stderr) });
    });
  });
}

/** Chromium logs D-Bus and GPU noise on headless Linux; keep only lines that might explain a failure. */
function meaningfulStderr(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => l.trim() && !/dbus|Failed to connect to the bus|bytes written to file|unexpected operator/i.test(l))
    .slice(-5)
    .join(' ')
    .slice(0, 800);
}
