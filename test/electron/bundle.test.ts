/**
 * The esbuild bundles the app runs (scripts/bundle-electron.mjs): what the main bundle still loads from
 * node_modules, whether the preload runs where only 'electron' can be required (the sandbox), and whether a
 * worker referenced by `new URL('./x.js', import.meta.url)` and files found relative to a module still resolve
 * after bundling — in the repo layout and in the packaged app.asar / app.asar.unpacked layout.
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLER_NAMES, methodName } from '../../src/api/names';
import { importDocument } from '../../src/ingest';
import { BAD_DIR, FORMATS_DIR, PERF_PDF, PROJECT_ROOT, readCorpusFile } from '../support/corpus';
// @ts-expect-error -- plain .mjs build script without type declarations
import { MAIN_EXTERNALS, SOURCE_RUN_EXTERNALS, bundleElectron } from '../../scripts/bundle-electron.mjs';

const work = mkdtempSync(join(tmpdir(), 'ld-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bare module names a bundle still require()s or import()s at run time. */
function runtimeModules(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)|^import\s[^'"]*from\s*["']([^"']+)["']/gm)) {
    // Usage examples in the bundled libraries' doc comments (" *   .tlds(require('tlds'))") load nothing.
    const lineStart = code.lastIndexOf('\n', m.index) + 1;
    if (/^\s*(?:\*|\/\/)/.test(code.slice(lineStart, m.index))) continue;
    names.add(m[1] ?? m[2] ?? m[3]);
  }
  return [...names].filter((n) => !n.startsWith('.') && !n.startsWith('/'));
}

describe('the app bundles', () => {
  let out: { main: string; preload: string };
  beforeAll(async () => {
    out = await bundleElectron({ root: PROJECT_ROOT, outDir: join(work, 'app', 'dist', 'electron'), logLevel: 'error' });
  }, 120_000);

  it('main.cjs loads only Electron, the native/worker packages and Node built-ins from outside the bundle', () => {
    const code = readFileSync(out.main, 'utf8');
    const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = runtimeModules(code).filter((name) => !allowed.has(name));
    const matches = (list: string[]) => (name: string) => list.some((e) => name === e || (e.endsWith('/*') && name.startsWith(e.slice(0, -1))));
    expect(external.filter((name) => !matches([...MAIN_EXTERNALS, ...SOURCE_RUN_EXTERNALS])(name))).toEqual([]);
    expect(external).toContain('electron');
    expect(external).toContain('better-sqlite3');
    // Source-run tooling (not shipped) may only sit behind a lazy import() on a branch the bundle never takes.
    for (const name of external.filter(matches(SOURCE_RUN_EXTERNALS))) {
      expect(code, name).not.toContain(`require("${name}")`);
    }
  });

  it('preload.cjs runs with nothing but `electron` to require (the sandbox) and exposes window.desk', () => {
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined },
    };
    const required: string[] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`module not found in the sandbox: ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(readFileSync(out.preload, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console }, { filename: out.preload });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['desk']);
    const desk = exposed.desk as Record<string, unknown>;
    for (const name of HANDLER_NAMES) expect(typeof desk[methodName(name)], name).toBe('function');
    expect((desk.shell as { host: string }).host).toBe('electron');
  });
});

describe('the engine inside the main bundle', () => {
  // Laid out like the app: dist/electron next to node_modules (linked), so pdf.js and better-sqlite3 resolve.
  const app = join(work, 'engine-app');
  type Run = {
    results: Array<{ file: string; ok: boolean; pageCount?: number; text?: string; code?: string }>;
    workers: Array<{ url: string; messages: string[]; errors: string[] }>;
  };
  let run: Run;

  beforeAll(async () => {
    mkdirSync(app, { recursive: true });
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(app, 'node_modules'), 'junction');
    const out = await bundleElectron({ root: PROJECT_ROOT, outDir: join(app, 'dist', 'electron'), mainEntry: join(PROJECT_ROOT, 'test/electron/fixtures/engine-entry.ts'), logLevel: 'error' });
    const files = [join(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'), join(FORMATS_DIR, 'apache-2.0.docx'), join(BAD_DIR, 'encrypted-user-password.pdf'), PERF_PDF];
    run = JSON.parse(execFileSync(process.execPath, [out.main, ...files], { encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 }));
  }, 300_000);

  it('imports a PDF to exactly the text the engine produces from source', async () => {
    const fromSource = await importDocument(readCorpusFile(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'), 'llama-3.1-community-license.chromium.pdf');
    const [bundled] = run.results;
    expect(bundled).toMatchObject({ ok: true, pageCount: fromSource.pageCount });
    expect(bundled.text).toBe(fromSource.text);
  });

  it('imports DOCX and reports an encrypted PDF with its code', () => {
    expect(run.results[1]).toMatchObject({ ok: true });
    expect(run.results[1].text).toMatch(/Apache License/);
    expect(run.results[2]).toMatchObject({ ok: false, code: 'ENCRYPTED' });
  });

  it('reads a long PDF with page workers started from the bundled worker file', () => {
    expect(run.results[3]).toMatchObject({ ok: true, pageCount: 192 });
    for (const worker of run.workers) {
      expect(worker.url).toBe(pathToFileURL(join(app, 'dist', 'electron', 'workers', 'page-worker.mjs')).href);
      expect(worker.errors).toEqual([]);
    }
    // Every PDF is read in page workers; the encrypted one's worker says it cannot open the file, the others read.
    const refused = run.workers.filter((w) => w.messages.includes('failed'));
    expect(refused.length).toBeLessThanOrEqual(1);
    const reading = run.workers.filter((w) => !refused.includes(w));
    expect(reading.length).toBeGreaterThan(1);
    for (const worker of reading) {
      expect(worker.messages).toContain('ready');
      expect(worker.messages).toContain('pages');
    }
  });
});

describe('module locations after bundling', () => {
  const fixture = join(work, 'fixture');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  };

  beforeAll(async () => {
    // A feature that starts a worker the way the engine's PDF reader does (a .js reference to a .ts source) and
    // reads a resource relative to its own module; the worker imports a helper and reads a resource too.
    write('resources/greeting.json', JSON.stringify({ greeting: 'hello' }));
    write(
      'src/feature/start.ts',
      `import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
export function greeting(): string {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../resources/greeting.json', import.meta.url)), 'utf8')).greeting;
}
// A plain-JavaScript file referenced by URL (a loader hook for source runs): not bundled, never started here.
export const sourceRunHook = () => new URL('./hook.mjs', import.meta.url);
export function runWorker(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./echo-worker.js', import.meta.url));
    worker.once('message', (message) => { resolve(message); void worker.terminate(); });
    worker.once('error', reject);
  });
}
`,
    );
    write('src/feature/hook.mjs', `export {};\n`);
    write('src/feature/shout.ts', `export const shout = (s: string) => s.toUpperCase();\n`);
    write(
      'src/feature/echo-worker.ts',
      `import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shout } from './shout';
