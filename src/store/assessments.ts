import type { DecidingClause, TopicPrefill } from '../assess/combine';
import { CORE_TOPICS, isCoreTopic, type AssessmentRole, type AssessmentStatus, type Decision } from '../assess/topics';
import { clip } from './annotations';
import { AuditRepository } from './audit';
import type { SqliteDatabase } from './database';
import { StoreError } from './errors';

export interface AttachedDocument {
  documentId: number;
  role: AssessmentRole;
}

export interface Verdict {
  topic: string;
  title: string;
  position: number;
  verdict: string;
  conditions: string;
  rationale: string;
  decidingDocumentId: number | null;
  decidingClauses: DecidingClause[];
  /** The engine's suggestion, kept beside the reviewer's answer. Null for free topics. */
  prefill: TopicPrefill | null;
  warnings: string[];
  /** Null while the answer is still the engine's suggestion. */
  editedBy: string | null;
  editedAt: string | null;
}

export interface Assessment {
  id: number;
  modelName: string;
  intendedUse: string;
  reviewer: string;
  status: AssessmentStatus;
  decision: Decision | null;
  conditions: string[];
  openQuestions: string[];
  notes: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  documents: AttachedDocument[];
  verdicts: Verdict[];
}

export interface AssessmentChange {
  modelName?: string;
  intendedUse?: string;
  reviewer?: string;
  status?: AssessmentStatus;
  decision?: Decision | null;
  conditions?: string[];
  openQuestions?: string[];
  notes?: string;
}

export interface VerdictChange {
  verdict?: string;
  conditions?: string;
  rationale?: string;
  title?: string;
}

interface AssessmentRow {
  id: number;
  model_name: string;
  intended_use: string;
  reviewer: string;
  status: AssessmentStatus;
  decision: Decision | null;
  conditions_json: string;
  open_questions_json: string;
  notes: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
}

interface VerdictRow {
  topic: string;
  title: string;
  position: number;
  verdict: string;
  conditions: string;
  rationale: string;
  deciding_document_id: number | null;
  deciding_findings_json: string;
  prefill_json: string | null;
  warnings_json: string;
  edited_by: string | null;
  edited_at: string | null;
}

function toVerdict(r: VerdictRow): Verdict {
  return {
    topic: r.topic,
    title: r.title,
    position: r.position,
    verdict: r.verdict,
    conditions: r.conditions,
    rationale: r.rationale,
    decidingDocumentId: r.deciding_document_id,
    decidingClauses: JSON.parse(r.deciding_findings_json) as DecidingClause[],
    prefill: r.prefill_json ? (JSON.parse(r.prefill_json) as TopicPrefill) : null,
    warnings: JSON.parse(r.warnings_json) as string[],
    editedBy: r.edited_by,
    editedAt: r.edited_at,
  };
}

const auditFields = (a: Assessment) => ({
  modelName: a.modelName,
  intendedUse: a.intendedUse,
  reviewer: a.reviewer,
  status: a.status,
  decision: a.decision,
  conditions: a.conditions,
  openQuestions: a.openQuestions,
  notes: a.notes,
});

const verdictAudit = (v: Verdict) => ({ verdict: v.verdict, conditions: v.conditions, rationale: v.rationale, title: v.title });

