import type { Hunk, HunkIndex } from './hunks';
import type { Change, TermRenameNote } from './types';

/** A defined term given another name throughout: “Output” now “Response”, in its definition and every use. */
export interface TermRename {
  from: string;
  to: string;
}

/** A term is renamed, not replaced here and there, when at least this many places say the same swap. */
const MIN_PLACES = 2;
/** Longest term (in words) a rename is looked for in. */
const MAX_TERM_WORDS = 3;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text defines the term: it stands in quotation marks (“Output”, "Output", **Output** in quotes). */
function defines(text: string, term: string): boolean {
  return new RegExp(`["“'‘]\\W{0,3}${escape(term)}s?\\W{0,3}["”'’]`).test(text);
}

/**
 * The new version still uses the old term: it names it other than inside a longer name both versions print (the
 * party's alias “Alibaba” renamed “Qwen” while "Alibaba Cloud (Singapore) Private Limited" stays the company).
 */
function stillUsed(term: string, oldText: string, newText: string): boolean {
  const longer = new RegExp(`\\b${escape(term)}(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)+`, 'gu');
  const kept = new Set([...oldText.matchAll(longer)].map((m) => m[0]));
  const rest = newText.replace(longer, (name) => (kept.has(name) ? ' ' : name));
  return new RegExp(`\\b${escape(term)}\\b`).test(rest);
}

/** A word that can be part of a defined term's name: capitalised, and no article or conjunction ("The", "And"). */
function isTermWord(printed: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}-]*$/u.test(printed) && !/^(?:The|A|An|And|Or|Of|This|These|That|Your|Our|Any|All|Each)$/.test(printed);
}

/**
 * The rename a hunk makes, read as whole terms: the alignment keeps the words both names share, so "Licensed
 * Materials" now "Model Materials" is the hunk "Licensed" → "Model" with "Materials" unchanged after it. The
 * capitalised words next to the hunk, the same on both sides, are taken in (first after it, then before) until
 * both versions define the names so formed.
 */
/** The words a hunk swaps, as a defined term's would be: each side capitalised, a few words, an article set aside. */
function swappedWords(index: HunkIndex, h: Hunk): [string[], string[]] | null {
  // An article written or dropped with the name ("an Input" now "Customer Data") is no part of the term.
  const article = (words: string[]) => (words.length > 1 && /^(?:a|an|the)$/.test(words[0]) ? words.slice(1) : words);
  const before = article(index.printedWords(h, 'old'));
  const after = article(index.printedWords(h, 'new'));
  if (before.length === 0 || after.length === 0 || before.length > MAX_TERM_WORDS || after.length > MAX_TERM_WORDS) return null;
  // A defined term is written with a capital.
  if (!/^\p{Lu}/u.test(before[0]) || !/^\p{Lu}/u.test(after[0])) return null;
  return [before, after];
}

function termsOf(index: HunkIndex, h: Hunk, [before, after]: [string[], string[]], defined: (side: 'old' | 'new', term: string) => boolean): TermRename | null {
  const shared = (k: number, step: 1 | -1): string | null => {
    const [i, j] = step > 0 ? [h.aTo + k, h.bTo + k] : [h.aFrom - 1 - k, h.bFrom - 1 - k];
    if (i < 0 || j < 0 || i >= index.a.ids.length || j >= index.b.ids.length || index.a.ids[i] !== index.b.ids[j]) return null;
    const word = index.a.text.slice(index.a.starts[i], index.a.ends[i]);
    return isTermWord(word) && word === index.b.text.slice(index.b.starts[j], index.b.ends[j]) ? word : null;
  };
  const tail: string[] = [];
  const head: string[] = [];
  for (let grow = 0; grow <= MAX_TERM_WORDS; grow++) {
    const rename = { from: [...head, ...before, ...tail].join(' '), to: [...head, ...after, ...tail].join(' ') };
    if (defined('old', rename.from) && defined('new', rename.to)) return rename;
    const next = shared(tail.length, 1);
    if (next && head.length + tail.length + Math.max(before.length, after.length) < MAX_TERM_WORDS + 1) tail.push(next);
    else {
      const previous = shared(head.length, -1);
      if (!previous) return null;
      head.unshift(previous);
    }
  }
  return null;
}

