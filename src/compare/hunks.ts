import type { ComparisonTokens } from './tokens';
import { tokenAtOrAfter } from './tokens';

/**
 * A hunk: one stretch of changed wording (old words replaced by new words, either side possibly empty), from the
 * main alignment or from inside a moved block. Materiality rules look at hunks: which clause they fall in, and
 * which words they add or remove.
 */
export interface Hunk {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  /** Index of the change the hunk belongs to (set when changes are built). */
  change: number;
}

/** Finds the hunks touching a token range of either side, without scanning every hunk. */
export class HunkIndex {
  private readonly byA: Int32Array;
  private readonly byB: Int32Array;
  /** Insertion points (a hunk with no words on that side), keyed by the token they stand before. */
  private readonly pointsA = new Map<number, number[]>();
  private readonly pointsB = new Map<number, number[]>();
  /** Hunks that only rename a defined term throughout (renames.ts): set once the hunks are known. */
  renamed: ReadonlyMap<number, { from: string; to: string }> = new Map();

  constructor(
    readonly hunks: Hunk[],
    readonly a: ComparisonTokens,
    readonly b: ComparisonTokens,
  ) {
    this.byA = new Int32Array(a.ids.length).fill(-1);
    this.byB = new Int32Array(b.ids.length).fill(-1);
    hunks.forEach((h, k) => {
      for (let i = h.aFrom; i < h.aTo; i++) this.byA[i] = k;
      for (let j = h.bFrom; j < h.bTo; j++) this.byB[j] = k;
      if (h.aFrom === h.aTo) this.pointsA.set(h.aFrom, [...(this.pointsA.get(h.aFrom) ?? []), k]);
      if (h.bFrom === h.bTo) this.pointsB.set(h.bFrom, [...(this.pointsB.get(h.bFrom) ?? []), k]);
    });
  }

  /** Token range [from, to) of a text span on one side. */
  tokenRange(side: 'old' | 'new', start: number, end: number): [number, number] {
    const tokens = side === 'old' ? this.a : this.b;
    return [tokenAtOrAfter(tokens, start), tokenAtOrAfter(tokens, end)];
  }

  /** Hunks with words inside the span on that side, or inserting words strictly inside it. */
  touching(side: 'old' | 'new', start: number, end: number): number[] {
    const [from, to] = this.tokenRange(side, start, end);
    const by = side === 'old' ? this.byA : this.byB;
    const points = side === 'old' ? this.pointsA : this.pointsB;
    const out = new Set<number>();
    for (let i = from; i < to; i++) if (by[i] >= 0) out.add(by[i]);
    for (let i = from + 1; i < to; i++) for (const k of points.get(i) ?? []) out.add(k);
    return [...out];
  }

  /** Share of the side's words in the span that a hunk changed. */
  changedShare(side: 'old' | 'new', start: number, end: number): number {
    const [from, to] = this.tokenRange(side, start, end);
    const by = side === 'old' ? this.byA : this.byB;
    if (to <= from) return 0;
    let changed = 0;
    for (let i = from; i < to; i++) if (by[i] >= 0) changed++;
    return changed / (to - from);
  }

  deletedWords(h: Hunk): string[] {
    const out: string[] = [];
    for (let i = h.aFrom; i < h.aTo; i++) if (!this.a.link[i]) out.push(this.a.words[i]);
    return out;
  }

  insertedWords(h: Hunk): string[] {
    const out: string[] = [];
    for (let j = h.bFrom; j < h.bTo; j++) if (!this.b.link[j]) out.push(this.b.words[j]);
    return out;
  }

  /**
   * The hunk's words on one side without those that are part of a document's name ("Acme RESEARCH LICENSE
   * AGREEMENT", "Non-Commercial Community License"): renaming the agreement is not a change of its terms, even
   * when the name holds a word such as "research" or "commercial".
   */
  wordsOutsideNames(h: Hunk, side: 'old' | 'new'): string[] {
    const t = side === 'old' ? this.a : this.b;
    const [from, to] = side === 'old' ? [h.aFrom, h.aTo] : [h.bFrom, h.bTo];
    const out: string[] = [];
    for (let i = from; i < to; i++) if (!t.link[i] && !inDocumentName(t, i)) out.push(t.words[i]);
    return out;
  }

  /**
   * Up to `n` words on each side of the hunk that both versions share, nearest first outwards: the wording a
   * change sits in, so a phrase the hunk only half changes ("will" now "shall" before an unchanged "not") is read
   * whole. The same words are added to both sides, so they cancel out of any comparison of the two.
   */
  sharedContext(h: Hunk, n: number): { before: string[]; after: string[] } {
    const before: string[] = [];
    const after: string[] = [];
    for (let k = 1; k <= n; k++) {
      const [i, j] = [h.aFrom - k, h.bFrom - k];
      if (i < 0 || j < 0 || this.a.words[i] !== this.b.words[j]) break;
      before.unshift(this.a.words[i]);
    }
    for (let k = 0; k < n; k++) {
      const [i, j] = [h.aTo + k, h.bTo + k];
      if (i >= this.a.words.length || j >= this.b.words.length || this.a.words[i] !== this.b.words[j]) break;
      after.push(this.a.words[i]);
    }
    return { before, after };
  }

