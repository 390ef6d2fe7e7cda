import type { SqliteDatabase } from './database';

/**
 * What is wrong with a library file, in words: SQLite's own checks (page structure, foreign keys, the full-text
 * index) and the library's rule that a document is stored whole or not at all. Empty when the library is sound.
 * Used before a backup is restored, and by the reliability tests after hostile imports and killed processes.
 * `wholeDocuments: false` skips the import rule (libraries of early schema versions hold documents without an
 * analysis).
 */
export function libraryProblems(db: SqliteDatabase, options: { wholeDocuments?: boolean } = {}): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  if (!(integrity.length === 1 && integrity[0].integrity_check === 'ok')) {
    problems.push(...integrity.slice(0, 10).map((row) => `integrity_check: ${row.integrity_check}`));
    // A file whose pages are damaged cannot be trusted for the finer checks below.
    return problems;
  }
  const foreignKeys = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  for (const row of foreignKeys.slice(0, 10)) problems.push(`foreign_key_check: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  try {
    // FTS5's own check: the index matches the rows it was built from.
    db.prepare(`INSERT INTO blocks_fts (blocks_fts) VALUES ('integrity-check')`).run();
  } catch (error) {
    problems.push(`full-text index: ${(error as Error).message}`);
  }
  if (options.wholeDocuments ?? true) problems.push(...partialDocuments(db));
  return problems;
}

/**
 * A document row must come with its original bytes, its text, at least one block, one full-text row per block
 * and its analysis (documents are imported with all of these in one transaction), and every full-text row must
 * belong to a document (findings and annotations are held to theirs by foreign keys). Anything else is a
 * half-written import.
 */
function partialDocuments(db: SqliteDatabase): string[] {
  const rows = db
    .prepare(
      `SELECT d.id,
              (SELECT count(*) FROM document_files f WHERE f.document_id = d.id) AS files,
              (SELECT count(*) FROM document_texts t WHERE t.document_id = d.id) AS texts,
              (SELECT count(*) FROM blocks b WHERE b.document_id = d.id) AS blocks,
              (SELECT count(*) FROM analyses a WHERE a.document_id = d.id) AS analyses
       FROM documents d`,
    )
    .all() as Array<{ id: number; files: number; texts: number; blocks: number; analyses: number }>;
  const ftsCounts = new Map(
    (db.prepare('SELECT document_id AS id, count(*) AS n FROM blocks_fts GROUP BY document_id').all() as Array<{ id: number; n: number }>).map((r) => [Number(r.id), r.n]),
  );
  const problems: string[] = [];
  for (const row of rows) {
    const missing: string[] = [];
    if (row.files !== 1) missing.push('its file');
    if (row.texts !== 1) missing.push('its text');
    if (row.blocks === 0) missing.push('its blocks');
    if (row.analyses !== 1) missing.push('its analysis');
    const fts = ftsCounts.get(row.id) ?? 0;
    if (fts !== row.blocks) missing.push(`search rows (${fts} for ${row.blocks} blocks)`);
    if (missing.length > 0) problems.push(`document ${row.id} is missing ${missing.join(', ')}`);
    ftsCounts.delete(row.id);
  }
  for (const [id, n] of ftsCounts) problems.push(`${n} search rows belong to document ${id}, which does not exist`);
  return problems;
}
