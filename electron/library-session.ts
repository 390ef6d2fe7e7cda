/**
 * The library the app has open, and switching to another one ("Open Library…") without pulling it out from under
 * a call in flight: a call keeps the library it started on, and the old library closes when its last call ends.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createContext, type ApiContext } from '../src/api/context';
import { Library } from '../src/store/library';

/** Library.open, creating the folder first: on first run the user-data folder may not exist yet. */
function openLibraryFile(path: string): Library {
  mkdirSync(dirname(path), { recursive: true });
  return Library.open(path);
}

interface OpenLibrary {
  ctx: ApiContext;
  calls: number;
  retired: boolean;
}

export interface LibrarySessionOptions {
  reviewer: string;
  /** The app's resources/ folder, handed to the engine (sample documents). */
  resourcesDir?: string;
  /** Injected by tests; the app opens files with Library.open (which migrates, or refuses a newer schema). */
  openLibrary?: (path: string) => Library;
}

export class LibrarySession {
  private current: OpenLibrary;
  private readonly openLibrary: (path: string) => Library;

  /** Opens the library at path; throws the store's error (NEWER_SCHEMA, NOT_A_LIBRARY) if it cannot. */
  constructor(
    path: string,
    private readonly options: LibrarySessionOptions,
  ) {
    this.openLibrary = options.openLibrary ?? openLibraryFile;
    this.current = this.open(path);
  }

  get path(): string {
    return this.current.ctx.library.path;
  }

  /** Runs one call against the library open now; a switch during the call does not close it underneath. */
  async withContext<T>(run: (ctx: ApiContext) => Promise<T>): Promise<T> {
    const entry = this.current;
    entry.calls += 1;
    try {
      return await run(entry.ctx);
    } finally {
      entry.calls -= 1;
      if (entry.retired && entry.calls === 0) entry.ctx.library.close();
    }
  }

  /**
   * Makes the library at path the open one. The new file is opened first: if it is refused (a newer version's
   * library, not a library at all) the current one stays open and the error is thrown to the caller.
   */
  switchTo(path: string): void {
    const next = this.open(path);
    const previous = this.current;
    this.current = next;
    this.retire(previous);
  }

  close(): void {
    this.retire(this.current);
  }

  private open(path: string): OpenLibrary {
    const library = this.openLibrary(path);
    return { ctx: createContext(library, this.options.reviewer, undefined, this.options.resourcesDir), calls: 0, retired: false };
  }

  private retire(entry: OpenLibrary): void {
    entry.retired = true;
    if (entry.calls === 0) entry.ctx.library.close();
  }
}
