import type { Analysis } from '../analysis/types';
import type { DocumentKind } from '../assess/types';
import type { Block, DocumentModel } from '../document/model';
import { AuditRepository } from './audit';
import type { SqliteDatabase } from './database';
import { StoreError } from './errors';
import { saveAnalysisRows } from './findings';
import type { DocumentMetadata, DocumentRecord, SearchHit } from './records';

interface DocumentRow {
  id: number;
  sha256: string;
  title: string;
  kind: string;
  family: string | null;
  version_label: string | null;
  effective_date: string | null;
  notes: string;
  format: string;
  source_name: string;
  byte_length: number;
  page_count: number | null;
  characters: number;
  imported_at: string;
  updated_at: string;
  license_json: string | null;
  commercial_use: string | null;
}

const SELECT_DOCUMENT = `
  SELECT d.*, a.license_json, a.commercial_use
  FROM documents d LEFT JOIN analyses a ON a.document_id = d.id`;

function toRecord(row: DocumentRow): DocumentRecord {
  const license = row.license_json ? (JSON.parse(row.license_json) as { id: string; name: string; match: 'exact' | 'modified' }) : null;
  return {
    id: row.id,
    sha256: row.sha256,
    title: row.title,
    kind: row.kind as DocumentKind,
    family: row.family,
    versionLabel: row.version_label,
    effectiveDate: row.effective_date,
    notes: row.notes,
    format: row.format as DocumentRecord['format'],
    sourceName: row.source_name,
    byteLength: row.byte_length,
    pageCount: row.page_count,
    characters: row.characters,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
    license: license ? { id: license.id, name: license.name, match: license.match } : null,
    commercialUse: (row.commercial_use as DocumentRecord['commercialUse']) ?? null,
  };
}

/** A document as version suggestions see it (DocumentsRepository.versionFacts). */
export interface VersionFacts extends Pick<DocumentRecord, 'id' | 'title' | 'sourceName' | 'kind' | 'family' | 'versionLabel' | 'effectiveDate' | 'importedAt'> {
  /** Family of the identified reference licence, null where none was identified. */
  licenseFamily: string | null;
}

export interface ListFilter {
  kind?: DocumentKind;
  family?: string;
  commercialUse?: string;
}

export interface InsertResult {
  document: DocumentRecord;
  /** True when a file with the same SHA-256 was already in the library; nothing was written. */
  duplicate: boolean;
}

