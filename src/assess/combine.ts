import type { Category } from '../clauses/types';
import type { LicenseMatch } from '../licenses/types';
import { CORE_TOPICS, VERDICT_LABELS, type AssessmentRole, type CoreTopicId } from './topics';
import type { DocumentAssessment } from './types';

/** A clause an answer rests on, kept with its words so a memo can quote it even after a re-analysis. */
export interface DecidingClause {
  findingId: number;
  key: string;
  category: Category;
  quote: string;
  page: number | null;
  section: string | null;
}

/** One attached document as the combination sees it. */
export interface AttachedAnalysis {
  documentId: number;
  title: string;
  role: AssessmentRole;
  assessment: DocumentAssessment;
  license: LicenseMatch | null;
  /** The document's findings (reviewer decisions applied), to name the clauses behind each answer. */
  clauses: DecidingClause[];
}

export interface TopicPrefill {
  topic: CoreTopicId;
  verdict: string;
  conditions: string;
  decidingDocumentId: number | null;
  decidingClauses: DecidingClause[];
  /** Every document's own answer, so counsel sees what was outweighed. */
  perDocument: Array<{ documentId: number; role: AssessmentRole; value: string }>;
  warnings: string[];
}

type FieldOf = (a: DocumentAssessment) => string;

const TOPIC_FIELDS: Record<CoreTopicId, { value: FieldOf; decidedBy: (a: DocumentAssessment) => string[] }> = {
  'commercial-use': { value: (a) => a.commercialUse, decidedBy: (a) => a.decidedBy.commercialUse },
  attribution: { value: (a) => (a.attributionRequired ? 'required' : 'not-required'), decidedBy: (a) => a.decidedBy.attributionRequired },
  'output-ownership': { value: (a) => a.outputOwnership, decidedBy: (a) => [...a.decidedBy.outputOwnership, ...a.decidedBy.outputRestrictions] },
  'acceptable-use': { value: (a) => a.acceptableUse, decidedBy: (a) => a.decidedBy.acceptableUse },
};

/**
 * The most restrictive answer per topic across the attached documents, naming the document and the clauses that
 * decided it. Ties go to the earlier document (attach order: the weights licence usually first). A document whose
 * licence text was identified as modified from its reference gets a warning on every answer it decides.
 */
export function combineMostRestrictive(docs: AttachedAnalysis[]): TopicPrefill[] {
  return CORE_TOPICS.map((topic) => {
    const order = topic.restrictiveness as readonly string[];
    const field = TOPIC_FIELDS[topic.id];
    const perDocument = docs.map((d) => ({ documentId: d.documentId, role: d.role, value: field.value(d.assessment) }));
    let decider: AttachedAnalysis | null = null;
    for (const d of docs) {
      if (!decider || order.indexOf(field.value(d.assessment)) < order.indexOf(field.value(decider.assessment))) decider = d;
    }
    if (!decider) {
      return { topic: topic.id, verdict: order[order.length - 1], conditions: '', decidingDocumentId: null, decidingClauses: [], perDocument, warnings: ['No documents are attached yet.'] };
    }
    const verdict = field.value(decider.assessment);
    const ids = new Set(field.decidedBy(decider.assessment));
    const decidingClauses = decider.clauses.filter((c) => ids.has(c.key));
    const warnings: string[] = [];
    if (decider.license?.match === 'modified') {
      warnings.push(
        `Pre-filled from “${decider.title}”, whose text differs from the reference ${decider.license.name}: read the differences before relying on this answer.`,
      );
    }
    return {
      topic: topic.id,
      verdict,
      conditions: conditionsFor(topic.id, decider, docs),
      decidingDocumentId: decider.documentId,
      decidingClauses,
      perDocument,
      warnings,
    };
  });
}

function conditionsFor(topic: CoreTopicId, decider: AttachedAnalysis, docs: AttachedAnalysis[]): string {
  const a = decider.assessment;
  switch (topic) {
    case 'commercial-use':
      return a.commercialCondition ?? '';
    case 'attribution': {
      const requiring = docs.filter((d) => d.assessment.attributionRequired).map((d) => `“${d.title}”`);
      return requiring.length ? `Attribution or notices required by ${requiring.join(', ')}.` : '';
    }
    case 'output-ownership': {
      const restricting = docs.filter((d) => d.assessment.outputRestrictions).map((d) => `“${d.title}”`);
      return restricting.length ? `Restrictions on the use of outputs in ${restricting.join(', ')}.` : '';
    }
    case 'acceptable-use': {
      const parts = docs
        .filter((d) => d.assessment.acceptableUse !== 'none')
        .map((d) => `“${d.title}” (${VERDICT_LABELS[d.assessment.acceptableUse].toLowerCase()})`);
      return parts.length ? `Use must comply with the restrictions in ${parts.join(', ')}.` : '';
    }
  }
}
