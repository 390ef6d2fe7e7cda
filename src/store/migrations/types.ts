import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside the transaction that also bumps PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
