import { createHash } from 'node:crypto';
import { compareDocuments, type ComparedAnalysis, type Comparison } from '../compare';
import type { Library } from '../store/library';
import type { DocumentRecord } from '../store/records';
import type { VersionChangesSource } from './model';
import { formatDate, printable } from './text';
import type { MemoCitation, MemoVersionChanges } from './types';
import { categoryTitle } from './wording';

const sameTitle = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The version of a document the library held before it: another document of the same family (as the reviewer
 * recorded it) or with the same title — vendors keep a title across versions — that is older by effective date
 * when both have one, else imported earlier (the terms counsel reviewed before the vendor changed them). The
 * most recent such document is the one the memo compares with.
 */
export function earlierVersionOf(doc: DocumentRecord, library: DocumentRecord[]): DocumentRecord | null {
  const older = (a: DocumentRecord, b: DocumentRecord) => (a.effectiveDate && b.effectiveDate ? a.effectiveDate < b.effectiveDate : a.importedAt < b.importedAt || (a.importedAt === b.importedAt && a.id < b.id));
  const candidates = library.filter((d) => d.id !== doc.id && d.sha256 !== doc.sha256 && ((doc.family && d.family === doc.family) || sameTitle(d.title, doc.title)) && older(d, doc));
  return candidates.reduce<DocumentRecord | null>((best, d) => (!best || older(best, d) ? d : best), null);
}

/** The analysis as counsel left it: live findings with their categories, and the stored summary. */
function storedAnalysis(library: Library, documentId: number): ComparedAnalysis | undefined {
  const analysis = library.findings.getAnalysis(documentId);
  if (!analysis) return undefined;
  return { findings: library.findings.listForDocument(documentId).filter((f) => f.status !== 'rejected'), assessment: analysis.assessment };
}

/**
 * Comparing two licences takes a second or more, and the app's export dialog re-renders the memo on every option
 * change: the last comparisons are kept, keyed by both texts and the findings as reviewed, so a new decision on a
 * finding (or a re-analysis) is a new key.
 */
const comparisons = new Map<string, Comparison>();
const KEPT_COMPARISONS = 16;

function compareVersions(library: Library, earlier: DocumentRecord, current: DocumentRecord): Comparison {
  const oldAnalysis = storedAnalysis(library, earlier.id);
  const newAnalysis = storedAnalysis(library, current.id);
  const reviewed = (a: ComparedAnalysis | undefined) => (a ? a.findings.map((f) => `${f.id}:${f.category}:${f.start}`).join(',') + JSON.stringify(a.assessment) : 'none');
  const key = createHash('sha256').update(`${library.path}\n${earlier.sha256}\n${current.sha256}\n${reviewed(oldAnalysis)}\n${reviewed(newAnalysis)}`).digest('hex');
  let comparison = comparisons.get(key);
  if (!comparison) {
    comparison = compareDocuments(library.documents.getModel(earlier.id), library.documents.getModel(current.id), { oldAnalysis, newAnalysis });
    comparisons.set(key, comparison);
    if (comparisons.size > KEPT_COMPARISONS) comparisons.delete(comparisons.keys().next().value!);
  }
  return comparison;
}

function overview(comparison: Comparison): string {
  const s = comparison.stats;
  const counts = (
    [
      [s.modified, 'modified'],
      [s.inserted, 'inserted'],
      [s.deleted, 'deleted'],
      [s.moved, 'moved'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, w]) => `${n} ${w}`);
  const total = comparison.changes.length;
  return `${total} changed passage${total === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}, ${s.material} material; ${Math.round(s.similarity * 100)}% of the earlier wording is unchanged.`;
}

/**
 * "Changes since an earlier version", from the version comparison (src/compare): for each attached document with
 * an earlier version in the library, the changes to the summary answers, then every reason a change is material,
 * each once, cited where it sits in the current text (or, for wording that was removed, where it stood before).
 */
export const libraryVersionChanges: VersionChangesSource = (library, assessment, cite) => {
  const everything = library.documents.list();
  const out: MemoVersionChanges[] = [];
  assessment.documents.forEach(({ documentId }, index) => {
    const doc = library.documents.get(documentId);
    const earlier = earlierVersionOf(doc, everything);
    if (!earlier) return;
    const comparison = compareVersions(library, earlier, doc);
    if (comparison.changes.length === 0) return;
    const byId = new Map(comparison.changes.map((c) => [c.id, c]));
    const where = (changeIds: string[]): { citation: MemoCitation | null; earlierSection: string | null } => {
      const change = changeIds.map((id) => byId.get(id)).find(Boolean);
      if (!change) return { citation: null, earlierSection: null };
      return change.new ? { citation: cite(documentId, change.new.start), earlierSection: null } : { citation: null, earlierSection: change.oldSection };
    };
    const seen = new Set<string>();
    const items: MemoVersionChanges['changes'] = [];
    for (const s of comparison.summaryChanges) {
      seen.add(s.summary);
      items.push({ summary: printable(s.summary), material: s.category !== null && s.changeIds.length > 0, topics: s.category ? [categoryTitle(s.category)] : [], ...where(s.changeIds) });
    }
    for (const change of comparison.changes.filter((c) => c.material)) {
      for (const reason of change.reasons) {
        if (seen.has(reason.summary)) continue;
        seen.add(reason.summary);
        items.push({ summary: printable(reason.summary), material: true, topics: reason.category ? [categoryTitle(reason.category)] : [], ...where([change.id]) });
      }
    }
    out.push({
      documentId,
      documentRef: `D${index + 1}`,
      documentTitle: printable(doc.title),
      earlierDocumentId: earlier.id,
      earlierTitle: printable(earlier.title),
      earlierVersionLabel: earlier.versionLabel ? printable(earlier.versionLabel) : null,
      earlierDateLabel: earlier.effectiveDate ? formatDate(`${earlier.effectiveDate}T00:00:00Z`, 'UTC') : null,
      earlierSha256: earlier.sha256,
      overview: overview(comparison),
      changes: items,
    });
  });
  return out;
};
