import { combineMostRestrictive, type AttachedAnalysis, type DecidingClause, type TopicPrefill } from '../assess/combine';
import { sectionAt } from '../document/sections';
import type { AttachedDocument } from '../store/assessments';
import type { Library } from '../store/library';
import { ApiError } from './errors';

/**
 * The analyses of the documents attached to an assessment, as the most-restrictive combination needs them:
 * each document's summary, its identified licence, and its live findings (rejected ones left out, reviewer
 * categories applied) with section references for citing.
 */
export function attachedAnalyses(library: Library, documents: AttachedDocument[]): AttachedAnalysis[] {
  return documents.map(({ documentId, role }) => {
    const record = library.documents.get(documentId);
    const analysis = library.findings.getAnalysis(documentId);
    if (!analysis) throw new ApiError('UNAVAILABLE', `“${record.title}” has not been analysed yet; run reanalyze on it first.`, { documentId });
    const model = library.documents.getModel(documentId);
    const clauses: DecidingClause[] = library.findings
      .listForDocument(documentId)
      .filter((f) => f.status !== 'rejected')
      .map((f) => ({ findingId: f.findingId, key: f.id, category: f.category, quote: f.quote, page: f.page, section: sectionAt(model, f.start) }));
    return { documentId, title: record.title, role, assessment: analysis.assessment, license: analysis.license, clauses };
  });
}

export function prefillVerdicts(library: Library, documents: AttachedDocument[]): TopicPrefill[] {
  return combineMostRestrictive(attachedAnalyses(library, documents));
}