  /**
   * The hunk's wording as a reader would quote it. When the changed words are glued to their neighbours (a
   * version number "3" becoming "3.1"), both sides are widened to the whole printed word, so the change reads
   * "“3” replaced by “3.1”" rather than "“1” added".
   */
  displayTexts(h: Hunk): { deleted: string; inserted: string } {
    const plain = { deleted: this.deletedText(h), inserted: this.insertedText(h) };
    const hasA = h.aTo > h.aFrom;
    const [text, s, e] = hasA ? [this.a.text, this.a.starts[h.aFrom], this.a.ends[h.aTo - 1]] : [this.b.text, this.b.starts[h.bFrom], this.b.ends[h.bTo - 1]];
    if (/[\u3000-\u9fff\uac00-\ud7af]/.test(text.slice(s, e))) return plain; // no spaces between words in CJK text
    const gluedLeft = isGlue(text, s - 1, -1);
    const gluedRight = isGlue(text, e, 1);
    if (!gluedLeft && !gluedRight) return plain;
    // The other side's matching place: after the word before (glued left) or before the word after (glued right).
    const otherSpan = (t: ComparisonTokens, from: number, to: number): [number, number] | null => {
      if (to > from) return [t.starts[from], t.ends[to - 1]];
      if (gluedLeft && from > 0) return [t.ends[from - 1], t.ends[from - 1]];
      if (gluedRight && from < t.ids.length) return [t.starts[from], t.starts[from]];
      return null;
    };
    const old = otherSpan(this.a, h.aFrom, h.aTo);
    const neu = otherSpan(this.b, h.bFrom, h.bTo);
    return { deleted: old ? widenToWord(this.a.text, old[0], old[1]) : '', inserted: neu ? widenToWord(this.b.text, neu[0], neu[1]) : '' };
  }

  /** The hunk's words as printed (case kept), without link targets: names are told from words by their capital. */
  printedWords(h: Hunk, side: 'old' | 'new'): string[] {
    const t = side === 'old' ? this.a : this.b;
    const [from, to] = side === 'old' ? [h.aFrom, h.aTo] : [h.bFrom, h.bTo];
    const out: string[] = [];
    for (let i = from; i < to; i++) if (!t.link[i]) out.push(t.text.slice(t.starts[i], t.ends[i]));
    return out;
  }

  /** The hunk's wording as printed on each side ("" for an empty side). */
  deletedText(h: Hunk): string {
    return h.aTo > h.aFrom ? this.a.text.slice(this.a.starts[h.aFrom], this.a.ends[h.aTo - 1]) : '';
  }

  insertedText(h: Hunk): string {
    return h.bTo > h.bFrom ? this.b.text.slice(this.b.starts[h.bFrom], this.b.ends[h.bTo - 1]) : '';
  }

  /** Offsets of the hunk on each side (a point for an empty side). */
  oldOffset(h: Hunk): number {
    return h.aFrom < this.a.ids.length ? this.a.starts[h.aFrom] : this.a.text.length;
  }

  newOffset(h: Hunk): number {
    return h.bFrom < this.b.ids.length ? this.b.starts[h.bFrom] : this.b.text.length;
  }
}

/** True when the character at `at` joins the word to its neighbour: a letter or digit, or "." "-" "/" between two. */
function isGlue(text: string, at: number, direction: 1 | -1): boolean {
  const c = text[at];
  if (c === undefined) return false;
  if (/[\p{L}\p{N}]/u.test(c)) return true;
  return /[.\-/_]/.test(c) && /[\p{L}\p{N}]/u.test(text[at + direction] ?? '');
}

function widenToWord(text: string, s: number, e: number): string {
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e).replace(/^[(“"'‘]+|[)”"'’,;:.]+$/g, '');
}

const NAME_END = /^(?:licen[cs]e|agreement|policy|terms)$/i;
/** Words that join a phrase, never a name: "REQUIRED BY THIS LICENSE" is a clause, not a title. */
const JOINING = new Set('a an the of to in on at by for from with and or as is are be this that these those such its under any all'.split(' '));

/**
 * True when token i is a capitalised word of a run of capitalised words (joined by spaces or hyphens) that ends
 * in License, Agreement, Policy or Terms within four words: the name of a document.
 */
function inDocumentName(t: ComparisonTokens, i: number): boolean {
  const printed = (k: number) => t.text.slice(t.starts[k], t.ends[k]);
  if (!/^\p{Lu}/u.test(printed(i)) || JOINING.has(t.words[i]) || NAME_END.test(printed(i))) return false;
  for (let j = i + 1; j <= i + 4 && j < t.ids.length; j++) {
    const word = printed(j);
    if (!/^[ \t\-‐–]*$/.test(t.text.slice(t.ends[j - 1], t.starts[j])) || !/^\p{Lu}/u.test(word) || JOINING.has(t.words[j])) return false;
    if (NAME_END.test(word)) return true;
  }
  return false;
}