/** Documents: metadata, original bytes, text, blocks and the full-text index. The only place their SQL lives. */
export class DocumentsRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly db: SqliteDatabase) {
    this.audit = new AuditRepository(db);
  }

  findBySha256(sha256: string): DocumentRecord | null {
    const row = this.db.prepare(`${SELECT_DOCUMENT} WHERE d.sha256 = ?`).get(sha256) as DocumentRow | undefined;
    return row ? toRecord(row) : null;
  }

  /**
   * Stores an imported document with its bytes, blocks, search index and analysis in one transaction: either
   * all of it is written or none of it. A file already in the library (same SHA-256) is not stored again.
   */
  insert(model: DocumentModel, bytes: Uint8Array, sourceName: string, meta: DocumentMetadata, analysis: Analysis | null, now: string): InsertResult {
    const existing = this.findBySha256(model.sha256);
    if (existing) return { document: existing, duplicate: true };
    const id = this.db.transaction(() => {
      const again = this.db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(model.sha256) as { id: number } | undefined;
      if (again) return again.id;
      const info = this.db
        .prepare(
          `INSERT INTO documents (sha256, title, kind, family, version_label, effective_date, notes, format, source_name,
             byte_length, page_count, characters, imported_at, updated_at)
           VALUES (@sha256, @title, @kind, @family, @versionLabel, @effectiveDate, @notes, @format, @sourceName,
             @byteLength, @pageCount, @characters, @now, @now)`,
        )
        .run({
          sha256: model.sha256,
          title: meta.title ?? model.title,
          kind: meta.kind ?? analysis?.assessment.kind ?? 'other',
          family: meta.family ?? null,
          versionLabel: meta.versionLabel ?? null,
          effectiveDate: meta.effectiveDate ?? null,
          notes: meta.notes ?? '',
          format: model.format,
          sourceName,
          byteLength: model.byteLength,
          pageCount: model.pageCount,
          characters: model.text.length,
          now,
        });
      const documentId = Number(info.lastInsertRowid);
      this.db.prepare('INSERT INTO document_files (document_id, bytes) VALUES (?, ?)').run(documentId, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.db
        .prepare('INSERT INTO document_texts (document_id, text, pages_json, warnings_json) VALUES (?, ?, ?, ?)')
        .run(documentId, model.text, JSON.stringify(model.pages), JSON.stringify(model.warnings));
      const insertBlock = this.db.prepare(
        `INSERT INTO blocks (document_id, ordinal, block_id, kind, level, number, start, end, page, extra_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertFts = this.db.prepare('INSERT INTO blocks_fts (text, document_id, ordinal) VALUES (?, ?, ?)');
      model.blocks.forEach((block, ordinal) => {
        insertBlock.run(documentId, ordinal, block.id, block.kind, block.level, block.number, block.start, block.end, block.page, blockExtraJson(block));
        insertFts.run(model.text.slice(block.start, block.end), documentId, ordinal);
      });
      if (analysis) saveAnalysisRows(this.db, documentId, analysis, now);
      return documentId;
    }).immediate();
    return { document: this.get(id), duplicate: false };
  }

  get(id: number): DocumentRecord {
    const row = this.db.prepare(`${SELECT_DOCUMENT} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `There is no document ${id} in this library.`, { id });
    return toRecord(row);
  }

  list(filter: ListFilter = {}): DocumentRecord[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (filter.kind) {
      where.push('d.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.family) {
      where.push('d.family = @family');
      params.family = filter.family;
    }
    if (filter.commercialUse) {
      where.push('a.commercial_use = @commercialUse');
      params.commercialUse = filter.commercialUse;
    }
    const sql = `${SELECT_DOCUMENT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.imported_at DESC, d.id DESC`;
    return (this.db.prepare(sql).all(params) as DocumentRow[]).map(toRecord);
  }

  /**
   * What version suggestions weigh of every document — title, file name, kind, family, version, dates and the
   * family of its identified licence — in the library list's order, without rebuilding whole records: it is read
   * on every import.
   */
  versionFacts(): VersionFacts[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, d.source_name, d.kind, d.family, d.version_label, d.effective_date, d.imported_at,
                json_extract(a.license_json, '$.family') AS license_family
         FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
         ORDER BY d.imported_at DESC, d.id DESC`,
      )
      .all() as Array<{ id: number; title: string; source_name: string; kind: string; family: string | null; version_label: string | null; effective_date: string | null; imported_at: string; license_family: string | null }>;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      sourceName: r.source_name,
      kind: r.kind as DocumentKind,
      family: r.family,
      versionLabel: r.version_label,
      effectiveDate: r.effective_date,
      importedAt: r.imported_at,
      licenseFamily: r.license_family ?? null,
    }));
  }

  /** A document's normalised text alone (getModel without the blocks and pages). */
  getText(id: number): string {
    const row = this.db.prepare('SELECT text FROM document_texts WHERE document_id = ?').get(id) as { text: string } | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `Document ${id} has no stored text.`, { id });
    return row.text;
  }

  /** The stored document model (text, blocks, pages), rebuilt from its rows. */
  getModel(id: number): DocumentModel {
    const record = this.get(id);
    const texts = this.db.prepare('SELECT text, pages_json, warnings_json FROM document_texts WHERE document_id = ?').get(id) as
      | { text: string; pages_json: string; warnings_json: string }
      | undefined;
    if (!texts) throw new StoreError('NOT_FOUND', `Document ${id} has no stored text.`, { id });
    const rows = this.db
      .prepare('SELECT block_id, kind, level, number, start, end, page, extra_json FROM blocks WHERE document_id = ? ORDER BY ordinal')
      .all(id) as Array<{ block_id: string; kind: Block['kind']; level: number; number: string | null; start: number; end: number; page: number | null; extra_json: string | null }>;
    const blocks: Block[] = rows.map((r) => ({
      id: r.block_id,
      kind: r.kind,
      level: r.level,
      number: r.number,
      start: r.start,
      end: r.end,
      page: r.page,
      ...(r.extra_json ? (JSON.parse(r.extra_json) as Partial<Block>) : {}),
    }));
    return {
      title: record.title,
      format: record.format,
      sha256: record.sha256,
      byteLength: record.byteLength,
      pageCount: record.pageCount,
      text: texts.text,
      blocks,
      pages: JSON.parse(texts.pages_json),
      warnings: JSON.parse(texts.warnings_json),
    };
  }

  getBytes(id: number): Uint8Array {
    const row = this.db.prepare('SELECT bytes FROM document_files WHERE document_id = ?').get(id) as { bytes: Buffer } | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `There is no document ${id} in this library.`, { id });
    return new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  }

  updateMetadata(id: number, meta: DocumentMetadata, actor: string, now: string): DocumentRecord {
    return this.db.transaction(() => {
      const before = this.get(id);
      const next = {
        title: meta.title ?? before.title,
        kind: meta.kind ?? before.kind,
        family: meta.family !== undefined ? meta.family : before.family,
        versionLabel: meta.versionLabel !== undefined ? meta.versionLabel : before.versionLabel,
        effectiveDate: meta.effectiveDate !== undefined ? meta.effectiveDate : before.effectiveDate,
        notes: meta.notes ?? before.notes,
      };
      this.db
        .prepare(
          `UPDATE documents SET title = @title, kind = @kind, family = @family, version_label = @versionLabel,
             effective_date = @effectiveDate, notes = @notes, updated_at = @now WHERE id = @id`,
        )
        .run({ id, ...next, now });
      const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== before[k]);
      if (changed.length > 0) {
        const pick = (r: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, r[k]]));
        this.audit.append({
          at: now,
          actor,
          entity: 'document',
          entityId: id,
          action: 'update',
          documentId: id,
          summary: `Edited document details: ${changed.join(', ')}`,
          before: pick(before as unknown as Record<string, unknown>),
          after: pick(next),
        });
      }
      return this.get(id);
    }).immediate();
  }

  /** Deletes a document and everything hanging off it; refused while an assessment relies on it. */
  delete(id: number, actor: string, now: string): void {
    const doc = this.get(id);
    const users = this.db
      .prepare('SELECT DISTINCT a.id, a.model_name FROM assessment_documents ad JOIN assessments a ON a.id = ad.assessment_id WHERE ad.document_id = ?')
      .all(id) as Array<{ id: number; model_name: string }>;
    if (users.length > 0) {
      throw new StoreError(
        'CONFLICT',
        `“${doc.title}” is used by ${users.length === 1 ? 'an assessment' : `${users.length} assessments`} (${users.map((u) => `#${u.id} ${u.model_name}`).join(', ')}); remove it from ${users.length === 1 ? 'that assessment' : 'them'} first.`,
        { assessments: users.map((u) => u.id) },
      );
    }
    this.db.transaction(() => {
      // FTS5 tables take no foreign keys: remove the index rows by hand, in the same transaction.
      this.db.prepare('DELETE FROM blocks_fts WHERE document_id = ?').run(id);
      this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      this.audit.append({
        at: now,
        actor,
        entity: 'document',
        entityId: id,
        action: 'delete',
        documentId: id,
        summary: `Deleted “${doc.title}” (${doc.sourceName}, SHA-256 ${doc.sha256.slice(0, 12)}…) from the library`,
        before: { title: doc.title, sha256: doc.sha256, sourceName: doc.sourceName },
      });
    }).immediate();
  }

  /**
   * Full-text search over block text. The query is read as words (each word, prefix-matched on the last one);
   * "quoted phrases" stay phrases. FTS5 syntax in user input is never interpreted, so no query can fail.
   *
   * Hits are ranked (BM25) when the query is selective. A query that matches more than UNRANKED_AFTER blocks (a
   * word found in nearly every clause: "the", "licence", a one-letter prefix) is listed in library order instead:
   * ranking costs time for every matching block (some 200 ms at 1,000 documents) and tells little when the words
   * are everywhere.
   */
  search(query: string, limit = 50): SearchHit[] {
    const match = toFtsQuery(query);
    if (!match) return [];
    const common = this.db.prepare('SELECT 1 FROM blocks_fts WHERE blocks_fts MATCH ? LIMIT 1 OFFSET ?').get(match, UNRANKED_AFTER) !== undefined;
    const rows = this.db
      .prepare(
        `SELECT f.document_id AS documentId, f.ordinal AS ordinal, d.title AS documentTitle,
                b.block_id AS blockId, b.start AS start, b.end AS end, b.page AS page,
                snippet(blocks_fts, 0, char(2), char(3), '…', 24) AS snippet, bm25(blocks_fts) AS rank
         FROM blocks_fts f
         JOIN documents d ON d.id = f.document_id
         JOIN blocks b ON b.document_id = f.document_id AND b.ordinal = f.ordinal
         WHERE blocks_fts MATCH ?
         ORDER BY ${common ? 'f.rowid' : 'rank'} LIMIT ?`,
      )
      .all(match, limit) as Array<SearchHit & { ordinal: number }>;
    return rows.map(({ ordinal: _ordinal, ...hit }) => hit);
  }
}

/** Matching blocks past which a search is listed in library order rather than ranked (see search()). */
export const UNRANKED_AFTER = 2_000;

function blockExtraJson(block: Block): string | null {
  const extra: Partial<Block> = {};
  if (block.boxes) extra.boxes = block.boxes;
  if (block.table) extra.table = block.table;
  if (block.emphasis) extra.emphasis = block.emphasis;
  return Object.keys(extra).length ? JSON.stringify(extra) : null;
}

/** Turns what a person typed into a safe FTS5 query: quoted phrases kept, other words quoted, last word prefix-matched (from two letters). */
export function toFtsQuery(input: string): string {
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    const phrase = m[1] !== undefined ? m[1] : m[2];
    const words = phrase.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push(`"${words.join(' ')}"${m[1] === undefined ? '' : ''}`);
  }
  if (terms.length === 0) return '';
  const lastRaw = input.trimEnd();
  // A one-letter prefix ("a" as typing begins) would expand to every word starting with it: matched as a word.
  if (!lastRaw.endsWith('"') && terms[terms.length - 1].length > 3) terms[terms.length - 1] += '*';
  return terms.join(' AND ');
}
