/**
 * Documents named on the command line ("Open with License Desk", a second launch with files) are imported into
 * the open library. Only existing files with an importable extension count: Electron's and Chromium's own
 * arguments, and the app path in development runs, are skipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ApiContext } from '../src/api/context';
import { dispatch } from '../src/api/dispatch';

export const IMPORTABLE_EXTENSIONS = new Set(['.pdf', '.docx', '.md', '.markdown', '.txt', '.html', '.htm']);

export function importableFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    if (!IMPORTABLE_EXTENSIONS.has(extname(arg).toLowerCase())) continue;
    const path = resolve(cwd, arg);
    try {
      if (existsSync(path) && statSync(path).isFile() && !files.includes(path)) files.push(path);
    } catch {
      // Unreadable: not a launch file.
    }
  }
  return files;
}

export interface LaunchImportOutcome {
  file: string;
  ok: boolean;
  /** The engine's error code and message when the import failed (ENCRYPTED, CORRUPT, …). */
  code?: string;
  message?: string;
}

/** Imports each file through the same handler the window uses; one file's failure never stops the others. */
export async function importLaunchFiles(ctx: ApiContext, files: readonly string[]): Promise<LaunchImportOutcome[]> {
  const outcomes: LaunchImportOutcome[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (error) {
      outcomes.push({ file, ok: false, code: 'FILE_NOT_READABLE', message: (error as Error).message });
      continue;
    }
    const envelope = await dispatch(ctx, 'documents-import', { name: basename(file), bytes });
    outcomes.push(envelope.ok ? { file, ok: true } : { file, ok: false, code: envelope.error.code, message: envelope.error.message });
  }
  return outcomes;
}
