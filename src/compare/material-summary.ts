import type { Category } from '../clauses/types';
import type { LocatedReason } from './located-reason';
import type { Change, SummaryChange } from './types';

/** How a change's reasons are listed: summary answers, then facts, clauses removed and added, wording, definitions. */
export const REASON_ORDER: Record<LocatedReason['kind'], number> = { summary: 0, fact: 1, 'clause-removed': 2, 'clause-added': 3, wording: 4, definition: 5 };

/**
 * The order counsel weigh the topics in when deciding whether the company may build on the material: whether it
 * may be used commercially at all, then what may be done with outputs, then what uses are banned, then the duty
 * to credit; the other topics after them, and a reason of no topic last. One order for everything that lists
 * topics: a change's categories and reasons, and the material summary.
 */
const TOPIC_WEIGHT: Partial<Record<Category, number>> = { 'commercial-use': 0, 'output-ownership': 1, 'acceptable-use': 2, attribution: 3 };

export function topicWeight(category: Category | null): number {
  return category ? (TOPIC_WEIGHT[category] ?? 4) : 5;
}

/**
 * The material changes in counsel's words, each said once: the answers of the summary that changed first, then
 * the changed clauses topic by topic in the order counsel weigh them (a removed ban on improving other models
 * before a changed notice text), within a topic facts, then clauses removed and added, then wording.
 */
export function materialSummary(changes: Change[], summaryChanges: SummaryChange[]): string[] {
  const lines: string[] = [];
  const answers = summaryChanges.filter((s) => s.material).sort((x, y) => topicWeight(x.category) - topicWeight(y.category));
  for (const s of answers) lines.push(s.summary);
  const reasons = changes.flatMap((c) => c.reasons).sort((x, y) => topicWeight(x.category) - topicWeight(y.category) || REASON_ORDER[x.kind] - REASON_ORDER[y.kind]);
  for (const r of reasons) if (!lines.includes(r.summary)) lines.push(r.summary);
  return lines;
}
