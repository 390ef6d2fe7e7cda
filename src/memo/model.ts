import { DECISION_LABELS, ROLE_LABELS, VERDICT_LABELS, type AssessmentRole } from '../assess/topics';
import { CATEGORIES } from '../clauses/types';
import type { Assessment, Verdict } from '../store/assessments';
import type { StoredFinding } from '../store/findings';
import type { Library } from '../store/library';
import { libraryVersionChanges } from './changes';
import { AttachedDocuments } from './citations';
import { resolveMemoOptions, type MemoOptions } from './options';
import { formatDate, printable } from './text';
import type {
  Memo,
  MemoAnnotation,
  MemoCitation,
  MemoDocument,
  MemoFinding,
  MemoFindingGroup,
  MemoRationale,
  MemoSummaryRow,
  MemoVersionChanges,
} from './types';
import { STATUS_LABELS, categoryTitle, verdictTone } from './wording';

/**
 * Where "changes since an earlier version" come from: by default the version comparison of src/compare against
 * the earlier version the library holds (changes.ts); tests and callers may pass their own. When no attached
 * document has an earlier version, the memo leaves the section out rather than print it empty.
 */
export type VersionChangesSource = (library: Library, assessment: Assessment, cite: (documentId: number, offset: number) => MemoCitation) => MemoVersionChanges[];

export interface MemoSources {
  /** The clock for the memo's date (tests pin it). */
  now?: () => Date;
  /** Default: libraryVersionChanges. */
  versionChanges?: VersionChangesSource;
}

/**
 * The memo of one assessment as plain data. Every quote carries the document, section and page it comes from,
 * so each statement of the memo can be traced to the clause it rests on.
 */
export function buildMemo(library: Library, assessmentId: number, options: MemoOptions = {}, sources: MemoSources = {}): Memo {
  const resolved = resolveMemoOptions(options);
  const assessment = library.assessments.get(assessmentId);
  const docs = new AttachedDocuments(library, assessment.documents);
  const preparedAt = (sources.now?.() ?? new Date()).toISOString();
  const date = (iso: string) => formatDate(iso, resolved.timeZone);

  const summary = assessment.verdicts.map((v) => summaryRow(v, docs));
  const versionChanges = sources.versionChanges ?? libraryVersionChanges;
  const changes = resolved.sections.includes('changes') ? versionChanges(library, assessment, (id, offset) => docs.citeOffset(id, offset)) : [];
  const decisionLabel = assessment.decision ? DECISION_LABELS[assessment.decision] : 'No decision yet';

  return {
    privilegedHeader: printable(resolved.privilegedHeader),
    // Nothing to say about earlier versions is not a section: it is left out rather than printed empty.
    sections: resolved.sections.filter((s) => s !== 'changes' || changes.length > 0),
    heading: {
      assessmentId: assessment.id,
      title: printable(`Licence review: ${assessment.modelName}`),
      model: printable(assessment.modelName),
      intendedUse: printable(assessment.intendedUse),
      reviewer: printable(assessment.reviewer),
      preparedAt,
      date: date(preparedAt),
      status: assessment.status,
      statusLabel: STATUS_LABELS[assessment.status],
      decision: assessment.decision,
      decisionLabel,
    },
    summary,
    documents: assessment.documents.map((d) => memoDocument(docs, d.documentId, d.role)),
    findings: findingGroups(library, docs, resolved.includeRejected),
    includesRejectedFindings: resolved.includeRejected,
    rationale: assessment.verdicts.map((v, i) => rationaleOf(v, summary[i], date)),
    annotations: annotationsOf(library, docs),
    conditions: assessment.conditions.map(printable),
    openQuestions: assessment.openQuestions.map(printable),
    notes: printable(assessment.notes),
    changes,
    signOff: {
      reviewer: printable(assessment.reviewer),
      date: assessment.decidedAt ? date(assessment.decidedAt) : null,
      decisionLabel,
      statusLabel: STATUS_LABELS[assessment.status],
    },
  };
}

function verdictLabel(verdict: string): string {
  return VERDICT_LABELS[verdict] ?? (printable(verdict) || 'Not answered');
}

