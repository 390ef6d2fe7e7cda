import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIRECTORY_NAME = 'License Desk';
export const LIBRARY_FILE_NAME = 'library.sqlite';

/**
 * The folder Electron's app.getPath('userData') gives a productName of "License Desk" on each platform, so the
 * CLI and the desktop app open the same library by default.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIRECTORY_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIRECTORY_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIRECTORY_NAME);
}

/** --db wins, then LICENSE_DESK_DB, then the app's own library. */
export function resolveLibraryPath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return explicit ?? env.LICENSE_DESK_DB ?? join(defaultUserDataDir(process.platform, env), LIBRARY_FILE_NAME);
}
