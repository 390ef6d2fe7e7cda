/**
 * One test per migration, plus: a library at every earlier schema version, holding data, migrates to the current
 * one without losing anything. Seeds are raw SQL as each version's schema had it (the repositories speak only
 * the current schema). A new migration adds its test here and a seed for its version.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, openDatabase, type Library } from '../../src/store';
import { Library as LibraryClass } from '../../src/store/library';

type Db = ReturnType<typeof openDatabase>;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openAt(version: number, name = 'library.sqlite'): Db {
  return openDatabase(join(dir, name), { targetVersion: version });
}

const columns = (db: Db, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);

/** Data as the schema of each version could hold it; seeds[v] runs on a database at version v. */
const seeds: Record<number, (db: Db) => void> = {
  1: (db) => {
    db.prepare(
      `INSERT INTO documents (id, sha256, title, kind, format, source_name, byte_length, page_count, characters, imported_at, updated_at)
       VALUES (1, 'aa', 'Llama 3.1 Community License', 'model-license', 'text', 'llama.txt', 10, NULL, 23, '2026-01-01', '2026-01-01')`,
    ).run();
    db.prepare(`INSERT INTO document_files (document_id, bytes) VALUES (1, x'00ff')`).run();
    db.prepare(`INSERT INTO document_texts (document_id, text) VALUES (1, 'Grant of Rights.\n\nMore.')`).run();
    db.prepare(`INSERT INTO blocks (document_id, ordinal, block_id, kind, level, number, start, end, page) VALUES (1, 0, 'b1', 'heading', 1, NULL, 0, 16, NULL)`).run();
    db.prepare(`INSERT INTO blocks_fts (text, document_id, ordinal) VALUES ('Grant of Rights.', 1, 0)`).run();
  },
  2: (db) => {
    db.prepare(
      `INSERT INTO analyses (document_id, rules_version, analyzed_at, license_json, assessment_json, license_id, license_match, commercial_use)
       VALUES (1, '1', '2026-01-01', NULL, '{"commercialUse":"conditional"}', NULL, NULL, 'conditional')`,
    ).run();
    db.prepare(
      `INSERT INTO findings (document_id, finding_key, category, start, end, quote, stance, rule, confidence, explanation, status, reviewed_by)
       VALUES (1, 'f1', 'commercial-use', 0, 16, 'Grant of Rights.', 'permits', 'grant', 0.9, 'Grants rights', 'confirmed', 'Ann')`,
    ).run();
  },
  3: (db) => {
    db.prepare(
      `INSERT INTO annotations (id, document_id, category, comment, tags_json, author, start, end, quote, prefix, suffix, created_at, updated_at)
       VALUES (1, 1, 'commercial-use', 'Check the MAU cap', '["threshold"]', 'Ann', 0, 5, 'Grant', '', ' of Rights.', '2026-01-02', '2026-01-02')`,
    ).run();
    db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, document_id, summary) VALUES ('2026-01-02', 'Ann', 'annotation', 1, 'create', 1, 'Added')`,
    ).run();
  },
  4: (db) => {
    db.prepare(`INSERT INTO assessments (id, model_name, intended_use, reviewer, created_at, updated_at) VALUES (1, 'Llama 3.1 8B', 'Support chatbot', 'Ann', '2026-01-03', '2026-01-03')`).run();
    db.prepare(`INSERT INTO assessment_documents (assessment_id, document_id, role, position) VALUES (1, 1, 'weights-license', 0)`).run();
    db.prepare(`INSERT INTO assessment_verdicts (assessment_id, topic, title, position, verdict, rationale, edited_by) VALUES (1, 'commercial-use', 'Commercial use', 0, 'conditional', 'MAU cap far away', 'Ann')`).run();
  },
  5: (db) => {
    db.prepare(
      `INSERT INTO documents (id, sha256, title, kind, family, format, source_name, byte_length, characters, imported_at, updated_at)
       VALUES (2, 'bb', 'Llama 3.2 Community License', 'model-license', 'Llama Community License', 'text', 'llama32.txt', 10, 23, '2026-02-01', '2026-02-01')`,
    ).run();
    db.prepare(
      `INSERT INTO version_notices (id, document_id, previous_document_id, family, created_at, material_categories_json, summary_json)
       VALUES (1, 2, 1, 'Llama Community License', '2026-02-01', '["commercial-use"]', '["Commercial use: the threshold changed"]')`,
    ).run();
    db.prepare(`INSERT INTO version_notice_assessments (notice_id, assessment_id, topics_json) VALUES (1, 1, '["commercial-use"]')`).run();
  },
};

/** What must still be true after migrating a seeded database to the latest version. */
function expectSeedsSurvived(db: Db, seededUpTo: number): void {
  if (seededUpTo >= 1) {
    expect(db.prepare('SELECT title FROM documents WHERE id = 1').get()).toEqual({ title: 'Llama 3.1 Community License' });
    expect(db.prepare(`SELECT document_id FROM blocks_fts WHERE blocks_fts MATCH 'rights'`).all()).toEqual([{ document_id: 1 }]);
  }
  if (seededUpTo >= 2) {
    expect(db.prepare('SELECT status, reviewed_by FROM findings WHERE document_id = 1').get()).toEqual({ status: 'confirmed', reviewed_by: 'Ann' });
  }
  if (seededUpTo >= 3) {
    expect(db.prepare('SELECT comment, anchor_status FROM annotations WHERE id = 1').get()).toEqual({ comment: 'Check the MAU cap', anchor_status: 'anchored' });
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
  }
  if (seededUpTo >= 4) {
    expect(db.prepare('SELECT verdict, rationale FROM assessment_verdicts WHERE assessment_id = 1').get()).toEqual({ verdict: 'conditional', rationale: 'MAU cap far away' });
  }
  if (seededUpTo >= 5) {
    expect(db.prepare('SELECT n.summary_json, l.topics_json FROM version_notices n JOIN version_notice_assessments l ON l.notice_id = n.id').get()).toEqual({
      summary_json: '["Commercial use: the threshold changed"]',
      topics_json: '["commercial-use"]',
    });
  }
}

describe('migration 1: documents', () => {
  it('creates documents, files, texts, blocks and the FTS index', () => {
    const db = openAt(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(columns(db, 'documents')).toEqual(expect.arrayContaining(['sha256', 'title', 'kind', 'family', 'version_label', 'effective_date', 'notes']));
    seeds[1](db);
    expect(() => seeds[1](db)).toThrow(/UNIQUE|PRIMARY KEY/); // same sha256 twice is refused by the schema itself
    db.close();
  });
});

describe('migration 2: analyses and findings', () => {
  it('adds analyses and findings with review state, cascading on document delete', () => {
    const db = openAt(1);
    seeds[1](db);
    db.close();
    const migrated = openAt(2);
    seeds[2](migrated);
    expect(columns(migrated, 'findings')).toEqual(expect.arrayContaining(['status', 'reviewer_category', 'reviewed_by', 'reviewed_at']));
    expect(() => migrated.prepare(`UPDATE findings SET status = 'maybe'`).run()).toThrow(/CHECK/);
    migrated.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM findings').get()).toEqual({ n: 0 });
    migrated.close();
  });
});

describe('migration 3: annotations and audit log', () => {
  it('adds annotations with both selectors and a soft delete, and an audit log that outlives its subject', () => {
    const db = openAt(2);
    seeds[1](db);
    seeds[2](db);
    db.close();
    const migrated = openAt(3);
    seeds[3](migrated);
    expect(columns(migrated, 'annotations')).toEqual(expect.arrayContaining(['start', 'end', 'quote', 'prefix', 'suffix', 'page', 'boxes_json', 'deleted_at', 'anchor_status']));
    expect(() => migrated.prepare(`UPDATE annotations SET end = start`).run()).toThrow(/CHECK/);
    migrated.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    expect(migrated.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    migrated.close();
  });
});

describe('migration 4: assessments', () => {
  it('adds assessments with documents in roles and verdicts; a document in use cannot be deleted under it', () => {
    const db = openAt(3);
    for (const v of [1, 2, 3]) seeds[v](db);
    db.close();
    const migrated = openAt(4);
    seeds[4](migrated);
    expect(() => migrated.prepare(`UPDATE assessments SET status = 'done'`).run()).toThrow(/CHECK/);
    expect(() => migrated.prepare(`INSERT INTO assessment_documents VALUES (1, 1, 'model-card', 1)`).run()).toThrow(/CHECK/);
    expect(() => migrated.prepare('DELETE FROM documents WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    migrated.prepare('DELETE FROM assessments WHERE id = 1').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM assessment_verdicts').get()).toEqual({ n: 0 });
    migrated.close();
  });
});

describe('migration 5: version notices', () => {
  it('adds notices tied to both versions and to assessments; the timeline query finds a family by its index', () => {
    const db = openAt(4);
    for (const v of [1, 2, 3, 4]) seeds[v](db);
    db.close();
    const migrated = openAt(5);
    seeds[5](migrated);
    expect(() => migrated.prepare(`INSERT INTO version_notices (document_id, previous_document_id, family, created_at) VALUES (1, 1, 'x', 'now')`).run()).toThrow(/CHECK/);
    const plan = migrated.prepare(`EXPLAIN QUERY PLAN SELECT id FROM documents WHERE family = ?`).all('Llama Community License') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/documents_family/);
    // An assessment gone: its link goes, the notice (about the documents) stays.
    migrated.prepare('DELETE FROM assessments WHERE id = 1').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM version_notice_assessments').get()).toEqual({ n: 0 });
    expect(migrated.prepare('SELECT count(*) AS n FROM version_notices').get()).toEqual({ n: 1 });
    // The newer version gone: the notice goes with it.
    migrated.prepare('DELETE FROM documents WHERE id = 2').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM version_notices').get()).toEqual({ n: 0 });
    migrated.close();
  });
});

describe('upgrading from every earlier version', () => {
  it('has a seed for every version', () => {
    for (const m of MIGRATIONS) expect(seeds[m.version], `seed for version ${m.version}`).toBeTypeOf('function');
  });

  for (let from = 0; from < SCHEMA_VERSION; from++) {
    it(`migrates a library at version ${from} with data to version ${SCHEMA_VERSION}`, () => {
      const path = join(dir, `from-${from}.sqlite`);
      const db = openDatabase(path, { targetVersion: from });
      for (let v = 1; v <= from; v++) seeds[v](db);
      db.close();
      let library: Library | undefined;
      try {
        library = LibraryClass.open(path);
        expect(library.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(library.db.pragma('foreign_key_check')).toEqual([]);
        expectSeedsSurvived(library.db, from);
      } finally {
        library?.close();
      }
    });
  }
});

describe('a failing migration', () => {
  it('rolls back entirely and leaves the version where it was', () => {
    const path = join(dir, 'fail.sqlite');
    const db = openDatabase(path, { targetVersion: 1 });
    // Make migration 2 fail part-way: the second table it creates already exists.
    db.exec('CREATE TABLE findings (x INTEGER) STRICT');
    expect(() => db.transaction(() => MIGRATIONS[1].up(db))()).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(columns(db, 'findings')).toEqual(['x']);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'analyses'`).get()).toEqual({ n: 0 });
    db.close();
  });
});
