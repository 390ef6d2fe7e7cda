import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { AnnotationsRepository } from './annotations';
import { AssessmentsRepository } from './assessments';
import { AuditRepository } from './audit';
import { openDatabase, type OpenOptions, type SqliteDatabase } from './database';
import { StoreError } from './errors';
import { DocumentsRepository } from './documents';
import { FindingsRepository } from './findings';
import { restoreLibrary, type RestoreResult } from './restore';
import { VersionsRepository } from './versions';

/** One open library file and its repositories. The rest of the engine reaches SQLite only through this. */
export class Library {
  readonly documents: DocumentsRepository;
  readonly findings: FindingsRepository;
  readonly annotations: AnnotationsRepository;
  readonly assessments: AssessmentsRepository;
  readonly audit: AuditRepository;
  readonly versions: VersionsRepository;

  private constructor(
    readonly path: string,
    readonly db: SqliteDatabase,
  ) {
    this.documents = new DocumentsRepository(db);
    this.findings = new FindingsRepository(db);
    this.annotations = new AnnotationsRepository(db);
    this.assessments = new AssessmentsRepository(db);
    this.audit = new AuditRepository(db);
    this.versions = new VersionsRepository(db, this.annotations);
  }

  static open(path: string, options: OpenOptions = {}): Library {
    return new Library(path, openDatabase(path, options));
  }

  /** Runs several repository calls as one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * A consistent copy of the library while it stays in use: SQLite's online backup API copies page by page and
   * restarts if a write lands mid-copy. Written under a temporary name and renamed, so an interrupted backup
   * never leaves a half file under the name the reviewer chose.
   */
  async backup(destination: string): Promise<{ path: string; totalPages: number }> {
    const target = resolve(destination);
    if (target === resolve(this.path)) {
      throw new StoreError('CONFLICT', 'A backup cannot overwrite the library it copies: choose another file.');
    }
    const partial = `${target}.partial`;
    try {
      const { totalPages } = await this.db.backup(partial);
      renameSync(partial, target);
      return { path: target, totalPages };
    } catch (error) {
      rmSync(partial, { force: true });
      throw new StoreError('BACKUP_FAILED', `The backup could not be written to ${target}: ${(error as Error).message}`);
    }
  }

  /**
   * Replaces the library's content with a backup's (see restore.ts): checked, migrated, swapped in one SQLite
   * transaction; the content it had is kept beside it first. Connections open on the library stay usable.
   */
  restoreFrom(backup: string, now: Date = new Date()): Promise<RestoreResult> {
    return restoreLibrary(this, backup, now);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
