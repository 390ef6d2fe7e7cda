import type { SqliteDatabase } from './database';

export type AuditEntity = 'document' | 'finding' | 'annotation' | 'assessment';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: AuditEntity;
  entityId: number;
  action: string;
  documentId: number | null;
  assessmentId: number | null;
  /** One line in plain words: "Confirmed finding f3 (commercial-use)". */
  summary: string;
  before: unknown;
  after: unknown;
}

export interface AuditInput {
  at: string;
  actor: string;
  entity: AuditEntity;
  entityId: number;
  action: string;
  documentId?: number | null;
  assessmentId?: number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The audit trail. Repositories append to it inside the same transaction as the change it records, so a change
 * and its record are written together or not at all.
 */
export class AuditRepository {
  constructor(private readonly db: SqliteDatabase) {}

  append(entry: AuditInput): void {
    this.db
      .prepare(
        `INSERT INTO audit_log (at, actor, entity, entity_id, action, document_id, assessment_id, summary, before_json, after_json)
         VALUES (@at, @actor, @entity, @entityId, @action, @documentId, @assessmentId, @summary, @before, @after)`,
      )
      .run({
        ...entry,
        documentId: entry.documentId ?? null,
        assessmentId: entry.assessmentId ?? null,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
      });
  }

  forDocument(documentId: number): AuditEntry[] {
    return this.query('WHERE document_id = ?', documentId);
  }

  forAssessment(assessmentId: number): AuditEntry[] {
    return this.query('WHERE assessment_id = ?', assessmentId);
  }

  forEntity(entity: AuditEntity, entityId: number): AuditEntry[] {
    return this.query('WHERE entity = ? AND entity_id = ?', entity, entityId);
  }

  private query(where: string, ...params: unknown[]): AuditEntry[] {
    const rows = this.db.prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC`).all(...params) as Array<{
      id: number;
      at: string;
      actor: string;
      entity: AuditEntity;
      entity_id: number;
      action: string;
      document_id: number | null;
      assessment_id: number | null;
      summary: string;
      before_json: string | null;
      after_json: string | null;
    }>;
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      documentId: r.document_id,
      assessmentId: r.assessment_id,
      summary: r.summary,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
    }));
  }
}
