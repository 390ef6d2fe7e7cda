import type { Category } from '../clauses/types';
import { alongside, NOT_FACTS, sameDocumentAddress, stable } from './clause-facts';
import { describeHunk, edits, operativeInClause } from './hunk-reading';
import { changesNames } from './legal-words';
import type { MaterialityInput, ReasonList } from './located-reason';
import { insideQuotation } from './notice-quotations';
import { CATEGORY_LABELS, clauseDescription, describeFactChange } from './wording';

/** The hunks read as changes of a clause both versions have, per side: a hunk's own reading must not say it again. */
export interface CoveredHunks {
  old: Set<number>;
  new: Set<number>;
}

/** Clauses present in both versions: facts that changed, and operative words added or removed. */
export function pairedClauseReasons(input: MaterialityInput, out: ReasonList): CoveredHunks {
  const { oldFindings, newFindings, pairs, hunks } = input;
  const label = (c: Category) => CATEGORY_LABELS[c];
  const coveredOld = new Set<number>();
  const coveredNew = new Set<number>();
  for (const [i, j] of pairs.oldToNew) {
    const f = oldFindings[i];
    const g = newFindings[j];
    // A term renamed throughout can still change a fact read from the clause (the notice to display names the
    // product: "Built with Meta Llama 3" now "Built with Llama"); it changes no other word of it.
    const edited = edits(hunks, [...new Set([...hunks.touching('old', f.start, f.end), ...hunks.touching('new', g.start, g.end)])]);
    const touching = edited.filter((k) => !hunks.renamed.has(k));
    edited.forEach((k) => (hunks.hunks[k].aTo > hunks.hunks[k].aFrom ? coveredOld : coveredNew).add(k));
    // Facts that differ while the clause's words are the same are a reading artefact (a PDF dropping a link
    // target), not a change of terms.
    if (edited.length === 0) continue;
    const keys = new Set([...Object.keys(f.facts), ...Object.keys(g.facts)].filter((k) => !NOT_FACTS.has(k)));
    const differs = (key: string) => stable(f.facts[key]) !== stable(g.facts[key]) || (key === 'usageThreshold' && stable(f.facts.usageUnit) !== stable(g.facts.usageUnit));
    for (const key of keys) {
      const before = f.facts[key];
      const after = g.facts[key];
      if (!differs(key)) continue;
      // The purpose limits say the same as the grant's scope, in more detail.
      if (key === 'grantScope' && differs('purposeLimits')) continue;
      // The same policy page served from another host or scheme is the same policy.
      if (key === 'policyUrl' && sameDocumentAddress(before, after)) continue;
      out.add({
        category: f.category,
        kind: 'fact',
        summary: `${label(f.category)}: ${alongside(key, before, after, input.oldText.slice(f.start, f.end), input.newText.slice(g.start, g.end)) ?? describeFactChange(key, before, after, { oldCurrency: f.facts.currency, newCurrency: g.facts.currency, oldUnit: f.facts.usageUnit, newUnit: g.facts.usageUnit })}`,
        oldFindings: [f.id],
        newFindings: [g.id],
        fact: { name: key, old: before ?? null, new: after ?? null },
        hunks: edited,
      });
    }
    // Where disputes are decided is said in names (a seat, a court, an arbitral body): "in person in San Francisco"
    // now "in London" changes the forum even when the rule read no jurisdiction from the sentence.
    // A place the facts already say changed is not said twice; another one in the same clause is ("California law"
    // now "Irish law" beside a forum read as the jurisdiction, "San Francisco" now "Dublin").
    if (f.category === 'governing-law') {
      const factValues = [...keys].filter(differs).flatMap((key) => [f.facts[key], g.facts[key]]).filter((v): v is string => typeof v === 'string' && v.length > 0);
      const saysFact = (k: number) => factValues.some((v) => `${hunks.deletedText(hunks.hunks[k])} ${hunks.insertedText(hunks.hunks[k])}`.includes(v));
      // A place or body replaced by another, not a passage written in that happens to hold a name.
      const replaced = (k: number) => hunks.hunks[k].aTo > hunks.hunks[k].aFrom && hunks.hunks[k].bTo > hunks.hunks[k].bFrom;
      const renamed = touching.filter((k) => replaced(k) && !saysFact(k) && changesNames(hunks.printedWords(hunks.hunks[k], 'old'), hunks.printedWords(hunks.hunks[k], 'new')));
      if (renamed.length > 0) {
        out.add({
          category: f.category,
          kind: 'wording',
          summary: `${label(f.category)}: the wording of ${clauseDescription(g, 'the')} changed: ${renamed
            .slice(0, 2)
            .map((k) => describeHunk(hunks, hunks.hunks[k]))
            .join('; ')}`,
          oldFindings: [f.id],
          newFindings: [g.id],
          hunks: renamed,
        });
      }
    }
    if (f.stance === 'defines') continue;
    // The words of a notice to be displayed are the duty itself: any edit inside the quoted notice counts (said
    // once: a notice the rule read as a fact has its change said above).
    const inNotice = f.category === 'attribution' && !differs('noticeText') ? edited.filter((k) => insideQuotation(hunks, hunks.hunks[k], input, f, g)) : [];
    const effective = [...new Set([...operativeInClause(hunks, touching, f.category), ...inNotice])].sort((x, y) => x - y);
    if (effective.length > 0) {
      out.add({
        category: f.category,
        kind: 'wording',
        summary: `${label(f.category)}: the wording of ${effective.every((k) => inNotice.includes(k)) ? 'the notice to be reproduced' : clauseDescription(g, 'the')} changed: ${effective
          .slice(0, 2)
          .map((k) => describeHunk(hunks, hunks.hunks[k]))
          .join('; ')}`,
        oldFindings: [f.id],
        newFindings: [g.id],
        hunks: effective,
      });
    }
  }
  return { old: coveredOld, new: coveredNew };
}
