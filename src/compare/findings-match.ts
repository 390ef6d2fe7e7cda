import type { Finding } from '../clauses/types';
import type { OffsetMap } from './offset-map';

/**
 * Pairs each finding of the old version with the finding of the new version that flags the same clause: same
 * category, overlapping the place the old clause maps to through the alignment (moves included), preferring the
 * same rule, then a rule the other finding also matched, then the same stance. Findings left over on either side
 * are clauses the other version does not have (or no longer says in a way a rule recognises).
 */
export interface FindingPairs {
  /** Old finding index -> new finding index. */
  oldToNew: Map<number, number>;
  newToOld: Map<number, number>;
}

function rulesOf(f: Finding): string[] {
  const also = Array.isArray(f.facts.alsoMatched) ? (f.facts.alsoMatched as string[]) : [];
  return [f.rule, ...also];
}

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

export function pairFindings(oldFindings: Finding[], newFindings: Finding[], map: OffsetMap): FindingPairs {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  // New findings sorted by start, to find the overlapping ones without comparing every pair.
  const byStart = newFindings.map((f, j) => j).sort((x, y) => newFindings[x].start - newFindings[y].start);
  const maxLength = newFindings.reduce((m, f) => Math.max(m, f.end - f.start), 0);
  oldFindings.forEach((f, i) => {
    const mapped = map.mapWords({ start: f.start, end: f.end });
    // Widen a collapsed mapping (the clause's words are gone) by a character so a finding around the point still counts.
    const start = mapped.start;
    const end = Math.max(mapped.end, mapped.start + 1);
    const oldRules = rulesOf(f);
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newFindings[byStart[mid]].start < start - maxLength) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byStart.length && newFindings[byStart[k]].start < end; k++) {
      const j = byStart[k];
      const g = newFindings[j];
      if (g.category !== f.category) continue;
      const shared = overlap(start, end, g.start, g.end);
      if (shared <= 0) continue;
      const newRules = rulesOf(g);
      const rank = g.rule === f.rule ? 3 : newRules.some((r) => oldRules.includes(r)) ? 2 : g.stance === f.stance ? 1 : 0;
      const coverage = shared / Math.max(1, Math.min(end - start, g.end - g.start));
      candidates.push({ i, j, score: rank + coverage });
    }
  });
  candidates.sort((x, y) => y.score - x.score);
  const oldToNew = new Map<number, number>();
  const newToOld = new Map<number, number>();
  for (const c of candidates) {
    if (oldToNew.has(c.i) || newToOld.has(c.j)) continue;
    oldToNew.set(c.i, c.j);
    newToOld.set(c.j, c.i);
  }
  return { oldToNew, newToOld };
}
