import Database from 'better-sqlite3';
import { StoreError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type SqliteDatabase = Database.Database;

/** Marks a file as a License Desk library (PRAGMA application_id, "LDSK"). */
export const APPLICATION_ID = 0x4c44534b;

export interface OpenOptions {
  /** Stop migrating at this version (tests of earlier schemas). */
  targetVersion?: number;
  readonly?: boolean;
}

/**
 * Opens (creating if needed) a library file: WAL, foreign keys, busy timeout, then migrations, each in its own
 * transaction together with the PRAGMA user_version bump, so a crash leaves the schema at a whole version.
 */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new StoreError('NOT_A_LIBRARY', `Cannot open the library at ${path}: ${(error as Error).message}`);
  }
  try {
    configure(db, options);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed/i.test(message)) {
      throw new StoreError('NOT_A_LIBRARY', `${path} is not a License Desk library (${message}).`);
    }
    throw error;
  }
}

function configure(db: SqliteDatabase, options: OpenOptions): void {
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new StoreError('NOT_A_LIBRARY', 'This SQLite file belongs to another application, not License Desk.');
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'NEWER_SCHEMA',
      `This library was written by a newer version of License Desk (schema ${version}; this version understands up to ${SCHEMA_VERSION}). Update License Desk to open it; the file was not changed.`,
      { version, supported: SCHEMA_VERSION },
    );
  }
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // WAL with synchronous=FULL: an acknowledged write survives power loss, not only a process crash.
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  if (options.readonly) return;
  if (version === 0 && appId === 0) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number };
    if (tables.n > 0) throw new StoreError('NOT_A_LIBRARY', 'This SQLite file is not a License Desk library.');
  }
  migrate(db, options.targetVersion ?? SCHEMA_VERSION);
}

export function migrate(db: SqliteDatabase, target: number = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > target) break;
    const current = db.pragma('user_version', { simple: true }) as number;
    if (migration.version <= current) continue;
    if (migration.version !== current + 1) {
      throw new StoreError('MIGRATION_MISMATCH', `Library schema ${current} cannot be migrated by step ${migration.version}.`);
    }
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }).immediate();
  }
}

export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}