const data = JSON.parse(readFileSync(fileURLToPath(new URL('../../resources/greeting.json', import.meta.url)), 'utf8'));
parentPort!.postMessage({ said: shout(data.greeting), from: import.meta.url.split('/').slice(-3).join('/') });
`,
    );
    write(
      'electron/main.ts',
      `import { greeting, runWorker } from '../src/feature/start';
runWorker().then((worker) => console.log(JSON.stringify({ greeting: greeting(), worker })), (e) => { console.error(e); process.exit(3); });
`,
    );
    write('electron/preload.ts', `export {};\n`);
    await bundleElectron({ root: fixture, logLevel: 'error' });
  }, 120_000);

  const run = (mainCjs: string) => JSON.parse(execFileSync(process.execPath, [mainCjs], { encoding: 'utf8', timeout: 30_000 }));

  it('emits the referenced worker as its own bundle and points the reference at it', () => {
    const main = readFileSync(join(fixture, 'dist/electron/main.cjs'), 'utf8');
    expect(main).toContain('__ldWorkerUrl("echo-worker.mjs")');
    expect(main).not.toContain('echo-worker.js');
    expect(readFileSync(join(fixture, 'dist/electron/workers/echo-worker.mjs'), 'utf8')).toContain('toUpperCase');
    expect(readdirSync(join(fixture, 'dist/electron/workers')).filter((f) => f.endsWith('.mjs'))).toEqual(['echo-worker.mjs']);
  });

  it('runs: the worker starts from the bundle and both find resources/ relative to their source modules', () => {
    expect(run(join(fixture, 'dist/electron/main.cjs'))).toEqual({
      greeting: 'hello',
      worker: { said: 'HELLO', from: 'src/feature/echo-worker.js' },
    });
  });

  it('runs packaged: main inside app.asar starts the worker from app.asar.unpacked', () => {
    const resources = join(work, 'packaged', 'resources');
    // Only what electron-builder.yml puts where: the bundles and resources/ in app.asar, workers unpacked.
    cpSync(join(fixture, 'dist/electron/main.cjs'), join(resources, 'app.asar/dist/electron/main.cjs'));
    cpSync(join(fixture, 'resources'), join(resources, 'app.asar/resources'), { recursive: true });
    cpSync(join(fixture, 'dist/electron/workers'), join(resources, 'app.asar.unpacked/dist/electron/workers'), { recursive: true });
    expect(run(join(resources, 'app.asar/dist/electron/main.cjs'))).toEqual({
      greeting: 'hello',
      worker: { said: 'HELLO', from: 'src/feature/echo-worker.js' },
    });
  });
});
