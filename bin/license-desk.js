#!/usr/bin/env node
// The `license-desk` command. What runs is the TypeScript source in src/ through tsx's loader, unless
// `npm run build` has bundled it (dist/cli/license-desk.mjs) and not one file it was built from has changed
// since (bin/bundle-check.js): the bundle then starts about four times faster. LICENSE_DESK_FROM_SOURCE=1
// always runs the source.
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentCliBundle } from './bundle-check.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = process.env.LICENSE_DESK_FROM_SOURCE === '1' ? null : currentCliBundle(root);
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
