import { join } from 'node:path';

export interface AppPaths {
  /** The sandboxed preload bundle. */
  preload: string;
  /** The built renderer, served as app://desk/. */
  renderer: string;
  /** The app's resources/ (taxonomy, reference licences, samples), read by the engine. */
  resources: string;
}

/**
 * The main process always runs as the bundle dist/electron/main.cjs (scripts/build.mjs), so its siblings are
 * found from the bundle's folder — inside app.asar when packaged, the same relative layout as in the repo.
 */
export function appPaths(bundleDir: string): AppPaths {
  return {
    preload: join(bundleDir, 'preload.cjs'),
    renderer: join(bundleDir, '..', 'renderer'),
    resources: join(bundleDir, '..', '..', 'resources'),
  };
}
