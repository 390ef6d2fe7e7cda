import { cpSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(root, 'dist/renderer');

/**
 * pdf.js fetches its CMaps, standard fonts and wasm decoders by URL. Copying them next to the app keeps every
 * fetch on the app's own origin (the CSP allows nothing else, and the app must work offline).
 */
function pdfjsAssets(): Plugin {
  const pdfjsDir = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));
  return {
    name: 'license-desk:pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const dir of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        const from = join(pdfjsDir, dir);
        if (existsSync(from)) cpSync(from, join(outDir, 'pdfjs', dir), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: resolve(root, 'renderer'),
  // Relative asset URLs: the built app is loaded from a local origin chosen by the shell (file or app protocol).
  base: './',
  plugins: [react(), pdfjsAssets()],
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', strictPort: true, fs: { allow: [root] } },
});
