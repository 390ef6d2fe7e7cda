import type { Analysis } from '../analysis/types';
import type { DocumentAssessment } from '../assess/types';
import type { Category, Finding, FindingFacts, Stance } from '../clauses/types';
import type { LicenseMatch } from '../licenses/types';
import { clip } from './annotations';
import { AuditRepository } from './audit';
import type { SqliteDatabase } from './database';
import { StoreError } from './errors';

export type FindingStatus = 'suggested' | 'confirmed' | 'rejected';

/** A finding as stored: the engine's suggestion plus the reviewer's decision. */
export interface StoredFinding extends Finding {
  /** Row id in the library (the engine's own id is `id`, e.g. "f3"). */
  findingId: number;
  documentId: number;
  status: FindingStatus;
  /** The category the reviewer moved it to, or null. `category` is always the effective one. */
  reviewerCategory: Category | null;
  /** What the engine suggested, kept when a reviewer re-categorises. */
  suggestedCategory: Category;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface StoredAnalysis {
  documentId: number;
  rulesVersion: string;
  analyzedAt: string;
  license: LicenseMatch | null;
  assessment: DocumentAssessment;
}

interface FindingRow {
  id: number;
  document_id: number;
  finding_key: string;
  category: string;
  start: number;
  end: number;
  quote: string;
  page: number | null;
  stance: string;
  facts_json: string;
  rule: string;
  confidence: number;
  explanation: string;
  status: string;
  reviewer_category: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

function toStoredFinding(row: FindingRow): StoredFinding {
  const suggested = row.category as Category;
  return {
    findingId: row.id,
    documentId: row.document_id,
    id: row.finding_key,
    category: (row.reviewer_category as Category | null) ?? suggested,
    suggestedCategory: suggested,
    start: row.start,
    end: row.end,
    quote: row.quote,
    page: row.page,
    stance: row.stance as Stance,
    facts: JSON.parse(row.facts_json) as FindingFacts,
    rule: row.rule,
    confidence: row.confidence,
    explanation: row.explanation,
    status: row.status as FindingStatus,
    reviewerCategory: row.reviewer_category as Category | null,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  };
}

/**
 * Writes an analysis and its findings for a document (caller holds the transaction). Reviewer decisions on the
 * previous findings survive a re-analysis when the new finding covers the same span with the same rule or
 * category — a rules upgrade must not silently undo counsel's work.
 */
export function saveAnalysisRows(db: SqliteDatabase, documentId: number, analysis: Analysis, now: string): void {
  const previous = (db.prepare('SELECT * FROM findings WHERE document_id = ? AND status != ?').all(documentId, 'suggested') as FindingRow[]);
  const decisionFor = (f: Finding) =>
    previous.find((p) => p.start === f.start && p.end === f.end && (p.rule === f.rule || p.category === f.category));
  db.prepare('DELETE FROM findings WHERE document_id = ?').run(documentId);
  db.prepare(
    `INSERT INTO analyses (document_id, rules_version, analyzed_at, license_json, assessment_json, license_id, license_match, commercial_use)
     VALUES (@documentId, @rulesVersion, @now, @license, @assessment, @licenseId, @licenseMatch, @commercialUse)
     ON CONFLICT (document_id) DO UPDATE SET rules_version = excluded.rules_version, analyzed_at = excluded.analyzed_at,
       license_json = excluded.license_json, assessment_json = excluded.assessment_json, license_id = excluded.license_id,
       license_match = excluded.license_match, commercial_use = excluded.commercial_use`,
  ).run({
    documentId,
    rulesVersion: analysis.rulesVersion,
    now,
    license: analysis.license ? JSON.stringify(analysis.license) : null,
    assessment: JSON.stringify(analysis.assessment),
    licenseId: analysis.license?.id ?? null,
    licenseMatch: analysis.license?.match ?? null,
    commercialUse: analysis.assessment.commercialUse,
  });
  const insert = db.prepare(
    `INSERT INTO findings (document_id, finding_key, category, start, end, quote, page, stance, facts_json, rule, confidence,
       explanation, status, reviewer_category, reviewed_by, reviewed_at)
     VALUES (@documentId, @key, @category, @start, @end, @quote, @page, @stance, @facts, @rule, @confidence, @explanation,
       @status, @reviewerCategory, @reviewedBy, @reviewedAt)`,
  );
  for (const f of analysis.findings) {
    const kept = decisionFor(f);
    insert.run({
      documentId,
      key: f.id,
      category: f.category,
      start: f.start,
      end: f.end,
      quote: f.quote,
      page: f.page,
      stance: f.stance,
      facts: JSON.stringify(f.facts),
      rule: f.rule,
      confidence: f.confidence,
      explanation: f.explanation,
      status: kept?.status ?? 'suggested',
      reviewerCategory: kept?.reviewer_category ?? null,
      reviewedBy: kept?.reviewed_by ?? null,
      reviewedAt: kept?.reviewed_at ?? null,
    });
  }
}

export class FindingsRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly db: SqliteDatabase) {
    this.audit = new AuditRepository(db);
  }

