import { createHash } from 'node:crypto';
import { compareDocuments, type ComparedAnalysis, type Comparison } from '../compare';
import { compareVersions, orderTimeline } from '../compare/versions';
import { percentUnchanged } from '../compare/wording';
import type { Library } from '../store/library';
import type { DocumentRecord } from '../store/records';
import type { VersionChangesSource } from './model';
import { formatDate, printable } from './text';
import type { MemoCitation, MemoVersionChanges } from './types';
import { categoryTitle } from './wording';

/**
 * The version of a document the library held before it: the latest document of the same family (the family
 * import suggests and counsel can edit) that comes before it on the family's timeline (src/compare/versions: by
 * effective date, else version label, else import). A copy of the same file is not a version.
 */
export function earlierVersionOf(doc: DocumentRecord, library: DocumentRecord[]): DocumentRecord | null {
  if (!doc.family) return null;
  const earlier = library.filter((d) => d.id !== doc.id && d.family === doc.family && d.sha256 !== doc.sha256 && compareVersions(d, doc) < 0);
  return orderTimeline(earlier).at(-1) ?? null;
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

function compareWithEarlier(library: Library, earlier: DocumentRecord, current: DocumentRecord): Comparison {
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
  return `${total} changed passage${total === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}, ${s.material} material; ${percentUnchanged(s.similarity)}% of the earlier wording is unchanged.`;
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
    const comparison = compareWithEarlier(library, earlier, doc);
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
