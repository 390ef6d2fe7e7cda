// Bundles the Electron main process, the preload and the engine's worker threads with esbuild.
//
// Bundling folds many source files into one, which breaks the one thing modules use to find files next to them:
// import.meta.url. Two rewrites keep it true:
//  - `new URL('./x.ts', import.meta.url)` (or './x.js' where only x.ts exists) naming a TypeScript source is a
//    worker entry (src/ingest/pdf/worker-entry.ts starts its page workers so): that file is bundled on its own as
//    workers/x.mjs and the expression is rewritten to point at it (inside app.asar.unpacked when packaged, where
//    electron-builder.yml unpacks the workers);
//  - any other import.meta becomes the module's compiled location under the app root (dist/electron/../..,
//    src/a/b.ts -> src/a/b.js), so `new URL('../../resources/…', import.meta.url)` still finds resources/ in the
//    repo and inside app.asar, and code that tells a source run by a '.ts' URL sees a built one.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';

/** Native or worker-loading packages: loaded from node_modules at run time, never bundled. */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'];
/**
 * Tooling the engine imports only when it runs from TypeScript source (the PDF reader compiles its page worker
 * with esbuild then). A bundle takes the built-worker branch, so these are left as imports, not bundled, and not
 * shipped (electron-builder.yml excludes them).
 */
export const SOURCE_RUN_EXTERNALS = ['esbuild', 'tsx', 'tsx/*'];