  saveAnalysis(documentId: number, analysis: Analysis, now: string): void {
    this.db.transaction(() => saveAnalysisRows(this.db, documentId, analysis, now)).immediate();
  }

  getAnalysis(documentId: number): StoredAnalysis | null {
    const row = this.db.prepare('SELECT * FROM analyses WHERE document_id = ?').get(documentId) as
      | { document_id: number; rules_version: string; analyzed_at: string; license_json: string | null; assessment_json: string }
      | undefined;
    if (!row) return null;
    return {
      documentId: row.document_id,
      rulesVersion: row.rules_version,
      analyzedAt: row.analyzed_at,
      license: row.license_json ? (JSON.parse(row.license_json) as LicenseMatch) : null,
      assessment: JSON.parse(row.assessment_json) as DocumentAssessment,
    };
  }

  listForDocument(documentId: number): StoredFinding[] {
    return (this.db.prepare('SELECT * FROM findings WHERE document_id = ? ORDER BY start, id').all(documentId) as FindingRow[]).map(toStoredFinding);
  }

  get(findingId: number): StoredFinding {
    const row = this.db.prepare('SELECT * FROM findings WHERE id = ?').get(findingId) as FindingRow | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `There is no finding ${findingId}.`, { findingId });
    return toStoredFinding(row);
  }

  /** Records a reviewer's decision (confirm, reject, back to suggested, and/or another category), with its audit entry. */
  review(findingId: number, change: { status?: FindingStatus; category?: Category | null }, reviewer: string, now: string): StoredFinding {
    return this.db.transaction(() => {
      const before = this.get(findingId);
      const reviewerCategory =
        change.category === undefined ? before.reviewerCategory : change.category === before.suggestedCategory ? null : change.category;
      this.db
        .prepare('UPDATE findings SET status = ?, reviewer_category = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?')
        .run(change.status ?? before.status, reviewerCategory, reviewer, now, findingId);
      const after = this.get(findingId);
      this.audit.append({
        at: now,
        actor: reviewer,
        entity: 'finding',
        entityId: findingId,
        action: 'review',
        documentId: before.documentId,
        summary: describeReview(before, after),
        before: { status: before.status, category: before.category },
        after: { status: after.status, category: after.category },
      });
      return after;
    }).immediate();
  }
}

function describeReview(before: StoredFinding, after: StoredFinding): string {
  const what = `finding ${before.id} (${before.category}) “${clip(before.quote)}”`;
  const parts: string[] = [];
  if (before.status !== after.status) parts.push(after.status === 'confirmed' ? 'Confirmed' : after.status === 'rejected' ? 'Rejected' : 'Reset to suggested');
  if (before.category !== after.category) parts.push(`${parts.length ? 'and moved' : 'Moved'} to ${after.category}`);
  return `${parts.join(' ') || 'Reviewed'} ${what}`;
}
