import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, openDatabase, schemaVersion, type SqliteDatabase } from './database';
import { StoreError } from './errors';
import { libraryProblems } from './integrity';
import type { Library } from './library';
import { SCHEMA_VERSION } from './migrations';

export interface RestoreResult {
  /** The library file, which now holds the backup's content. */
  path: string;
  /** The backup that was restored (left as it was). */
  source: string;
  /** The library as it was just before the restore, kept beside it. */
  previous: string;
  /** The backup's schema version, and the version it was brought to. */
  fromVersion: number;
  schemaVersion: number;
  documents: number;
}

/** Pages copied per step of the backup API: all of them, so the library changes in one locked step. */
const ALL_PAGES = 0x7fffffff;

/**
 * Replaces the content of an open library with a backup, without ever leaving a half-written library:
 *
 * 1. The backup is checked read-only (a License Desk library, of a schema this build can open: a newer one is
 *    refused with NEWER_SCHEMA) and copied, with SQLite's backup API, to a working file beside the library.
 * 2. The working copy is migrated to the current schema and checked (integrity, foreign keys, search index).
 * 3. The library as it is now is backed up to `<name>.before-restore-<time><ext>` beside it.
 * 4. The working copy is written into the library through the backup API in one step: one SQLite transaction
 *    on the library's own file and WAL, so a crash leaves either the old library or the restored one, and the
 *    connections already open on it (the app's) simply see the restored content.
 *
 * The backup file itself is only read.
 */
export async function restoreLibrary(library: Library, source: string, now: Date): Promise<RestoreResult> {
  const target = resolve(library.path);
  const from = resolve(source);
  if (from === target) throw new StoreError('CONFLICT', 'This is the library that is open: choose a backup file to restore from.');
  if (!existsSync(from)) throw new StoreError('NOT_FOUND', `There is no backup at ${from}.`, { path: from });

  const fromVersion = inspectBackup(from);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const working = join(dirname(target), `.${basename(target)}.restore-${stamp}.partial`);
  try {
    const backup = new Database(from, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(working, { progress: () => ALL_PAGES });
    } finally {
      backup.close();
    }
    const documents = prepareWorkingCopy(working, library.db.pragma('page_size', { simple: true }) as number);

    const extension = extname(target);
    const previous = join(dirname(target), `${basename(target, extension)}.before-restore-${stamp}${extension}`);
    await library.backup(previous);

    const copy = new Database(working, { readonly: true, fileMustExist: true });
    try {
      await copy.backup(target, { progress: () => ALL_PAGES });
    } finally {
      copy.close();
    }
    const after = library.db.pragma('quick_check', { simple: true });
    if (after !== 'ok') {
      throw new StoreError('RESTORE_FAILED', `The restored library fails SQLite's check (${String(after)}); the library as it was is kept at ${previous}.`, { previous });
    }
    return { path: target, source: from, previous, fromVersion, schemaVersion: schemaVersion(library.db), documents };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const message = (error as Error).message;
    if (isDamage(message)) throw damaged(message);
    throw new StoreError('RESTORE_FAILED', `The backup could not be restored: ${message}. The library was not changed.`, { source: from });
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(working + suffix, { force: true });
  }
}

/** The backup's schema version; refuses what is not a License Desk library or is newer than this build. */
function inspectBackup(path: string): number {
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || version < 1) {
      throw new StoreError('NOT_A_LIBRARY', `${path} is not a License Desk library or backup.`, { path });
    }
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        'NEWER_SCHEMA',
        `This backup was written by a newer version of License Desk (schema ${version}; this version understands up to ${SCHEMA_VERSION}). Update License Desk to restore it; your library was not changed.`,
        { version, supported: SCHEMA_VERSION, path },
      );
    }
    return version;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const message = (error as Error).message;
    // The first page names SQLite files; past it, a library whose pages cannot be read is a damaged backup.
    if (isDamage(message)) throw damaged(message);
    throw new StoreError('NOT_A_LIBRARY', `${path} is not a License Desk library or backup (${message}).`, { path });
  } finally {
    db?.close();
  }
}

/** SQLite's words for a file whose pages do not hold together. */
function isDamage(message: string): boolean {
  return /malformed|corrupt|disk image/i.test(message);
}

function damaged(why: string, problems: string[] = [why]): StoreError {
  return new StoreError('RESTORE_FAILED', `The backup is damaged (${why}); the library was not changed.`, { problems });
}

/**
 * Brings the working copy to the current schema and checks it; gives it the library's page size (the backup API
 * cannot copy between databases of different page sizes when the target is in WAL mode). Returns its documents.
 */
function prepareWorkingCopy(path: string, pageSize: number): number {
  let db: SqliteDatabase;
  try {
    db = openDatabase(path);
  } catch (error) {
    // The working copy's name means nothing to the reviewer: the damage is the backup's.
    if (error instanceof StoreError && error.code === 'NOT_A_LIBRARY') throw damaged(error.message.replace(/^.*\((.*)\)\.?$/s, '$1'));
    throw error;
  }
  try {
    const problems = libraryProblems(db, { wholeDocuments: false });
    if (problems.length > 0) throw damaged(problems.slice(0, 3).join('; '), problems);
    if ((db.pragma('page_size', { simple: true }) as number) !== pageSize) {
      db.pragma('journal_mode = DELETE');
      db.pragma(`page_size = ${pageSize}`);
      db.exec('VACUUM');
    }
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
