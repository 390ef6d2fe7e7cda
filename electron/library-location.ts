/**
 * Which library file the app opens: LICENSE_DESK_DB if set (the same override the CLI honours), else the one the
 * reviewer last opened with "Open Library…", else library.sqlite in the user-data folder — the CLI's default too
 * (src/store/paths.ts), so both open the same library out of the box.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { LIBRARY_FILE_NAME } from '../src/store/paths';

export const LIBRARY_LOCATION_FILE = 'library-location.json';

export function defaultLibraryPath(userDataDir: string): string {
  return join(userDataDir, LIBRARY_FILE_NAME);
}

/** The remembered library, if the file still exists (a deleted or unplugged library falls back to the default). */
export function rememberedLibraryPath(userDataDir: string): string | null {
  try {
    const saved = JSON.parse(readFileSync(join(userDataDir, LIBRARY_LOCATION_FILE), 'utf8')) as { path?: unknown };
    return typeof saved.path === 'string' && isAbsolute(saved.path) && existsSync(saved.path) ? saved.path : null;
  } catch {
    return null;
  }
}

export function rememberLibraryPath(userDataDir: string, path: string): void {
  const file = join(userDataDir, LIBRARY_LOCATION_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ path }, null, 2)}\n`);
  renameSync(temporary, file);
}

export function chooseLibraryPath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.LICENSE_DESK_DB) return env.LICENSE_DESK_DB;
  return rememberedLibraryPath(userDataDir) ?? defaultLibraryPath(userDataDir);
}
