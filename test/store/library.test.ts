import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { importDocument } from '../../src/ingest';
import { Library, SCHEMA_VERSION, StoreError } from '../../src/store';
import { UNRANKED_AFTER, toFtsQuery } from '../../src/store/documents';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

let dir: string;
let library: Library;
const NOW = '2026-11-28T10:00:00.000Z';

async function importCorpus(file: string) {
  const bytes = readCorpusFile(DOCUMENTS_DIR, file);
  const model = await importDocument(bytes, file);
  return library.documents.insert(model, bytes, file, {}, analyzeDocument(model), NOW);
}

/** The SQL the library prepares while `run` runs: plans are read from the statements the code really uses. */
function preparedBy(run: () => void): string[] {
  const statements: string[] = [];
  const prepare = library.db.prepare.bind(library.db);
  const spy = vi.spyOn(library.db, 'prepare').mockImplementation(((sql: string) => {
    statements.push(sql);
    return prepare(sql);
  }) as typeof library.db.prepare);
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return statements;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-store-'));
  library = Library.open(join(dir, 'library.sqlite'));
});
afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening a library', () => {
  it('creates the schema with WAL, foreign keys and STRICT tables', () => {
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(library.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = library.db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'blocks_fts%' AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string; sql: string }>;
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
  });

  it('refuses a library written by a newer version and leaves the file untouched', () => {
    library.close();
    const path = join(dir, 'future.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.pragma('application_id = 1279546187');
    raw.close();
    let error: unknown;
    try {
      Library.open(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('NEWER_SCHEMA');
    expect((error as StoreError).message).toMatch(/newer version of License Desk/);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
    library = Library.open(join(dir, 'library.sqlite'));
  });

  it('refuses a file that is not a SQLite database, and one that belongs to another application', () => {
    library.close();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database, just text '.repeat(200));
    expect(() => Library.open(junk)).toThrow(/not a License Desk library/);
    const other = join(dir, 'other.sqlite');
    const raw = new Database(other);
    raw.exec('CREATE TABLE songs (title TEXT)');
    raw.close();
    expect(() => Library.open(other)).toThrow(/not a License Desk library/);
    library = Library.open(join(dir, 'library.sqlite'));
  });
});

describe('documents', () => {
  it('stores a document with its original bytes, blocks and metadata', async () => {
    const file = 'llama-3.1-community-license.txt';
    const { document, duplicate } = await importCorpus(file);
    expect(duplicate).toBe(false);
    expect(document.sourceName).toBe(file);
    expect(Buffer.from(library.documents.getBytes(document.id)).equals(Buffer.from(readCorpusFile(DOCUMENTS_DIR, file)))).toBe(true);
    const model = library.documents.getModel(document.id);
    const fresh = await importDocument(readCorpusFile(DOCUMENTS_DIR, file), file);
    expect(model.text).toBe(fresh.text);
    expect(model.blocks).toEqual(fresh.blocks);
    expect(library.documents.getText(document.id)).toBe(fresh.text);
    expect(() => library.documents.getText(document.id + 1)).toThrow(/no stored text/);
  });

  it('gives version suggestions every document’s titles, dates and identified licence family in the list’s order', async () => {
    const llama = await importCorpus('llama-3.1-community-license.txt');
    const mit = await importCorpus('mit-license-stability-ai-2024.txt');
    library.documents.updateMetadata(mit.document.id, { family: 'Stability MIT', versionLabel: '2024', effectiveDate: '2024-07-01' }, 'Test', NOW);
    const facts = library.documents.versionFacts();
    expect(facts.map((f) => f.id)).toEqual(library.documents.list().map((d) => d.id));
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get(llama.document.id)).toMatchObject({ title: llama.document.title, sourceName: 'llama-3.1-community-license.txt', kind: llama.document.kind, family: null });
    expect(byId.get(llama.document.id)?.licenseFamily).toMatch(/^llama/);
    expect(byId.get(mit.document.id)).toMatchObject({ family: 'Stability MIT', versionLabel: '2024', effectiveDate: '2024-07-01', importedAt: NOW });
  });

  it('deduplicates by SHA-256: the second import says so and returns the existing document', async () => {
    const first = await importCorpus('mit-license-stability-ai-2024.txt');
    const second = await importCorpus('mit-license-stability-ai-2024.txt');
    expect(second.duplicate).toBe(true);
    expect(second.document.id).toBe(first.document.id);
    expect(library.documents.list()).toHaveLength(1);
  });

  it('writes an import as one transaction: a failure part-way leaves nothing behind', async () => {
    const file = 'gemma-terms-of-use-2025-03-24.txt';
    const bytes = readCorpusFile(DOCUMENTS_DIR, file);
    const model = await importDocument(bytes, file);
    const analysis = analyzeDocument(model);
    // A finding whose category breaks a NOT NULL constraint fails after documents, bytes and blocks were written.
    const broken = { ...analysis, findings: [{ id: 'f1', category: null, start: 0, end: 5, quote: 'x', page: null, stance: 'permits', facts: {}, rule: 'r', confidence: 1, explanation: 'e' }] } as unknown as Analysis;
    expect(() => library.documents.insert(model, bytes, file, {}, broken, NOW)).toThrow();
    for (const table of ['documents', 'document_files', 'document_texts', 'blocks', 'blocks_fts', 'analyses', 'findings']) {
      expect((library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('edits metadata and deletes a document with everything that hangs off it', async () => {
    const { document } = await importCorpus('apache-2.0.txt');
    const updated = library.documents.updateMetadata(document.id, { title: 'Apache License 2.0', kind: 'open-source-license', family: 'apache', versionLabel: '2.0', effectiveDate: '2004-01-01' }, 'Ann', NOW);
    expect(updated).toMatchObject({ title: 'Apache License 2.0', kind: 'open-source-license', family: 'apache', versionLabel: '2.0', effectiveDate: '2004-01-01' });
    expect(library.documents.list({ family: 'apache' }).map((d) => d.id)).toEqual([document.id]);
    expect(library.documents.list({ kind: 'model-license' })).toEqual([]);
    library.documents.delete(document.id, 'Ann', NOW);
    expect(() => library.documents.get(document.id)).toThrow(StoreError);
    expect(library.documents.search('patent')).toEqual([]);
    expect((library.db.prepare('SELECT count(*) AS n FROM blocks').get() as { n: number }).n).toBe(0);
  });
});

describe('listing by family', () => {
  it('finds a family’s versions through the family index (the version timeline reads them so)', async () => {
    const { document } = await importCorpus('llama-3.1-community-license.txt');
    await importCorpus('apache-2.0.txt');
    library.documents.updateMetadata(document.id, { family: 'llama' }, 'Ann', NOW);
    let listed: number[] = [];
    const [sql] = preparedBy(() => (listed = library.documents.list({ family: 'llama' }).map((d) => d.id))).filter((q) => q.includes('@family'));
    expect(listed).toEqual([document.id]);
    const plan = (library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ family: 'llama' }) as Array<{ detail: string }>).map((p) => p.detail).join('\n');
    expect(plan).toMatch(/SEARCH d USING INDEX documents_family/);
  });
});

describe('full-text search', () => {
  beforeEach(async () => {
    await importCorpus('llama-3.1-community-license.txt');
    await importCorpus('apache-2.0.txt');
    await importCorpus('cc-by-nc-4.0-legalcode.txt');
  });

  it('finds words across the library with highlighted snippets pointing at the block', () => {
    const hits = library.documents.search('monthly active users');
    expect(hits.length).toBeGreaterThan(0);
    const hit = hits[0];
    expect(hit.documentTitle.toLowerCase()).toContain('llama');
    expect(hit.snippet).toMatch(/\u0002monthly\u0003 \u0002active\u0003 \u0002users\u0003/i);
    const model = library.documents.getModel(hit.documentId);
    expect(model.text.slice(hit.start, hit.end)).toMatch(/700 million monthly active users/);
  });

  it('keeps quoted phrases together and prefix-matches the last word', () => {
    // The phrase is found where it stands, in the BY-NC licence only, and highlighted as one run of words.
    const phrase = library.documents.search('"NonCommercial purposes"');
    expect(phrase.length).toBeGreaterThanOrEqual(3);
    for (const hit of phrase) {
      expect(hit.documentTitle).toMatch(/NonCommercial/);
      expect(hit.snippet).toMatch(/\u0002NonCommercial purposes\u0003/);
    }
    // The same words in the other order are no phrase of the text, although both words occur together in blocks.
    expect(library.documents.search('"purposes NonCommercial"')).toEqual([]);
    expect(library.documents.search('purposes NonCommercial').length).toBeGreaterThan(0);
    // "licen" is no word of any document: only prefix matching finds license, licensed, …
    const prefixed = library.documents.search('patent licen');
    expect(prefixed.some((h) => /apache/i.test(h.documentTitle))).toBe(true);
    for (const hit of prefixed) expect(hit.snippet).toMatch(/\u0002licen\w+\u0003/i);
  });

  it('lists a query found in nearly every block in library order, unranked, and still ranks selective ones', async () => {
    // A long agreement whose every clause says "the": more matching blocks than a search ranks.
    const clauses = Array.from({ length: UNRANKED_AFTER + 100 }, (_, i) => `${i + 1}. The Licensee shall keep the notice in copy ${i + 1}.`);
    const bytes = new TextEncoder().encode(clauses.join('\n\n'));
    const model = await importDocument(bytes, 'many-clauses.txt');
    library.documents.insert(model, bytes, 'many-clauses.txt', {}, analyzeDocument(model), NOW);

    const common = library.documents.search('the', 40);
    expect(common).toHaveLength(40);
    // Library order: the blocks of the first document imported first, in their order in it.
    const firstDocument = library.documents.list().reduce((a, b) => (a.id < b.id ? a : b));
    expect(common[0].documentId).toBe(firstDocument.id);
    const starts = common.filter((h) => h.documentId === firstDocument.id).map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(common.every((h) => /\u0002the\w*\u0003/i.test(h.snippet))).toBe(true);

    // A selective query is ranked: the threshold clause comes first, not the first block that mentions "users".
    const ranked = library.documents.search('monthly active users');
    expect(library.documents.getModel(ranked[0].documentId).text.slice(ranked[0].start, ranked[0].end)).toMatch(/700 million monthly active users/);
  });

  it('prefix-matches the last word from two letters; a single letter is a word', () => {
    expect(toFtsQuery('patent li')).toBe('"patent" AND "li"*');
    expect(toFtsQuery('a')).toBe('"a"');
    expect(toFtsQuery('"monthly active users"')).toBe('"monthly active users"');
    expect(library.documents.search('li').length).toBeGreaterThan(0);
  });

  it('never fails on FTS syntax typed by a person', () => {
    for (const q of ['AND', 'NEAR(', '"unbalanced', '*', 'a OR', '-x', 'col:val', '(((']) expect(() => library.documents.search(q)).not.toThrow();
  });

  it('uses the FTS index, not a scan of the blocks table', () => {
    // The plans of the statements search() itself prepares, for a selective and for a common word.
    const statements = preparedBy(() => {
      expect(library.documents.search('license').length).toBeGreaterThan(0);
      expect(library.documents.search('the').length).toBeGreaterThan(0);
    });
    const searches = [...new Set(statements.filter((sql) => /\bMATCH\b/.test(sql)))];
    expect(searches.some((sql) => /\bJOIN blocks\b/.test(sql))).toBe(true);
    for (const sql of searches) {
      const params = (sql.match(/\?/g) ?? []).map((_, i) => (i === 0 ? '"license"' : 10));
      const details = (library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((p) => p.detail).join('\n');
      expect(details, sql).toMatch(/VIRTUAL TABLE INDEX/);
      expect(details, sql).not.toMatch(/\bSCAN (b|blocks|d|documents)\b/);
      if (/\bJOIN blocks\b/.test(sql)) expect(details, sql).toMatch(/SEARCH b USING PRIMARY KEY/);
    }
  });
});
