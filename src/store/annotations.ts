import type { TextSelectors } from '../document/anchors';
import type { TextBox } from '../document/model';
import { AuditRepository } from './audit';
import type { SqliteDatabase } from './database';
import { StoreError } from './errors';

export type AnchorStatus = 'anchored' | 'needs-confirmation' | 'orphaned';

/** Counsel's own highlight: a category ('note' or a clause category), a comment, tags, and where it sits. */
export interface Annotation {
  id: number;
  documentId: number;
  category: string;
  comment: string;
  tags: string[];
  author: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  page: number | null;
  boxes: TextBox[];
  anchorStatus: AnchorStatus;
  anchorConfidence: number;
  /** The annotation in an earlier version this one was carried over from. */
  carriedFrom: number | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface AnnotationInput {
  documentId: number;
  category: string;
  comment?: string;
  tags?: string[];
  selectors: TextSelectors;
  anchorStatus?: AnchorStatus;
  anchorConfidence?: number;
  carriedFrom?: number | null;
}

export interface AnnotationChange {
  category?: string;
  comment?: string;
  tags?: string[];
  /** Moving the highlight (e.g. confirming a re-anchor). */
  selectors?: TextSelectors;
  anchorStatus?: AnchorStatus;
}

interface AnnotationRow {
  id: number;
  document_id: number;
  category: string;
  comment: string;
  tags_json: string;
  author: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  page: number | null;
  boxes_json: string;
  anchor_status: AnchorStatus;
  anchor_confidence: number;
  carried_from: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toAnnotation(r: AnnotationRow): Annotation {
  return {
    id: r.id,
    documentId: r.document_id,
    category: r.category,
    comment: r.comment,
    tags: JSON.parse(r.tags_json) as string[],
    author: r.author,
    start: r.start,
    end: r.end,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    page: r.page,
    boxes: JSON.parse(r.boxes_json) as TextBox[],
    anchorStatus: r.anchor_status,
    anchorConfidence: r.anchor_confidence,
    carriedFrom: r.carried_from,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** The parts of an annotation an audit entry shows as before/after. */
function auditView(a: Annotation) {
  return { category: a.category, comment: a.comment, tags: a.tags, start: a.start, end: a.end, quote: a.quote, anchorStatus: a.anchorStatus, deleted: a.deletedAt !== null };
}

function normaliseTags(tags: string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/**
 * Annotations. Every write is immediate and transactional with its audit entry; deletes are soft so the UI can
 * undo them (restore), and a deleted annotation is hidden from lists but kept.
 */
export class AnnotationsRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly db: SqliteDatabase) {
    this.audit = new AuditRepository(db);
  }

  create(input: AnnotationInput, author: string, now: string): Annotation {
    const s = input.selectors;
    const id = this.db.transaction(() => {
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
          comment: input.comment ?? '',
          tags: JSON.stringify(normaliseTags(input.tags)),
          author,
          start: s.start,
          end: s.end,
          quote: s.exact,
          prefix: s.prefix,
          suffix: s.suffix,
          page: s.page,
          boxes: JSON.stringify(s.boxes),
          anchorStatus: input.anchorStatus ?? 'anchored',
          anchorConfidence: input.anchorConfidence ?? 1,
          carriedFrom: input.carriedFrom ?? null,
          now,
        });
      const id = Number(info.lastInsertRowid);
      const created = this.get(id);
      this.audit.append({
        at: now,
        actor: author,
        entity: 'annotation',
        entityId: id,
        action: 'create',
        documentId: input.documentId,
        summary: `Added a ${input.category} annotation on “${clip(s.exact)}”`,
        after: auditView(created),
      });
      return id;
    }).immediate();
    return this.get(id);
  }

  get(id: number): Annotation {
    const row = this.db.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `There is no annotation ${id}.`, { id });
    return toAnnotation(row);
  }

  listForDocument(documentId: number, options: { includeDeleted?: boolean } = {}): Annotation[] {
    const sql = `SELECT * FROM annotations WHERE document_id = ? ${options.includeDeleted ? '' : 'AND deleted_at IS NULL'} ORDER BY start, id`;
    return (this.db.prepare(sql).all(documentId) as AnnotationRow[]).map(toAnnotation);
  }

  update(id: number, change: AnnotationChange, actor: string, now: string): Annotation {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (before.deletedAt) throw new StoreError('CONFLICT', `Annotation ${id} was deleted; restore it before editing.`, { id });
      const s = change.selectors;
      this.db
        .prepare(
          `UPDATE annotations SET category = @category, comment = @comment, tags_json = @tags, start = @start, end = @end,
             quote = @quote, prefix = @prefix, suffix = @suffix, page = @page, boxes_json = @boxes,
             anchor_status = @anchorStatus, anchor_confidence = @anchorConfidence, updated_at = @now WHERE id = @id`,
        )
        .run({
          id,
          category: change.category ?? before.category,
          comment: change.comment ?? before.comment,
          tags: JSON.stringify(change.tags ? normaliseTags(change.tags) : before.tags),
          start: s?.start ?? before.start,
          end: s?.end ?? before.end,
          quote: s?.exact ?? before.quote,
          prefix: s?.prefix ?? before.prefix,
          suffix: s?.suffix ?? before.suffix,
          page: s ? s.page : before.page,
          boxes: JSON.stringify(s?.boxes ?? before.boxes),
          anchorStatus: change.anchorStatus ?? (s ? 'anchored' : before.anchorStatus),
          anchorConfidence: s || change.anchorStatus === 'anchored' ? 1 : before.anchorConfidence,
          now,
        });
      const after = this.get(id);
      this.audit.append({
        at: now,
        actor,
        entity: 'annotation',
        entityId: id,
        action: 'update',
        documentId: before.documentId,
        summary: describeAnnotationChange(before, after),
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    }).immediate();
  }

  /** Soft delete: hidden from lists, kept for undo and for the audit trail. */
  delete(id: number, actor: string, now: string): Annotation {
    return this.setDeleted(id, now, actor, now, 'delete');
  }

  /** Undo of a delete. */
  restore(id: number, actor: string, now: string): Annotation {
    return this.setDeleted(id, null, actor, now, 'restore');
  }

  private setDeleted(id: number, deletedAt: string | null, actor: string, now: string, action: 'delete' | 'restore'): Annotation {
    return this.db.transaction(() => {
      const before = this.get(id);
      this.db.prepare('UPDATE annotations SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, now, id);
      const after = this.get(id);
      this.audit.append({
        at: now,
        actor,
        entity: 'annotation',
        entityId: id,
        action,
        documentId: before.documentId,
        summary: `${action === 'delete' ? 'Deleted' : 'Restored'} the ${before.category} annotation on “${clip(before.quote)}”`,
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    }).immediate();
  }
}

function describeAnnotationChange(before: Annotation, after: Annotation): string {
  const parts: string[] = [];
  if (before.category !== after.category) parts.push(`category ${before.category} → ${after.category}`);
  if (before.comment !== after.comment) parts.push('comment');
  if (before.tags.join() !== after.tags.join()) parts.push(`tags [${after.tags.join(', ')}]`);
  if (before.start !== after.start || before.end !== after.end) parts.push('position');
  if (before.anchorStatus !== after.anchorStatus) parts.push(`anchor ${before.anchorStatus} → ${after.anchorStatus}`);
  return `Edited the annotation on “${clip(after.quote)}”${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
