#!/usr/bin/env node
// npm run build: the renderer with Vite (vite.config.ts at the repo root -> dist/renderer), then the Electron
// main process, preload and engine workers with esbuild (-> dist/electron), then the command line (-> dist/cli,
// which bin/license-desk.js runs while it is current). `--electron-only` skips Vite.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli, bundleElectron } from './bundle-electron.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const electronOnly = process.argv.includes('--electron-only');

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

async function buildRenderer() {
  const configFile = join(root, 'vite.config.ts');
  if (!existsSync(configFile)) fail('vite.config.ts is missing at the repository root: the renderer cannot be built.');
  if (!existsSync(join(root, 'renderer', 'index.html'))) fail('renderer/index.html is missing: the renderer has not been written yet.');
  const { build } = await import('vite');
  await build({ configFile, mode: 'production', logLevel: 'warn' });
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) fail('Vite finished but dist/renderer/index.html was not written (check build.outDir in vite.config.ts).');
}

const started = Date.now();
if (!electronOnly) {
  await buildRenderer();
  console.log(`build: renderer -> dist/renderer (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
const electronStarted = Date.now();
const result = await bundleElectron({ root });
const shown = (p) => relative(root, p);
console.log(
  `build: ${[result.main, result.preload, ...result.workers.map((w) => w.output)].map(shown).join(', ')} (${((Date.now() - electronStarted) / 1000).toFixed(1)}s)`,
);
const cliStarted = Date.now();
const cli = await bundleCli({ root });
console.log(`build: ${[cli.cli, ...cli.workers].map(shown).join(', ')} (${((Date.now() - cliStarted) / 1000).toFixed(1)}s)`);
