import type { Category } from '../clauses/types';
import type { Hunk, HunkIndex } from './hunks';
import { categoryFromVocabulary, changesNames, changesOperativeWords, EXTENT, isPartyRenamed, isSpellingFix, operativeBalance } from './legal-words';
import { quoted } from './wording';

/**
 * In a clause that names the governing law or the forum, a place replaced by another ("California law" now "Irish
 * law") is the clause's substance even though no operative word changed: a rule that reads one version's wording
 * and not the other's must not hide it.
 */
export function namesPlace(index: HunkIndex, ids: number[], category: Category): number[] {
  if (category !== 'governing-law') return [];
  return ids.filter((k) => {
    const h = index.hunks[k];
    return h.aTo > h.aFrom && h.bTo > h.bFrom && changesNames(index.printedWords(h, 'old'), index.printedWords(h, 'new'));
  });
}

/** Hunks whose change is real wording, not a spelling fix (a defined term renamed throughout still counts). */
export function edits(index: HunkIndex, ids: number[]): number[] {
  return ids.filter((k) => !isSpellingFix(index.deletedWords(index.hunks[k]), index.insertedWords(index.hunks[k])));
}

/** Hunks whose change is real wording: not a spelling fix, nor a defined term renamed throughout. */
export function substantive(index: HunkIndex, ids: number[]): number[] {
  return edits(index, ids).filter((k) => !index.renamed.has(k));
}

/** Words of unchanged wording read with a hunk: enough for the longest prohibition phrase ("are not allowed"). */
const PHRASE_CONTEXT = 3;

/** The hunk's two sides, each inside the unchanged words around it ("will" → "shall" reads "will not" → "shall not"). */
export function inContext(index: HunkIndex, h: Hunk, deleted: string[], inserted: string[]): [string[], string[]] {
  const { before, after } = index.sharedContext(h, PHRASE_CONTEXT);
  return [
    [...before, ...deleted, ...after],
    [...before, ...inserted, ...after],
  ];
}

/** The hunks that add or remove a word with legal effect (in a clause of `category`, also that clause's object words). */
export function operative(index: HunkIndex, ids: number[], category?: Category): number[] {
  return ids.filter((k) => {
    const h = index.hunks[k];
    if (isPartyRenamed(index.printedWords(h, 'old'), index.printedWords(h, 'new'))) return false;
    const [deleted, inserted] = inContext(index, h, index.wordsOutsideNames(h, 'old'), index.wordsOutsideNames(h, 'new'));
    return changesOperativeWords(deleted, inserted, category);
  });
}

/**
 * The operative hunks of one clause, but for an extent phrase struck in one place and written in another of the
 * same clause ("derivative works, in whole or in part" now "all or part of the derivative works"), which leaves the
 * clause saying what it said. Other words do not cancel out: "not" moved from one verb to another changes
 * everything.
 */
export function operativeInClause(index: HunkIndex, ids: number[], category: Category): number[] {
  const hits = operative(index, ids, category);
  const balances = hits.map((k) => {
    const h = index.hunks[k];
    return operativeBalance(...inContext(index, h, index.wordsOutsideNames(h, 'old'), index.wordsOutsideNames(h, 'new')), category);
  });
  const total = new Map<string, number>();
  for (const b of balances) for (const [w, n] of b) total.set(w, (total.get(w) ?? 0) + n);
  return hits.filter((_, i) => [...balances[i]].some(([w, n]) => n !== 0 && (w !== EXTENT || total.get(w) !== 0)));
}

/** “defend,” added / “Model” replaced by “Materials” / “…” removed. */
export function describeHunk(index: HunkIndex, h: Hunk, max = 120): string {
  const rename = index.renamed.size > 0 ? index.renamed.get(index.hunks.indexOf(h)) : undefined;
  if (rename) return `the defined term “${rename.from}” renamed “${rename.to}”`;
  const { deleted: del, inserted: ins } = index.displayTexts(h);
  if (del && ins) return `${quoted(del, max)} replaced by ${quoted(ins, max)}`;
  if (ins) return `${quoted(ins, max)} added`;
  return `${quoted(del, max)} removed`;
}

/**
 * When a clause appears or disappears while most of its words stay, the edit that made the difference is what
 * counsel must see (" by the edit “commercial” removed"): the quote alone reads the same on both sides.
 */
export function byEdit(index: HunkIndex, ids: number[], category: Category): string {
  const decisive = operative(index, ids);
  // The edit in the clause's own vocabulary first: "commercial" struck from a list of barred purposes is what
  // ended a commercial-use restriction, not the redrafting around it.
  const own = (k: number) => (categoryFromVocabulary(`${index.deletedText(index.hunks[k])} ${index.insertedText(index.hunks[k])}`) === category ? 0 : 1);
  const candidates = decisive.length ? decisive : ids;
  const inOwnWords = candidates.filter((k) => own(k) === 0);
  const shown = (inOwnWords.length ? inOwnWords : candidates).slice(0, 2).map((k) => describeHunk(index, index.hunks[k], 80));
  return shown.length ? ` by the edit ${shown.join('; ')}` : '';
}
