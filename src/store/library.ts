import { openDatabase, type OpenOptions, type SqliteDatabase } from './database';
import { DocumentsRepository } from './documents';
import { FindingsRepository } from './findings';

/** One open library file and its repositories. The rest of the engine reaches SQLite only through this. */
export class Library {
  readonly documents: DocumentsRepository;
  readonly findings: FindingsRepository;

  private constructor(
    readonly path: string,
    readonly db: SqliteDatabase,
  ) {
    this.documents = new DocumentsRepository(db);
    this.findings = new FindingsRepository(db);
  }

  static open(path: string, options: OpenOptions = {}): Library {
    return new Library(path, openDatabase(path, options));
  }

  /** Runs several repository calls as one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
