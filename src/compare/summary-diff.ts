import type { DocumentAssessment } from '../assess/types';
import type { Category, Finding } from '../clauses/types';
import type { HunkIndex } from './hunks';
import type { LocatedReason } from './materiality';
import type { SummaryChange } from './types';
import { describeSummaryChange } from './wording';

const FIELDS: Array<{ field: SummaryChange['field']; category: Category | null; decidedBy: keyof DocumentAssessment['decidedBy'] }> = [
  { field: 'commercialUse', category: 'commercial-use', decidedBy: 'commercialUse' },
  { field: 'attributionRequired', category: 'attribution', decidedBy: 'attributionRequired' },
  { field: 'outputOwnership', category: 'output-ownership', decidedBy: 'outputOwnership' },
  { field: 'outputRestrictions', category: 'output-ownership', decidedBy: 'outputRestrictions' },
  { field: 'acceptableUse', category: 'acceptable-use', decidedBy: 'acceptableUse' },
  { field: 'kind', category: null, decidedBy: 'kind' },
];

export interface SummaryDiff {
  changes: Array<Omit<SummaryChange, 'changeIds' | 'material'> & { hunks: number[] }>;
  reasons: LocatedReason[];
}

/**
 * The two documents' summaries compared field by field. A core answer that changed is material when changed
 * wording explains it: the hunks in the findings that decided the answer on either side, else the clauses of that
 * category that were added, removed or changed. A summary that differs with no changed wording behind it (two
 * renderings of one text read differently) is listed but not called material.
 */
export function compareSummaries(
  before: DocumentAssessment,
  after: DocumentAssessment,
  oldFindings: Finding[],
  newFindings: Finding[],
  hunks: HunkIndex,
  findingReasons: LocatedReason[],
): SummaryDiff {
  const result: SummaryDiff = { changes: [], reasons: [] };
  const byIdOld = new Map(oldFindings.map((f) => [f.id, f]));
  const byIdNew = new Map(newFindings.map((f) => [f.id, f]));
  for (const { field, category, decidedBy } of FIELDS) {
    const was = before[field];
    const now = after[field];
    if (was === now) continue;
    const summary = describeSummaryChange(field, was, now, { policyClausesRemoved: clausesRemoved(findingReasons, 'acceptable-use') });
    const touched = new Set<number>();
    for (const id of before.decidedBy[decidedBy] ?? []) {
      const f = byIdOld.get(id);
      if (f) for (const k of hunks.touching('old', f.start, f.end)) touched.add(k);
    }
    for (const id of after.decidedBy[decidedBy] ?? []) {
      const g = byIdNew.get(id);
      if (g) for (const k of hunks.touching('new', g.start, g.end)) touched.add(k);
    }
    if (touched.size === 0 && category) {
      for (const r of findingReasons) if (r.category === category) r.hunks.forEach((k) => touched.add(k));
    }
    // A defined term renamed throughout changes what the rules read, not what the document says.
    const list = [...touched].filter((k) => !hunks.renamed.has(k)).sort((x, y) => x - y);
    result.changes.push({ field, category, old: was, new: now, summary, hunks: list });
    if (category && list.length > 0) {
      result.reasons.push({
        category,
        kind: 'summary',
        summary,
        oldFindings: before.decidedBy[decidedBy] ?? [],
        newFindings: after.decidedBy[decidedBy] ?? [],
        hunks: list,
      });
    }
  }
  return result;
}

/** How many clauses of a category were removed without a counterpart (an appended policy dropped is many). */
function clausesRemoved(reasons: LocatedReason[], category: Category): number {
  const removed = new Set<string>();
  for (const r of reasons) if (r.kind === 'clause-removed' && r.category === category) r.oldFindings.forEach((id) => removed.add(id));
  return removed.size;
}
