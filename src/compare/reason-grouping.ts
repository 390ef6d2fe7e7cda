import type { HunkIndex } from './hunks';
import type { LocatedReason } from './located-reason';
import { CATEGORY_LABELS, quoted } from './wording';

/**
 * A sentence written into (or struck from) a clause that a rule reads as a clause of its own is said once: as that
 * clause added (or removed), not again as the enclosing clause's wording changed by the same edit ("a limitation
 * of liability was added (“… SHALL NOT EXCEED $100.”)" and "the wording of the limitation changed: “… $100” added").
 */
export function withoutEchoes(reasons: LocatedReason[], hunks: HunkIndex): LocatedReason[] {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  // The clauses said added or removed, by category, with the hunks they rest on.
  const said = new Map<string, Array<{ hunks: Set<number>; quote: string }>>();
  for (const r of reasons) {
    if ((r.kind !== 'clause-added' && r.kind !== 'clause-removed') || !r.quote) continue;
    const key = String(r.category);
    said.set(key, [...(said.get(key) ?? []), { hunks: new Set(r.hunks), quote: fold(r.quote) }]);
  }
  // Only a sentence purely written in or struck out, and only when the clause's quote holds all of it: an edit that
  // also replaces words, or strikes more than that clause, says more than the clause.
  const echoed = (category: string, k: number) => {
    const h = hunks.hunks[k];
    if (h.aTo !== h.aFrom && h.bTo !== h.bFrom) return false;
    const text = fold(h.aTo > h.aFrom ? hunks.deletedText(h) : hunks.insertedText(h));
    return (said.get(category) ?? []).some((c) => c.hunks.has(k) && text.length <= c.quote.length + 3 && c.quote.includes(text.slice(0, 60)));
  };
  return reasons.filter((r) => r.kind !== 'wording' || !r.hunks.every((k) => echoed(String(r.category), k)));
}

/** Beyond this many clauses of one category added (or removed) in one change, they are said in one sentence. */
const GROUP_ABOVE = 2;

/**
 * Many clauses of one category removed (or added) in one change — an appended policy dropped, a list of
 * prohibited uses rewritten — are one reason: "Acceptable use: 31 clauses were removed, including “…” and “…”".
 */
export function groupClauseReasons(reasons: LocatedReason[]): LocatedReason[] {
  const out: LocatedReason[] = [];
  const groups = new Map<string, LocatedReason[]>();
  for (const r of reasons) {
    if ((r.kind === 'clause-removed' || r.kind === 'clause-added') && r.category) {
      const key = `${r.kind}|${r.category}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  const done = new Set<string>();
  for (const r of reasons) {
    const key = `${r.kind}|${r.category}`;
    const group = groups.get(key);
    if (!group || group.length <= GROUP_ABOVE) {
      out.push(r);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const verb = r.kind === 'clause-removed' ? 'removed' : 'added';
    const examples = group.slice(0, 2).map((g) => quoted(g.quote ?? '', 80));
    out.push({
      category: r.category,
      kind: r.kind,
      summary: `${CATEGORY_LABELS[r.category!]}: ${group.length} clauses were ${verb}, including ${examples.join(' and ')}`,
      oldFindings: group.flatMap((g) => g.oldFindings),
      newFindings: group.flatMap((g) => g.newFindings),
      hunks: [...new Set(group.flatMap((g) => g.hunks))],
    });
  }
  return out;
}
