import type { Category } from '../clauses/types';
import { factsSaid, hasFacts, isMereDefinition } from './clause-facts';
import { byEdit, describeHunk, namesPlace, operative, substantive } from './hunk-reading';
import type { MaterialityInput, ReasonList } from './located-reason';
import { CATEGORY_LABELS, clauseDescription, quoted } from './wording';

/** A clause is gone, not just reworded, when this share of its words was changed. */
const REMOVED_SHARE = 0.3;
/** A clause that appears or disappears while at least this share of its words stays is said with the edit that did it. */
const SAY_EDIT_SHARE = 0.7;

/** Clauses only one version has: removed, or added, or — when most of their words stay — reworded. */
export function loneClauseReasons(input: MaterialityInput, out: ReasonList): void {
  const { oldFindings, newFindings, pairs, hunks } = input;
  const label = (c: Category) => CATEGORY_LABELS[c];

  // Clauses only one version has.
  oldFindings.forEach((f, i) => {
    if (pairs.oldToNew.has(i) || (isMereDefinition(f) && !hasFacts(f))) return;
    const touching = substantive(hunks, hunks.touching('old', f.start, f.end));
    if (touching.length === 0) return;
    const share = hunks.changedShare('old', f.start, f.end);
    const reworded = share < REMOVED_SHARE;
    if (reworded && operative(hunks, touching).length === 0) {
      const places = namesPlace(hunks, touching, f.category);
      if (places.length > 0) out.add({ category: f.category, kind: 'wording', summary: `${label(f.category)}: the law or forum named changed: ${describeHunk(hunks, hunks.hunks[places[0]])} (${quoted(f.quote, 120)})`, oldFindings: [f.id], newFindings: [], hunks: places });
      return;
    }
    out.add({
      category: f.category,
      kind: 'clause-removed',
      summary: `${label(f.category)}: ${clauseDescription(f, 'the')} was removed${factsSaid(f, 'removed')}${share < SAY_EDIT_SHARE ? byEdit(hunks, touching, f.category) : ''} (${quoted(f.quote, 140)})`,
      quote: f.quote,
      oldFindings: [f.id],
      newFindings: [],
      hunks: touching,
    });
  });
  newFindings.forEach((g, j) => {
    if (pairs.newToOld.has(j) || (isMereDefinition(g) && !hasFacts(g))) return;
    const touching = substantive(hunks, hunks.touching('new', g.start, g.end));
    if (touching.length === 0) return;
    const share = hunks.changedShare('new', g.start, g.end);
    const reworded = share < REMOVED_SHARE;
    if (reworded && operative(hunks, touching).length === 0) {
      const places = namesPlace(hunks, touching, g.category);
      if (places.length > 0) out.add({ category: g.category, kind: 'wording', summary: `${label(g.category)}: the law or forum named changed: ${describeHunk(hunks, hunks.hunks[places[0]])} (${quoted(g.quote, 120)})`, oldFindings: [], newFindings: [g.id], hunks: places });
      return;
    }
    out.add({
      category: g.category,
      kind: 'clause-added',
      summary: `${label(g.category)}: ${clauseDescription(g, 'a')} was added${factsSaid(g, 'added')}${share < SAY_EDIT_SHARE ? byEdit(hunks, touching, g.category) : ''} (${quoted(g.quote, 140)})`,
      quote: g.quote,
      oldFindings: [],
      newFindings: [g.id],
      hunks: touching,
    });
  });
}
