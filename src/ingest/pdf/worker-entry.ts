import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the page worker's code is and how to start it — the one place that knows.
 *
 * - A bundled build (esbuild, for Electron) emits `page-worker.js` next to the bundle that contains this code:
 *   that file is started as it is.
 * - Running from TypeScript source (the CLI under tsx, the tests under vitest), `page-worker.ts` next to this
 *   file is bundled in memory with esbuild (the compiler tsx itself runs on) into one ES module, once per
 *   process, and started from a data: URL. Registering tsx inside each worker instead would not do: tsx's
 *   `--import tsx` registers only on the main thread on Node 20, and a worker that registers tsx itself carries
 *   its loader thread (~30 MB and ~0.2 s per worker) and would re-map pdf.js on load (seconds, ~230 MB).
 *   pdf.js stays outside the bundle: pdfjs-load.mjs is imported from its file, so pdf.js loads natively.
 *
 * The worker code must not use import.meta.url (in the in-memory module it is a data: URL): anything it needs
 * from the file system comes through workerData.
 */
export interface PageWorkerEntry {
  url: URL;
  execArgv: string[];
}

let entry: Promise<PageWorkerEntry> | undefined;

export function pageWorkerEntry(): Promise<PageWorkerEntry> {
  entry ??= locateEntry();
  return entry;
}

async function locateEntry(): Promise<PageWorkerEntry> {
  const execArgv = withoutTsxPreloads(process.execArgv);
  const bundled = new URL('./page-worker.js', import.meta.url);
  if (bundled.protocol === 'file:' && existsSync(fileURLToPath(bundled))) return { url: bundled, execArgv };
  return { url: await bundleFromSource(fileURLToPath(new URL('./page-worker.ts', import.meta.url))), execArgv };
}

async function bundleFromSource(entryFile: string): Promise<URL> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'pdfjs-stays-native',
        setup(build) {
          build.onResolve({ filter: /pdfjs-load\.mjs$/ }, (args) => ({
            path: pathToFileURL(resolve(args.resolveDir || dirname(entryFile), args.path)).href,
            external: true,
          }));
        },
      },
    ],
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return new URL(`data:text/javascript;base64,${code}`);
}

const PRELOAD_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** The parent's flags minus its tsx preloads (`--import tsx`, tsx's CLI preflight), which a worker must not run. */
function withoutTsxPreloads(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (PRELOAD_FLAGS.has(arg) && isTsx(execArgv[i + 1])) {
      i++;
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0 && PRELOAD_FLAGS.has(arg.slice(0, eq)) && isTsx(arg.slice(eq + 1))) continue;
    out.push(arg);
  }
  return out;
}

function isTsx(specifier: string | undefined): boolean {
  return specifier !== undefined && /^tsx(\/[\w/-]+)?$|[\\/]tsx[\\/]dist[\\/]/.test(specifier);
}
