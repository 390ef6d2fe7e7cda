// Whether the built command line (dist/cli/license-desk.mjs, written by `npm run build`) may run instead of the
// TypeScript source: only while every file it was built from is exactly as it was then (same size and
// modification time; see bundleCli in scripts/bundle-electron.mjs). Anything edited, checked out, missing or
// unreadable means "no", so a stale bundle is never run: the source is, through tsx, as always.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's path when it is current for the checkout at `root`, else null. */
export function currentCliBundle(root, bundleDir = join(root, 'dist', 'cli')) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(bundleDir, 'inputs.json'), 'utf8')).inputs;
  } catch {
    return null;
  }
  if (!inputs || typeof inputs !== 'object' || Object.keys(inputs).length === 0) return null;
  for (const [file, recorded] of Object.entries(inputs)) {
    let stat;
    try {
      stat = statSync(join(root, file));
    } catch {
      return null;
    }
    if (stat.size !== recorded.size || stat.mtimeMs !== recorded.mtimeMs) return null;
  }
  const bundle = join(bundleDir, 'license-desk.mjs');
  try {
    statSync(bundle);
  } catch {
    return null;
  }
  return bundle;
}
