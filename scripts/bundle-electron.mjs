// Bundles the Electron main process, the preload and the engine's worker threads with esbuild.
//
// Bundling folds many source files into one, which breaks the one thing modules use to find files next to them:
// import.meta.url. Two rewrites keep it true:
//  - `new URL('./x.ts', import.meta.url)` (or './x.js') naming a code file is a worker or child entry: that file
//    is bundled on its own as workers/x.mjs and the expression is rewritten to point at it (inside
//    app.asar.unpacked when packaged, where electron-builder.yml unpacks the workers);
//  - any other import.meta becomes the module's original location under the app root (dist/electron/../..), so
//    `new URL('../../resources/…', import.meta.url)` still finds resources/ in the repo and inside app.asar.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';

/** Native or worker-loading packages: loaded from node_modules at run time, never bundled. */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'];

const CODE_EXTENSIONS = ['.ts', '.mts', '.tsx', '.js', '.mjs', '.cjs'];
const WORKER_REFERENCE = /new\s+URL\(\s*(['"`])(\.{1,2}\/[^'"`\n]+?)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The code file a relative URL names, accepting a .js reference to a .ts source (and the reverse). */
function resolveCodeReference(fromFile, reference) {
  const target = resolve(dirname(fromFile), reference);
  const ext = extname(target);
  if (!CODE_EXTENSIONS.includes(ext)) return null;
  const stem = target.slice(0, -ext.length);
  for (const candidate of [target, ...CODE_EXTENSIONS.map((e) => stem + e)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
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
          const source = resolveCodeReference(args.path, reference);
          if (!source) return whole;
          if (!workers.has(source)) {
            const taken = new Set(workers.values());
            let name = `${basename(source, extname(source))}.mjs`;
            for (let i = 2; taken.has(name); i += 1) name = `${basename(source, extname(source))}-${i}.mjs`;
            workers.set(source, name);
          }
          return `new URL(__ldWorkerUrl(${JSON.stringify(workers.get(source))}))`;
        });
        const location = JSON.stringify(toPosix(relative(root, args.path)));
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

/**
 * Builds dist/electron: main.cjs (CJS, native and pdf.js packages external), preload.cjs (CJS for the
 * sandbox: everything bundled but 'electron'), and workers/*.mjs for every worker the sources reference.
 */
export async function bundleElectron({ root, outDir = join(root, 'dist', 'electron'), logLevel = 'warning', minify = false } = {}) {
  const workers = new Map();
  const rootFromOut = toPosix(relative(outDir, root)) || '.';
  const common = {
    bundle: true,
    sourcemap: 'linked',
    logLevel,
    minify,
    legalComments: 'none',
    absWorkingDir: root,
    // The engine's sources import without extensions (moduleResolution Bundler).
    resolveExtensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'],
  };

  const main = await esbuild.build({
    ...common,
    entryPoints: { main: join(root, 'electron', 'main.ts') },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: MAIN_EXTERNALS,
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

  // Workers may reference further workers: build until no new one appears.
  const built = new Set();
  const workerResults = [];
  const workersDir = join(outDir, 'workers');
  const rootFromWorkers = toPosix(relative(workersDir, root));
  while ([...workers.keys()].some((w) => !built.has(w))) {
    const batch = [...workers.entries()].filter(([source]) => !built.has(source));
    for (const [source] of batch) built.add(source);
    workerResults.push(
      await esbuild.build({
        ...common,
        entryPoints: Object.fromEntries(batch.map(([source, name]) => [name.replace(/\.mjs$/, ''), source])),
        outdir: workersDir,
        outExtension: { '.js': '.mjs' },
        platform: 'node',
        format: 'esm',
        target: 'node22',
        external: MAIN_EXTERNALS,
        plugins: [sourceLocationPlugin({ root, workers })],
        // Worker-to-worker references resolve in the same folder.
        banner: { js: helperBanner({ rootFromBundle: rootFromWorkers, workersFromBundle: '.', esm: true }) },
        metafile: true,
      }),
    );
  }

  return {
    main: join(outDir, 'main.cjs'),
    preload: join(outDir, 'preload.cjs'),
    workers: [...workers.entries()].map(([source, name]) => ({ source, output: join(workersDir, name) })),
    metafiles: [main.metafile, preload.metafile, ...workerResults.map((r) => r.metafile)],
  };
}