/** Assessments, their attached documents and verdicts. Every change is written with its audit entry. */
export class AssessmentsRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly db: SqliteDatabase) {
    this.audit = new AuditRepository(db);
  }

  create(input: { modelName: string; intendedUse: string; reviewer: string; documents: AttachedDocument[] }, prefills: TopicPrefill[], actor: string, now: string): Assessment {
    const id = this.db.transaction(() => {
      const info = this.db
        .prepare(`INSERT INTO assessments (model_name, intended_use, reviewer, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
        .run(input.modelName, input.intendedUse, input.reviewer, now, now);
      const id = Number(info.lastInsertRowid);
      this.writeDocuments(id, input.documents);
      this.writePrefills(id, prefills, true);
      this.audit.append({
        at: now,
        actor,
        entity: 'assessment',
        entityId: id,
        action: 'create',
        assessmentId: id,
        summary: `Created the assessment of ${input.modelName} for “${clip(input.intendedUse)}” with ${input.documents.length} document(s)`,
        after: { ...input },
      });
      return id;
    }).immediate();
    return this.get(id);
  }

  get(id: number): Assessment {
    const row = this.db.prepare('SELECT * FROM assessments WHERE id = ?').get(id) as AssessmentRow | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `There is no assessment ${id}.`, { id });
    const documents = (this.db.prepare('SELECT document_id, role FROM assessment_documents WHERE assessment_id = ? ORDER BY position').all(id) as Array<{ document_id: number; role: AssessmentRole }>).map(
      (d) => ({ documentId: d.document_id, role: d.role }),
    );
    const verdicts = (this.db.prepare('SELECT * FROM assessment_verdicts WHERE assessment_id = ? ORDER BY position, topic').all(id) as VerdictRow[]).map(toVerdict);
    return {
      id: row.id,
      modelName: row.model_name,
      intendedUse: row.intended_use,
      reviewer: row.reviewer,
      status: row.status,
      decision: row.decision,
      conditions: JSON.parse(row.conditions_json) as string[],
      openQuestions: JSON.parse(row.open_questions_json) as string[],
      notes: row.notes,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      submittedAt: row.submitted_at,
      decidedAt: row.decided_at,
      documents,
      verdicts,
    };
  }

  list(): Assessment[] {
    return (this.db.prepare('SELECT id FROM assessments ORDER BY updated_at DESC, id DESC').all() as Array<{ id: number }>).map((r) => this.get(r.id));
  }

  /** Assessments that rely on a document (for change notices when a newer version arrives). */
  listUsingDocument(documentId: number): Assessment[] {
    return (this.db.prepare('SELECT DISTINCT assessment_id AS id FROM assessment_documents WHERE document_id = ?').all(documentId) as Array<{ id: number }>).map((r) => this.get(r.id));
  }

  update(id: number, change: AssessmentChange, actor: string, now: string): Assessment {
    return this.db.transaction(() => {
      const before = this.get(id);
      const next = { ...auditFields(before), ...stripUndefined(change) };
      if (next.status === 'decided' && !next.decision) {
        throw new StoreError('CONFLICT', 'An assessment can be marked decided only once it has a decision (approved, approved with conditions, rejected or needs information).');
      }
      const submittedAt = next.status !== 'draft' && before.status === 'draft' ? now : next.status === 'draft' ? null : before.submittedAt;
      const decidedAt = next.status === 'decided' ? (before.status === 'decided' ? before.decidedAt : now) : null;
      this.db
        .prepare(
          `UPDATE assessments SET model_name = @modelName, intended_use = @intendedUse, reviewer = @reviewer, status = @status,
             decision = @decision, conditions_json = @conditions, open_questions_json = @openQuestions, notes = @notes,
             submitted_at = @submittedAt, decided_at = @decidedAt, updated_at = @now WHERE id = @id`,
        )
        .run({
          id,
          ...next,
          conditions: JSON.stringify(next.conditions),
          openQuestions: JSON.stringify(next.openQuestions),
          submittedAt,
          decidedAt,
          now,
        });
      const after = this.get(id);
      const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(auditFields(before)[k]));
      if (changed.length > 0) {
        const b = auditFields(before) as Record<string, unknown>;
        const a = auditFields(after) as Record<string, unknown>;
        this.audit.append({
          at: now,
          actor,
          entity: 'assessment',
          entityId: id,
          action: change.status && change.status !== before.status ? `status:${change.status}` : 'update',
          assessmentId: id,
          summary: describeAssessmentChange(changed, before, after),
          before: Object.fromEntries(changed.map((k) => [k, b[k]])),
          after: Object.fromEntries(changed.map((k) => [k, a[k]])),
        });
      }
      return after;
    }).immediate();
  }

  /** Replaces the attached documents and re-computes every verdict the reviewer has not edited. */
  setDocuments(id: number, documents: AttachedDocument[], prefills: TopicPrefill[], actor: string, now: string): Assessment {
    return this.db.transaction(() => {
      const before = this.get(id);
      this.writeDocuments(id, documents);
      this.writePrefills(id, prefills, false);
      this.db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?').run(now, id);
      this.audit.append({
        at: now,
        actor,
        entity: 'assessment',
        entityId: id,
        action: 'documents',
        assessmentId: id,
        summary: `Changed the documents of the assessment (${before.documents.length} → ${documents.length})`,
        before: before.documents,
        after: documents,
      });
      return this.get(id);
    }).immediate();
  }

  /** Refreshes the engine's suggestions (e.g. after a re-analysis); answers the reviewer edited stay as they are. */
  refreshPrefills(id: number, prefills: TopicPrefill[]): Assessment {
    this.db.transaction(() => this.writePrefills(id, prefills, false)).immediate();
    return this.get(id);
  }

  updateVerdict(id: number, topic: string, change: VerdictChange, actor: string, now: string): Assessment {
    return this.db.transaction(() => {
      const assessment = this.get(id);
      const before = assessment.verdicts.find((v) => v.topic === topic);
      if (!before) throw new StoreError('NOT_FOUND', `Assessment ${id} has no topic ${topic}.`, { id, topic });
      const next = { verdict: change.verdict ?? before.verdict, conditions: change.conditions ?? before.conditions, rationale: change.rationale ?? before.rationale, title: change.title ?? before.title };
      this.db
        .prepare(
          `UPDATE assessment_verdicts SET verdict = @verdict, conditions = @conditions, rationale = @rationale, title = @title,
             edited_by = @actor, edited_at = @now WHERE assessment_id = @id AND topic = @topic`,
        )
        .run({ ...next, actor, now, id, topic });
      this.db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?').run(now, id);
      const after = this.get(id).verdicts.find((v) => v.topic === topic)!;
      this.audit.append({
        at: now,
        actor,
        entity: 'assessment',
        entityId: id,
        action: 'verdict',
        assessmentId: id,
        summary:
          before.verdict !== after.verdict
            ? `${after.title}: changed the verdict from ${before.verdict} to ${after.verdict}${after.rationale ? ` — “${clip(after.rationale, 80)}”` : ''}`
            : `${after.title}: edited ${(['conditions', 'rationale', 'title'] as const).filter((k) => before[k] !== after[k]).join(', ') || 'nothing'}`,
        before: verdictAudit(before),
        after: verdictAudit(after),
      });
      return this.get(id);
    }).immediate();
  }

  addTopic(id: number, topic: string, title: string, actor: string, now: string): Assessment {
    return this.db.transaction(() => {
      const assessment = this.get(id);
      if (assessment.verdicts.some((v) => v.topic === topic)) throw new StoreError('CONFLICT', `The assessment already has a topic “${title}”.`, { topic });
      const position = Math.max(0, ...assessment.verdicts.map((v) => v.position)) + 1;
      this.db
        .prepare(`INSERT INTO assessment_verdicts (assessment_id, topic, title, position, verdict, edited_by, edited_at) VALUES (?, ?, ?, ?, '', ?, ?)`)
        .run(id, topic, title, position, actor, now);
      this.audit.append({ at: now, actor, entity: 'assessment', entityId: id, action: 'topic-add', assessmentId: id, summary: `Added the topic “${title}”`, after: { topic, title } });
      return this.get(id);
    }).immediate();
  }

  removeTopic(id: number, topic: string, actor: string, now: string): Assessment {
    if (isCoreTopic(topic)) throw new StoreError('CONFLICT', 'The four core topics cannot be removed from an assessment.', { topic });
    return this.db.transaction(() => {
      const before = this.get(id).verdicts.find((v) => v.topic === topic);
      if (!before) throw new StoreError('NOT_FOUND', `Assessment ${id} has no topic ${topic}.`, { id, topic });
      this.db.prepare('DELETE FROM assessment_verdicts WHERE assessment_id = ? AND topic = ?').run(id, topic);
      this.audit.append({ at: now, actor, entity: 'assessment', entityId: id, action: 'topic-remove', assessmentId: id, summary: `Removed the topic “${before.title}”`, before: verdictAudit(before) });
      return this.get(id);
    }).immediate();
  }

  delete(id: number, actor: string, now: string): void {
    this.db.transaction(() => {
      const before = this.get(id);
      this.db.prepare('DELETE FROM assessments WHERE id = ?').run(id);
      this.audit.append({ at: now, actor, entity: 'assessment', entityId: id, action: 'delete', assessmentId: id, summary: `Deleted the assessment of ${before.modelName}`, before: auditFields(before) });
    }).immediate();
  }

  private writeDocuments(id: number, documents: AttachedDocument[]): void {
    this.db.prepare('DELETE FROM assessment_documents WHERE assessment_id = ?').run(id);
    const insert = this.db.prepare('INSERT INTO assessment_documents (assessment_id, document_id, role, position) VALUES (?, ?, ?, ?)');
    documents.forEach((d, i) => {
      const exists = this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(d.documentId);
      if (!exists) throw new StoreError('NOT_FOUND', `There is no document ${d.documentId} in this library.`, { id: d.documentId });
      insert.run(id, d.documentId, d.role, i);
    });
  }

  /** Writes the engine's suggestions; an answer the reviewer edited keeps its value (only its stored suggestion moves). */
  private writePrefills(id: number, prefills: TopicPrefill[], fresh: boolean): void {
    const upsert = this.db.prepare(
      `INSERT INTO assessment_verdicts (assessment_id, topic, title, position, verdict, conditions, deciding_document_id, deciding_findings_json, prefill_json, warnings_json)
       VALUES (@id, @topic, @title, @position, @verdict, @conditions, @decidingDocumentId, @clauses, @prefill, @warnings)
       ON CONFLICT (assessment_id, topic) DO UPDATE SET
         prefill_json = excluded.prefill_json,
         verdict = CASE WHEN edited_by IS NULL THEN excluded.verdict ELSE verdict END,
         conditions = CASE WHEN edited_by IS NULL THEN excluded.conditions ELSE conditions END,
         deciding_document_id = CASE WHEN edited_by IS NULL THEN excluded.deciding_document_id ELSE deciding_document_id END,
         deciding_findings_json = CASE WHEN edited_by IS NULL THEN excluded.deciding_findings_json ELSE deciding_findings_json END,
         warnings_json = excluded.warnings_json`,
    );
    if (fresh) this.db.prepare('DELETE FROM assessment_verdicts WHERE assessment_id = ?').run(id);
    for (const p of prefills) {
      const topic = CORE_TOPICS.find((t) => t.id === p.topic)!;
      upsert.run({
        id,
        topic: p.topic,
        title: topic.title,
        position: CORE_TOPICS.indexOf(topic),
        verdict: p.verdict,
        conditions: p.conditions,
        decidingDocumentId: p.decidingDocumentId,
        clauses: JSON.stringify(p.decidingClauses),
        prefill: JSON.stringify(p),
        warnings: JSON.stringify(p.warnings),
      });
    }
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describeAssessmentChange(changed: string[], before: Assessment, after: Assessment): string {
  if (changed.includes('status') && before.status !== after.status) {
    const decision = after.decision ? ` (${after.decision})` : '';
    return `Status ${before.status} → ${after.status}${after.status === 'decided' ? decision : ''}${changed.length > 1 ? `; also changed ${changed.filter((c) => c !== 'status').join(', ')}` : ''}`;
  }
  if (changed.includes('decision') && changed.length === 1) return `Decision ${before.decision ?? 'none'} → ${after.decision ?? 'none'}`;
  return `Edited ${changed.join(', ')}`;
}
