/**
 * What a memo of an assessment must say, worked out from the library directly (not from the memo model), so a
 * renderer that drops or garbles something is caught.
 */
import type { ApiContext } from '../../src/api';
import { DECISION_LABELS, VERDICT_LABELS } from '../../src/assess/topics';
import { sectionAt } from '../../src/document/sections';

export interface ExpectedFinding {
  category: string;
  quote: string;
  section: string | null;
  page: number | null;
  documentTitle: string;
  status: string;
}

export function expectedMemo(ctx: ApiContext, assessmentId: number) {
  const { library } = ctx;
  const assessment = library.assessments.get(assessmentId);
  const title = (id: number) => library.documents.get(id).title;
  const findings: ExpectedFinding[] = [];
  for (const { documentId } of assessment.documents) {
    const model = library.documents.getModel(documentId);
    for (const f of library.findings.listForDocument(documentId)) {
      findings.push({ category: f.category, quote: f.quote, section: sectionAt(model, f.start), page: f.page, documentTitle: title(documentId), status: f.status });
    }
  }
  const annotations = assessment.documents.flatMap(({ documentId }) => {
    const model = library.documents.getModel(documentId);
    return library.annotations.listForDocument(documentId).map((a) => ({ quote: a.quote, comment: a.comment, author: a.author, section: sectionAt(model, a.start), documentTitle: title(documentId) }));
  });
  return {
    assessment,
    verdicts: assessment.verdicts.map((v) => ({
      title: v.title,
      label: VERDICT_LABELS[v.verdict] ?? v.verdict,
      conditions: v.conditions,
      decidingTitle: v.decidingDocumentId === null ? null : title(v.decidingDocumentId),
      rationale: v.rationale,
    })),
    decisionLabel: assessment.decision ? DECISION_LABELS[assessment.decision] : 'No decision yet',
    live: findings.filter((f) => f.status !== 'rejected'),
    rejected: findings.filter((f) => f.status === 'rejected'),
    annotations,
    documents: assessment.documents.map(({ documentId }) => library.documents.get(documentId)),
  };
}

/** "§ 1.b.v" / "p. 3" as the memo cites a finding. */
export function citationOf(f: { section: string | null; page: number | null }): string | null {
  const parts = [f.section ? `§ ${f.section}` : null, f.page ? `p. ${f.page}` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}
