import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext, type ApiContext } from '../../src/api/context';
import { call } from '../../src/api/dispatch';
import { libraryProblems, openDatabase, SCHEMA_VERSION, StoreError } from '../../src/store';
import { Library } from '../../src/store/library';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

let dir: string;
let libraryPath: string;
let ctx: ApiContext;
const NOW = new Date('2026-11-28T10:00:00.000Z');

async function importCorpus(file: string): Promise<number> {
  const { document } = await call(ctx, 'documents-import', { name: file, bytes: readCorpusFile(DOCUMENTS_DIR, file) });
  return document.id;
}

const titles = (library: Library) => library.documents.list().map((d) => d.sourceName).sort();

async function restoreError(library: Library, backup: string): Promise<StoreError> {
  try {
    await library.restoreFrom(backup, NOW);
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('the restore was expected to be refused');
}

/** Everything a reviewer would notice changing, to prove a refused restore left the library alone. */
function snapshot(library: Library) {
  return {
    documents: library.documents.list().map((d) => [d.id, d.sourceName, d.title]),
    annotations: library.db.prepare('SELECT id, comment, deleted_at FROM annotations ORDER BY id').all(),
    audit: (library.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-restore-'));
  libraryPath = join(dir, 'library.sqlite');
  ctx = createContext(Library.open(libraryPath), 'Ann', () => NOW);
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('restoring a backup', () => {
  it('replaces the library’s content while connections stay open, and keeps what it replaced beside it', async () => {
    const llama = await importCorpus('llama-3-acceptable-use-policy.md');
    const note = await call(ctx, 'annotations-create', { documentId: llama, start: 0, end: 10, category: 'note', comment: 'in the backup' });
    const backup = join(dir, 'backup.sqlite');
    await ctx.library.backup(backup);

    // Work done after the backup: a second document, the note edited.
    await importCorpus('mit-license-stability-ai-2024.txt');
    await call(ctx, 'annotations-update', { id: note.id, comment: 'after the backup' });
    // A second connection, as a CLI run or a second window would hold.
    const other = Library.open(libraryPath);
    try {
      expect(titles(other)).toEqual(['llama-3-acceptable-use-policy.md', 'mit-license-stability-ai-2024.txt']);

      const result = await ctx.library.restoreFrom(backup, NOW);
      expect(result).toMatchObject({ path: libraryPath, source: backup, fromVersion: SCHEMA_VERSION, schemaVersion: SCHEMA_VERSION, documents: 1 });

      // Both connections see the backup's content, and both can go on writing.
      for (const library of [ctx.library, other]) {
        expect(titles(library)).toEqual(['llama-3-acceptable-use-policy.md']);
        expect(library.annotations.get(note.id).comment).toBe('in the backup');
        expect(libraryProblems(library.db)).toEqual([]);
      }
      expect(ctx.library.documents.search('harass').length).toBeGreaterThan(0);
      expect(ctx.library.documents.search('merchantability')).toEqual([]);
      await importCorpus('mit-license-stability-ai-2024.txt');
      expect(titles(other)).toHaveLength(2);

      // The library as it was just before the restore is kept, whole.
      expect(result.previous).toMatch(/library\.before-restore-2026-11-28T10-00-00-000Z\.sqlite$/);
      const previous = Library.open(result.previous, { readonly: true });
      try {
        expect(titles(previous)).toEqual(['llama-3-acceptable-use-policy.md', 'mit-license-stability-ai-2024.txt']);
        expect(previous.annotations.get(note.id).comment).toBe('after the backup');
      } finally {
        previous.close();
      }
    } finally {
      other.close();
    }
    // The backup itself is untouched, and no working file is left behind.
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    const again = Library.open(backup, { readonly: true });
    expect(titles(again)).toEqual(['llama-3-acceptable-use-policy.md']);
    again.close();
  });

  it('brings a backup written by an earlier schema version up to date', async () => {
    const old = join(dir, 'old-backup.sqlite');
    const db = openDatabase(old, { targetVersion: 2 });
    db.prepare(
      `INSERT INTO documents (id, sha256, title, kind, format, source_name, byte_length, page_count, characters, imported_at, updated_at)
       VALUES (1, 'aa', 'Old Licence', 'model-license', 'text', 'old.txt', 10, NULL, 16, '2026-01-01', '2026-01-01')`,
    ).run();
    db.prepare(`INSERT INTO document_files (document_id, bytes) VALUES (1, x'00ff')`).run();
    db.prepare(`INSERT INTO document_texts (document_id, text) VALUES (1, 'Grant of Rights.')`).run();
    db.prepare(`INSERT INTO blocks (document_id, ordinal, block_id, kind, level, number, start, end, page) VALUES (1, 0, 'b1', 'heading', 1, NULL, 0, 16, NULL)`).run();
    db.prepare(`INSERT INTO blocks_fts (text, document_id, ordinal) VALUES ('Grant of Rights.', 1, 0)`).run();
    db.close();
    await importCorpus('bsd-3-clause.txt');

    const result = await ctx.library.restoreFrom(old, NOW);
    expect(result).toMatchObject({ fromVersion: 2, schemaVersion: SCHEMA_VERSION, documents: 1 });
    expect(ctx.library.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(titles(ctx.library)).toEqual(['old.txt']);
    expect(ctx.library.documents.search('rights').map((hit) => hit.documentId)).toEqual([1]);
    // The backup file stays at its own version: restoring did not write to it.
    const check = new Database(old, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(2);
    check.close();
  });
});

describe('a backup written with another page size', () => {
  it('is restored (the backup API cannot copy between page sizes into a WAL library, so the copy is converted first)', async () => {
    await importCorpus('bsd-3-clause.txt');
    const backup = join(dir, 'big-pages.sqlite');
    await ctx.library.backup(backup);
    const db = new Database(backup);
    db.pragma('journal_mode = DELETE');
    db.pragma('page_size = 16384');
    db.exec('VACUUM');
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    db.close();
    await importCorpus('apache-2.0.txt');

    const result = await ctx.library.restoreFrom(backup, NOW);
    expect(result.documents).toBe(1);
    expect(titles(ctx.library)).toEqual(['bsd-3-clause.txt']);
    expect(ctx.library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(libraryProblems(ctx.library.db)).toEqual([]);
  });
});

describe('backups that are refused, leaving the library as it was', () => {
  beforeEach(async () => {
    const id = await importCorpus('llama-3-acceptable-use-policy.md');
    await call(ctx, 'annotations-create', { documentId: id, start: 0, end: 10, category: 'note', comment: 'keep me' });
  });

  it('refuses a backup written by a newer version of License Desk, saying so', async () => {
    const newer = join(dir, 'newer.sqlite');
    await ctx.library.backup(newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await importCorpus('bsd-3-clause.txt');
    const before = snapshot(ctx.library);

    const error = await restoreError(ctx.library, newer);
    expect(error.code).toBe('NEWER_SCHEMA');
    expect(error.message).toMatch(/written by a newer version of License Desk .*Update License Desk to restore it; your library was not changed/);
    expect(snapshot(ctx.library)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('partial'))).toEqual([]);
  });

  it('refuses a damaged backup and leaves the library untouched', async () => {
    await importCorpus('bsd-3-clause.txt');
    const good = join(dir, 'good.sqlite');
    await ctx.library.backup(good);
    await importCorpus('mit-license-stability-ai-2024.txt');
    const before = snapshot(ctx.library);
    const pageSize = ctx.library.db.pragma('page_size', { simple: true }) as number;
    const bytes = readFileSync(good);
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(8);

    // Damage of three kinds: pages of the tables overwritten, the file cut short, the header destroyed.
    const overwritten = Buffer.from(bytes);
    for (let page = 2; page < pages; page += 3) overwritten.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    const cut = bytes.subarray(0, Math.floor(pages / 2) * pageSize);
    const header = Buffer.from(bytes);
    header.fill(0, 0, 100);
    const cases: Array<[string, Uint8Array, StoreError['code'], RegExp]> = [
      ['overwritten.sqlite', overwritten, 'RESTORE_FAILED', /^The backup is damaged \(.*malformed.*\); the library was not changed\.$/],
      ['cut.sqlite', cut, 'RESTORE_FAILED', /^The backup is damaged \(.*malformed.*\); the library was not changed\.$/],
      ['header.sqlite', header, 'NOT_A_LIBRARY', /header\.sqlite is not a License Desk library or backup/],
    ];
    for (const [name, damaged, code, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, damaged);
      const error = await restoreError(ctx.library, path);
      expect(error.code, name).toBe(code);
      expect(error.message, name).toMatch(message);
      expect(snapshot(ctx.library), name).toEqual(before);
      expect(libraryProblems(ctx.library.db), name).toEqual([]);
    }

    // Pages that read but disagree: one document's hash changed in the index of hashes only (not in its row), which
    // only integrity_check notices.
    const db = new Database(good, { readonly: true });
    const { rootpage } = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'documents' AND name LIKE 'sqlite_autoindex%'`).get() as { rootpage: number };
    const { sha256 } = db.prepare('SELECT sha256 FROM documents ORDER BY id LIMIT 1').get() as { sha256: string };
    db.close();
    const indexed = Buffer.from(bytes);
    const page = indexed.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
    const at = page.indexOf(sha256, 0, 'latin1');
    expect(at).toBeGreaterThan(0);
    page[at + 10] = page[at + 10] === 0x30 ? 0x31 : 0x30;
    const mismatched = join(dir, 'index.sqlite');
    writeFileSync(mismatched, indexed);
    const error = await restoreError(ctx.library, mismatched);
    expect(error.code).toBe('RESTORE_FAILED');
    expect(error.message).toMatch(/^The backup is damaged \(integrity_check: .*\); the library was not changed\.$/);
    expect(snapshot(ctx.library)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('partial'))).toEqual([]);
  });

  it('refuses a file that is not a library, a missing file, and the open library itself', async () => {
    const before = snapshot(ctx.library);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all');
    expect((await restoreError(ctx.library, text)).code).toBe('NOT_A_LIBRARY');
    const foreign = join(dir, 'other-app.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect((await restoreError(ctx.library, foreign)).code).toBe('NOT_A_LIBRARY');
    expect((await restoreError(ctx.library, join(dir, 'missing.sqlite'))).code).toBe('NOT_FOUND');
    expect((await restoreError(ctx.library, libraryPath)).code).toBe('CONFLICT');
    expect(snapshot(ctx.library)).toEqual(before);
  });
});