/**
 * Defined terms renamed throughout (“Output” now “Response”, “Licensed Materials” now “Model Materials”, in the
 * definition and in every clause that uses it): hunks that each replace the same words by the same words, in at
 * least two places, where the old version defines the old term, the new version defines the new one and no longer
 * uses the old. Each such hunk says nothing new by itself — what the term means is in its definition, and an edit
 * there is judged there. Returns the hunks of each rename, by hunk index.
 */
export function findTermRenames(index: HunkIndex, oldText: string, newText: string): Map<number, TermRename> {
  // Singular and plural are one term ("Outputs" renamed with "Output").
  const singular = (t: string) => t.replace(/s$/, '');
  const known = new Map<string, boolean>();
  const defined = (side: 'old' | 'new', term: string) => {
    const key = `${side}\u0000${term}`;
    let yes = known.get(key);
    if (yes === undefined) known.set(key, (yes = defines(side === 'old' ? oldText : newText, singular(term))));
    return yes;
  };
  // Only a swap made in two places or more can be a rename: the definitions are looked up for those alone.
  const swaps = index.hunks.map((h) => swappedWords(index, h));
  const count = new Map<string, number>();
  for (const w of swaps) if (w) count.set(w.join('\u0000'), (count.get(w.join('\u0000')) ?? 0) + 1);
  const groups = new Map<string, { rename: TermRename; hunks: number[] }>();
  index.hunks.forEach((h, k) => {
    const words = swaps[k];
    if (!words || (count.get(words.join('\u0000')) ?? 0) < MIN_PLACES) return;
    const rename = termsOf(index, h, words, defined);
    if (!rename) return;
    const key = `${rename.from}\u0000${rename.to}`;
    const group = groups.get(key) ?? { rename, hunks: [] };
    group.hunks.push(k);
    groups.set(key, group);
  });
  const out = new Map<number, TermRename>();
  for (const { rename, hunks } of groups.values()) {
    if (hunks.length < MIN_PLACES) continue;
    if (stillUsed(rename.from, oldText, newText)) continue;
    for (const k of hunks) out.set(k, rename);
  }
  return out;
}

/** How many places a rename was made in. */
export function placesRenamed(hunks: HunkIndex, rename: { from: string; to: string }): number {
  let n = 0;
  for (const r of hunks.renamed.values()) if (r.from === rename.from && r.to === rename.to) n++;
  return n;
}

/** Each defined term renamed throughout, said once: how many places, in which changes; a rename is never material. */
export function termRenameNotes(hunks: HunkIndex, changes: Change[]): TermRenameNote[] {
  const notes = new Map<string, { from: string; to: string; places: number; changeIds: Set<string> }>();
  for (const [k, rename] of hunks.renamed) {
    const key = `${rename.from}\u0000${rename.to}`;
    const note = notes.get(key) ?? { from: rename.from, to: rename.to, places: 0, changeIds: new Set<string>() };
    note.places++;
    note.changeIds.add(changes[hunks.hunks[k].change].id);
    notes.set(key, note);
  }
  return [...notes.values()].map(({ from, to, places, changeIds }) => {
    const ids = [...changeIds].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
    const listed = ids.length > 3 && Number(ids[ids.length - 1].slice(1)) - Number(ids[0].slice(1)) === ids.length - 1 ? `${ids[0]}–${ids[ids.length - 1]}` : ids.join(', ');
    return { from, to, places, changeIds: ids, summary: `The defined term “${from}” was renamed “${to}” throughout; ${places} places (${listed}), none material` };
  });
}
