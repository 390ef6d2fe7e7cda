import type { TextSelectors } from '../document/anchors';
import { clip, type AnchorStatus, type Annotation, type AnnotationsRepository } from './annotations';
import { AuditRepository } from './audit';
import type { SqliteDatabase } from './database';
import { StoreError } from './errors';

/** An assessment a version notice concerns, with the topics of it the changes touch. */
export interface NoticeAssessment {
  assessmentId: number;
  modelName: string;
  /** Assessment topics (e.g. "commercial-use") whose category changed materially. */
  topics: string[];
}

/** Raised when a newer version of a document an assessment relies on enters the library. */
export interface VersionNotice {
  id: number;
  /** The newer version. */
  documentId: number;
  documentTitle: string;
  /** The version the assessments rely on. */
  previousDocumentId: number;
  previousTitle: string;
  family: string;
  createdAt: string;
  /** Categories any change touches, and those with a material change. */
  changedCategories: string[];
  materialCategories: string[];
  /** The material changes in counsel's words. */
  summary: string[];
  counts: { changes: number; material: number };
  assessments: NoticeAssessment[];
  dismissedAt: string | null;
  dismissedBy: string | null;
}

export interface VersionNoticeInput {
  documentId: number;
  previousDocumentId: number;
  family: string;
  changedCategories: string[];
  materialCategories: string[];
  summary: string[];
  counts: { changes: number; material: number };
  assessments: Array<{ assessmentId: number; topics: string[] }>;
}

interface NoticeRow {
  id: number;
  document_id: number;
  document_title: string;
  previous_document_id: number;
  previous_title: string;
  family: string;
  created_at: string;
  changed_categories_json: string;
  material_categories_json: string;
  summary_json: string;
  counts_json: string;
  dismissed_at: string | null;
  dismissed_by: string | null;
}

const SELECT_NOTICE = `
  SELECT n.*, d.title AS document_title, p.title AS previous_title
  FROM version_notices n
  JOIN documents d ON d.id = n.document_id
  JOIN documents p ON p.id = n.previous_document_id`;

/** An annotation carried over from an earlier version: the earlier one's content, re-anchored in the later text. */
export interface CarriedAnnotationInput {
  documentId: number;
  fromDocumentId: number;
  carriedFrom: number | null;
  category: string;
  comment: string;
  tags: string[];
  /** The original author: the note stays theirs. */
  author: string;
  selectors: TextSelectors;
  anchorStatus: AnchorStatus;
  anchorConfidence: number;
}

