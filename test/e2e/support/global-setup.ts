/**
 * Before the end-to-end run: build the renderer exactly as the app ships it (vite build → dist/renderer) and
 * bundle the test bridge (window.desk over a Playwright binding). E2E_SKIP_BUILD=1 reuses an existing build.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build as buildBridge } from 'esbuild';
import { build as buildRenderer } from 'vite';
import { BRIDGE_BUNDLE, PROJECT_ROOT, SCREENSHOT_DIR } from './paths';

export default async function globalSetup(): Promise<void> {
  // Screenshots are looked at after the run: none may be left over from an earlier one.
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  const skip = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(PROJECT_ROOT, 'dist', 'renderer', 'index.html'));
  if (!skip) await buildRenderer({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await buildBridge({
    entryPoints: [join(PROJECT_ROOT, 'test', 'e2e', 'support', 'bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    outfile: BRIDGE_BUNDLE,
    logLevel: 'warning',
  });
}