function summaryRow(v: Verdict, docs: AttachedDocuments): MemoSummaryRow {
  const decider = v.decidingDocumentId;
  const record = decider === null ? null : docs.record(decider);
  const role = docs.attached.find((d) => d.documentId === decider)?.role;
  const edited = v.prefill !== null && v.editedBy !== null && v.prefill.verdict !== v.verdict;
  return {
    topic: v.topic,
    title: printable(v.title),
    verdict: v.verdict,
    verdictLabel: verdictLabel(v.verdict),
    tone: verdictTone(v.verdict),
    conditions: printable(v.conditions),
    decidingDocument:
      decider === null
        ? null
        : { documentId: decider, documentRef: docs.ref(decider), title: docs.title(decider), roleLabel: role ? ROLE_LABELS[role] : record ? 'No longer attached' : 'Not in the library' },
    clauses: decider === null ? [] : v.decidingClauses.map((c) => ({ quote: printable(c.quote), citation: docs.citeClause(decider, c), findingId: c.findingId })),
    edited,
    suggestedLabel: edited ? verdictLabel(v.prefill!.verdict) : null,
    warnings: v.warnings.map(printable),
  };
}

function memoDocument(docs: AttachedDocuments, documentId: number, role: AssessmentRole): MemoDocument {
  const r = docs.record(documentId)!;
  const licence = r.license;
  return {
    documentId,
    documentRef: docs.ref(documentId),
    title: printable(r.title),
    role,
    roleLabel: ROLE_LABELS[role],
    versionLabel: r.versionLabel ? printable(r.versionLabel) : null,
    effectiveDate: r.effectiveDate,
    // A date without a time is the same day everywhere: format it in UTC so no time zone moves it.
    effectiveDateLabel: r.effectiveDate ? formatDate(`${r.effectiveDate}T00:00:00Z`, 'UTC') : null,
    sha256: r.sha256,
    sourceName: printable(r.sourceName),
    format: r.format,
    pageCount: r.pageCount,
    licence,
    licenceLabel: !licence
      ? 'Not identified'
      : licence.match === 'modified'
        ? `${printable(licence.name)} — modified from the reference text`
        : `${printable(licence.name)} (matches the reference text)`,
    modifiedFromReference: licence?.match === 'modified',
  };
}

function findingStatusLabel(f: StoredFinding): string {
  if (f.status === 'confirmed') return `Confirmed${f.reviewedBy ? ` by ${printable(f.reviewedBy)}` : ''}`;
  if (f.status === 'rejected') return `Rejected${f.reviewedBy ? ` by ${printable(f.reviewedBy)}` : ''}`;
  return 'Suggested by the analysis, not yet reviewed';
}

function findingGroups(library: Library, docs: AttachedDocuments, includeRejected: boolean): MemoFindingGroup[] {
  const byCategory = new Map<string, MemoFinding[]>();
  for (const { documentId } of docs.attached) {
    for (const f of docs.findings(documentId)) {
      if (f.status === 'rejected' && !includeRejected) continue;
      const list = byCategory.get(f.category) ?? [];
      list.push({
        findingId: f.findingId,
        key: f.id,
        quote: printable(f.quote),
        citation: docs.cite(documentId, f.start, f.page),
        stance: f.stance,
        explanation: printable(f.explanation),
        status: f.status,
        statusLabel: findingStatusLabel(f),
        movedFrom: f.reviewerCategory ? categoryTitle(f.suggestedCategory) : null,
      });
      byCategory.set(f.category, list);
    }
  }
  return CATEGORIES.filter((c) => byCategory.has(c)).map((c) => ({ category: c, title: categoryTitle(c), findings: byCategory.get(c)! }));
}

function rationaleOf(v: Verdict, row: MemoSummaryRow, date: (iso: string) => string): MemoRationale {
  return {
    topic: v.topic,
    title: printable(v.title),
    verdictLabel: row.verdictLabel,
    tone: row.tone,
    rationale: printable(v.rationale).trim(),
    editedBy: v.editedBy ? printable(v.editedBy) : null,
    editedAt: v.editedAt ? date(v.editedAt) : null,
    clauses: row.clauses,
  };
}

const ANCHOR_NOTES = {
  anchored: null,
  'needs-confirmation': 'Carried over from an earlier version; its position in this version still needs confirming.',
  orphaned: 'Could not be found in this version of the text; quoted as it was written.',
} as const;

function annotationsOf(library: Library, docs: AttachedDocuments): MemoAnnotation[] {
  return docs.attached.flatMap(({ documentId }) =>
    library.annotations.listForDocument(documentId).map((a) => ({
      annotationId: a.id,
      category: a.category,
      categoryLabel: printable(categoryTitle(a.category)),
      comment: printable(a.comment),
      tags: a.tags.map(printable),
      author: printable(a.author),
      createdAt: a.createdAt,
      quote: printable(a.quote),
      // An orphaned highlight has no place in the current text: cite the document and the page it was made on.
      citation: a.anchorStatus === 'orphaned' ? docs.citation(documentId, null, a.page) : docs.cite(documentId, a.start, a.page),
      anchorStatus: a.anchorStatus,
      anchorNote: ANCHOR_NOTES[a.anchorStatus],
    })),
  );
}