const CODE_EXTENSIONS = ['.ts', '.mts', '.tsx', '.js', '.mjs', '.cjs'];
const WORKER_REFERENCE = /new\s+URL\(\s*(['"`])(\.{1,2}\/[^'"`\n]+?)\1\s*,\s*import\.meta\.url\s*\)/g;

const TYPESCRIPT_EXTENSIONS = ['.ts', '.mts', '.tsx'];

/**
 * The TypeScript source a relative URL names — './x.ts', or './x.js' where only x.ts exists (the compiled name of
 * a source) — or null. A URL naming a plain JavaScript file (a source-only loader hook, a data file) is not an
 * entry to bundle: it keeps its original location.
 */
function resolveTypeScriptReference(fromFile, reference) {
  const target = resolve(dirname(fromFile), reference);
  const ext = extname(target);
  if (!CODE_EXTENSIONS.includes(ext)) return null;
  if (TYPESCRIPT_EXTENSIONS.includes(ext)) return existsSync(target) ? target : null;
  if (existsSync(target)) return null;
  const stem = target.slice(0, -ext.length);
  return TYPESCRIPT_EXTENSIONS.map((e) => stem + e).find((candidate) => existsSync(candidate)) ?? null;
}

/** Where a source module would be once compiled: same folder, .ts -> .js (code tells source runs by the extension). */
function compiledLocation(root, file) {
  return toPosix(relative(root, file)).replace(/\.tsx?$/, '.js').replace(/\.mts$/, '.mjs');
}

const toPosix = (p) => p.split(sep).join('/');

/**
 * The esbuild plugin doing both rewrites for files of the project (node_modules is left alone). `workers` (a Map
 * of source path -> output name) collects the worker entries found.
 */
export function sourceLocationPlugin({ root, workers }) {
  return {
    name: 'license-desk:source-locations',
    setup(build) {
      build.onLoad({ filter: /\.(m?ts|tsx|m?js)$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        let contents = readFileSync(args.path, 'utf8');
        if (!contents.includes('import.meta')) return undefined;
        contents = contents.replace(WORKER_REFERENCE, (whole, _quote, reference) => {
          const source = resolveTypeScriptReference(args.path, reference);
          if (!source) return whole;
          if (!workers.has(source)) {
            const taken = new Set(workers.values());
            let name = `${basename(source, extname(source))}.mjs`;
            for (let i = 2; taken.has(name); i += 1) name = `${basename(source, extname(source))}-${i}.mjs`;
            workers.set(source, name);
          }
          return `new URL(__ldWorkerUrl(${JSON.stringify(workers.get(source))}))`;
        });
        const location = JSON.stringify(compiledLocation(root, args.path));
        contents = contents.replace(/\bimport\.meta\b/g, `__ldImportMeta(${location})`);
        const ext = extname(args.path);
        const loader = ext === '.tsx' ? 'tsx' : ext.endsWith('ts') ? 'ts' : 'js';
        return { contents, loader, resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * Helpers every bundle starts with. `rootFromBundle` is the app root relative to the bundle's folder;
 * `bundleDir` is how the bundle finds its own folder (CJS: __dirname; ESM: from its import.meta.url).
 */
function helperBanner({ rootFromBundle, workersFromBundle, esm }) {
  const lines = esm
    ? [
        `import { createRequire as __ldCreateRequire } from 'node:module';`,
        `import { fileURLToPath as __ldFileURLToPath } from 'node:url';`,
        `const require = __ldCreateRequire(import.meta.url);`,
        `const __ldBundleDir = require('node:path').dirname(__ldFileURLToPath(import.meta.url));`,
      ]
    : [`const __ldBundleDir = __dirname;`];
  return [
    ...lines,
    `const __ldPath = require('node:path');`,
    `const __ldUrl = require('node:url');`,
    // A worker runs from app.asar.unpacked, but the app's files (resources/) are in app.asar, which Electron's fs
    // reads in place (and redirects for unpacked entries).
    `const __ldAppRoot = __ldPath.resolve(__ldBundleDir, ${JSON.stringify(rootFromBundle)}).replace(/([\\/])app\.asar\.unpacked(?=[\\/]|$)/, '$1app.asar');`,
    `function __ldImportMeta(location) {`,
    `  const filename = __ldPath.join(__ldAppRoot, location);`,
    `  return { url: __ldUrl.pathToFileURL(filename).href, filename, dirname: __ldPath.dirname(filename) };`,
    `}`,
    // Worker files are unpacked from app.asar (electron-builder.yml asarUnpack): run the real file.
    `function __ldWorkerUrl(name) {`,
    `  const file = __ldPath.join(__ldBundleDir, ${JSON.stringify(workersFromBundle)}, name).replace(/([\\\\/])app\\.asar([\\\\/])/, '$1app.asar.unpacked$2');`,
    `  return __ldUrl.pathToFileURL(file).href;`,
    `}`,
  ].join('\n');
}

/** esbuild options every bundle shares. */
function commonOptions({ root, logLevel, minify }) {
  return {
    bundle: true,
    sourcemap: 'linked',
    logLevel,
    minify,
    legalComments: 'none',
    absWorkingDir: root,
    // The engine's sources import without extensions (moduleResolution Bundler).
    resolveExtensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'],
  };
}

/**
 * Builds dist/electron: main.cjs (CJS, native and pdf.js packages external), preload.cjs (CJS for the
 * sandbox: everything bundled but 'electron'), and workers/*.mjs for every worker the sources reference.
 * `mainEntry` replaces electron/main.ts (tests bundle the engine alone, to run it in plain Node).
 */
export async function bundleElectron({
  root,
  outDir = join(root, 'dist', 'electron'),
  mainEntry = join(root, 'electron', 'main.ts'),
  logLevel = 'warning',
  minify = false,
} = {}) {
  // A stale worker from an earlier build would be shipped (electron-builder.yml takes dist/electron/**).
  rmSync(outDir, { recursive: true, force: true });
  const workers = new Map();
  const rootFromOut = toPosix(relative(outDir, root)) || '.';
  const common = commonOptions({ root, logLevel, minify });

  const main = await esbuild.build({
    ...common,
    entryPoints: { main: mainEntry },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: [...MAIN_EXTERNALS, ...SOURCE_RUN_EXTERNALS],
    plugins: [sourceLocationPlugin({ root, workers })],
    banner: { js: helperBanner({ rootFromBundle: rootFromOut, workersFromBundle: 'workers', esm: false }) },
    metafile: true,
  });

  // The sandboxed preload can require only 'electron' (and a few web-safe modules): a Node builtin here fails
  // the build instead of the window at run time.
  const preload = await esbuild.build({
    ...common,
    entryPoints: { preload: join(root, 'electron', 'preload.ts') },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    metafile: true,
  });

  const workerResults = await bundleWorkers({ root, common, workers, workersDir: join(outDir, 'workers') });

  return {
    main: join(outDir, 'main.cjs'),
    preload: join(outDir, 'preload.cjs'),
    workers: [...workers.entries()].map(([source, name]) => ({ source, output: join(outDir, 'workers', name) })),
    metafiles: [main.metafile, preload.metafile, ...workerResults.map((r) => r.metafile)],
  };
}

/** Builds every worker entry found so far into `workersDir`; workers may reference further workers, so it repeats until no new one appears. */
async function bundleWorkers({ root, common, workers, workersDir }) {
  const built = new Set();
  const results = [];
  const rootFromWorkers = toPosix(relative(workersDir, root));
  while ([...workers.keys()].some((w) => !built.has(w))) {
    const batch = [...workers.entries()].filter(([source]) => !built.has(source));
    for (const [source] of batch) built.add(source);
    results.push(
      await esbuild.build({
        ...common,
        entryPoints: Object.fromEntries(batch.map(([source, name]) => [name.replace(/\.mjs$/, ''), source])),
        outdir: workersDir,
        outExtension: { '.js': '.mjs' },
        platform: 'node',
        format: 'esm',
        target: 'node20',
        external: [...MAIN_EXTERNALS, ...SOURCE_RUN_EXTERNALS],
        plugins: [sourceLocationPlugin({ root, workers })],
        // Worker-to-worker references resolve in the same folder.
        banner: { js: helperBanner({ rootFromBundle: rootFromWorkers, workersFromBundle: '.', esm: true }) },
        metafile: true,
      }),
    );
  }
  return results;
}

/** The file next to a CLI bundle recording what it was built from (see bin/bundle-check.js). */
export const CLI_INPUTS_FILE = 'inputs.json';

/**
 * Builds the command line into one ES module, dist/cli/license-desk.mjs (+ workers/), so a command starts without
 * compiling TypeScript: `--version` in about a quarter of the time tsx takes. better-sqlite3 and pdf.js load from
 * node_modules as in the app. Next to it, inputs.json lists every project file the bundle was built from with its
 * size and modification time, and npm's record of the installed packages: bin/license-desk.js runs the bundle
 * only while all of them are unchanged, and the TypeScript source otherwise, so an edit never runs stale code.
 */
export async function bundleCli({ root, outDir = join(root, 'dist', 'cli'), logLevel = 'warning' } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const workers = new Map();
  const common = commonOptions({ root, logLevel, minify: false });
  const cli = await esbuild.build({
    ...common,
    entryPoints: { 'license-desk': join(root, 'src', 'cli', 'run.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...MAIN_EXTERNALS, ...SOURCE_RUN_EXTERNALS],
    plugins: [sourceLocationPlugin({ root, workers })],
    banner: { js: helperBanner({ rootFromBundle: toPosix(relative(outDir, root)) || '.', workersFromBundle: 'workers', esm: true }) },
    metafile: true,
  });
  const workerResults = await bundleWorkers({ root, common, workers, workersDir: join(outDir, 'workers') });

  const files = new Set(['package.json', 'node_modules/.package-lock.json']);
  for (const metafile of [cli.metafile, ...workerResults.map((r) => r.metafile)]) {
    for (const input of Object.keys(metafile.inputs)) {
      if (!input.split('/').includes('node_modules') && !input.includes(':')) files.add(toPosix(input));
    }
  }
  const inputs = {};
  for (const file of [...files].sort()) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    inputs[file] = { size: stat.size, mtimeMs: stat.mtimeMs };
  }
  writeFileSync(join(outDir, CLI_INPUTS_FILE), JSON.stringify({ inputs }, null, 1));
  return { cli: join(outDir, 'license-desk.mjs'), workers: [...workers.values()].map((name) => join(outDir, 'workers', name)), inputs: Object.keys(inputs) };
}