/** Version notices and carried-over annotations. The only place their SQL lives. */
export class VersionsRepository {
  private readonly audit: AuditRepository;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly annotations: AnnotationsRepository,
  ) {
    this.audit = new AuditRepository(db);
  }

  createNotice(input: VersionNoticeInput, now: string): VersionNotice {
    const id = this.db.transaction(() => {
      const info = this.db
        .prepare(
          `INSERT INTO version_notices (document_id, previous_document_id, family, created_at, changed_categories_json,
             material_categories_json, summary_json, counts_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.documentId,
          input.previousDocumentId,
          input.family,
          now,
          JSON.stringify(input.changedCategories),
          JSON.stringify(input.materialCategories),
          JSON.stringify(input.summary),
          JSON.stringify(input.counts),
        );
      const noticeId = Number(info.lastInsertRowid);
      const link = this.db.prepare('INSERT INTO version_notice_assessments (notice_id, assessment_id, topics_json) VALUES (?, ?, ?)');
      for (const a of input.assessments) link.run(noticeId, a.assessmentId, JSON.stringify(a.topics));
      return noticeId;
    }).immediate();
    return this.getNotice(id);
  }

  getNotice(id: number): VersionNotice {
    const row = this.db.prepare(`${SELECT_NOTICE} WHERE n.id = ?`).get(id) as NoticeRow | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `There is no version notice ${id}.`, { id });
    return this.toNotice(row);
  }

  /** Notices about a document (as the newer or the earlier version) or an assessment; newest first. */
  listNotices(filter: { documentId?: number; assessmentId?: number; includeDismissed?: boolean } = {}): VersionNotice[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.documentId !== undefined) {
      where.push('(n.document_id = ? OR n.previous_document_id = ?)');
      params.push(filter.documentId, filter.documentId);
    }
    if (filter.assessmentId !== undefined) {
      where.push('n.id IN (SELECT notice_id FROM version_notice_assessments WHERE assessment_id = ?)');
      params.push(filter.assessmentId);
    }
    if (!filter.includeDismissed) where.push('n.dismissed_at IS NULL');
    const sql = `${SELECT_NOTICE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY n.created_at DESC, n.id DESC`;
    return (this.db.prepare(sql).all(...params) as NoticeRow[]).map((r) => this.toNotice(r));
  }

  /** Marks a notice as read; recorded in the audit log against the newer document. */
  dismissNotice(id: number, actor: string, now: string): VersionNotice {
    return this.db.transaction(() => {
      const before = this.getNotice(id);
      this.db.prepare('UPDATE version_notices SET dismissed_at = ?, dismissed_by = ? WHERE id = ?').run(now, actor, id);
      this.audit.append({
        at: now,
        actor,
        entity: 'document',
        entityId: before.documentId,
        action: 'dismiss-version-notice',
        documentId: before.documentId,
        summary: `Dismissed the notice that “${clip(before.documentTitle)}” is a newer version of “${clip(before.previousTitle)}”`,
        before: { dismissedAt: null },
        after: { dismissedAt: now },
      });
      return this.getNotice(id);
    }).immediate();
  }

  /** Writes a carried-over annotation with its own audit entry: who carried it, from where, how well it anchored. */
  insertCarriedAnnotation(input: CarriedAnnotationInput, actor: string, now: string): Annotation {
    const s = input.selectors;
    const info = this.db
      .prepare(
        `INSERT INTO annotations (document_id, category, comment, tags_json, author, start, end, quote, prefix, suffix, page,
           boxes_json, anchor_status, anchor_confidence, carried_from, created_at, updated_at)
         VALUES (@documentId, @category, @comment, @tags, @author, @start, @end, @quote, @prefix, @suffix, @page, @boxes,
           @anchorStatus, @anchorConfidence, @carriedFrom, @now, @now)`,
      )
      .run({
        documentId: input.documentId,
        category: input.category,
        comment: input.comment,
        tags: JSON.stringify(input.tags),
        author: input.author,
        start: s.start,
        end: s.end,
        quote: s.exact,
        prefix: s.prefix,
        suffix: s.suffix,
        page: s.page,
        boxes: JSON.stringify(s.boxes),
        anchorStatus: input.anchorStatus,
        anchorConfidence: input.anchorConfidence,
        carriedFrom: input.carriedFrom,
        now,
      });
    const created = this.annotations.get(Number(info.lastInsertRowid));
    const how = { anchored: 'anchored', 'needs-confirmation': 'needs confirmation', orphaned: 'could not be placed (orphaned)' }[input.anchorStatus];
    this.audit.append({
      at: now,
      actor,
      entity: 'annotation',
      entityId: created.id,
      action: 'carry-over',
      documentId: input.documentId,
      summary: `Carried over ${input.carriedFrom ? `annotation #${input.carriedFrom}` : 'a confirmed finding'} from document ${input.fromDocumentId} on “${clip(s.exact)}”: ${how} (confidence ${input.anchorConfidence.toFixed(2)})`,
      after: { category: created.category, comment: created.comment, start: created.start, end: created.end, anchorStatus: created.anchorStatus, carriedFrom: created.carriedFrom },
    });
    return created;
  }

  /** Ids of the earlier annotations already carried into a document (a second carry-over skips them). */
  carriedSources(documentId: number): Set<number> {
    const rows = this.db.prepare('SELECT carried_from FROM annotations WHERE document_id = ? AND carried_from IS NOT NULL').all(documentId) as Array<{ carried_from: number }>;
    return new Set(rows.map((r) => r.carried_from));
  }

  private toNotice(row: NoticeRow): VersionNotice {
    const links = this.db
      .prepare(
        `SELECT l.assessment_id, l.topics_json, a.model_name FROM version_notice_assessments l
         JOIN assessments a ON a.id = l.assessment_id WHERE l.notice_id = ? ORDER BY l.assessment_id`,
      )
      .all(row.id) as Array<{ assessment_id: number; topics_json: string; model_name: string }>;
    return {
      id: row.id,
      documentId: row.document_id,
      documentTitle: row.document_title,
      previousDocumentId: row.previous_document_id,
      previousTitle: row.previous_title,
      family: row.family,
      createdAt: row.created_at,
      changedCategories: JSON.parse(row.changed_categories_json) as string[],
      materialCategories: JSON.parse(row.material_categories_json) as string[],
      summary: JSON.parse(row.summary_json) as string[],
      counts: JSON.parse(row.counts_json) as VersionNotice['counts'],
      assessments: links.map((l) => ({ assessmentId: l.assessment_id, modelName: l.model_name, topics: JSON.parse(l.topics_json) as string[] })),
      dismissedAt: row.dismissed_at,
      dismissedBy: row.dismissed_by,
    };
  }
}
