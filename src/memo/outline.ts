import { excerpt } from './text';
import type { Memo, MemoQuote } from './types';
import { REASONING_EXCERPT, clauseReferences } from './wording';

/** Where each finding is printed in full: finding id -> "3.2" (section number . category number). */
export function findingLocations(memo: Memo): Map<number, string> {
  const at = new Map<number, string>();
  const section = memo.sections.indexOf('findings') + 1;
  if (section === 0) return at;
  memo.findings.forEach((g, i) => g.findings.forEach((f) => at.set(f.findingId, `${section}.${i + 1}`)));
  return at;
}

/**
 * A clause as the reasoning section quotes it: in full, unless the findings section already prints it in full,
 * in which case its opening words and where to read the rest — the memo stays readable without losing a word.
 */
export function reasoningQuote(q: MemoQuote, locations: Map<number, string>): { text: string; fullTextAt: string | null } {
  const at = q.findingId === null ? undefined : locations.get(q.findingId);
  if (!at || q.quote.length <= REASONING_EXCERPT) return { text: q.quote, fullTextAt: null };
  return { text: excerpt(q.quote, REASONING_EXCERPT), fullTextAt: at };
}

/** The summary table's references for one answer, ending with "and 6 more (see 4)" when there are many. */
export function summaryReferences(memo: Memo, clauses: MemoQuote[]): string[] {
  const { refs, more } = clauseReferences(clauses);
  if (more === 0) return refs;
  const reasoning = memo.sections.indexOf('rationale') + 1;
  return [...refs, `and ${more} more${reasoning ? ` (see ${reasoning})` : ''}`];
}

/** The running footer's left part: the memo's title, cut short so the page number beside it always fits. */
export function footerText(memo: Memo): string {
  return `${excerpt(memo.heading.title, 64)} · Assessment #${memo.heading.assessmentId}`;
}
