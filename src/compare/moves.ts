import { alignTokens } from './align-tokens';
import { cleanUpRuns, type AlignedRun } from './cleanup';
import type { Region } from './regions';
import type { ComparisonTokens } from './tokens';
import { contentWords } from './legal-words';

/**
 * Moved blocks: a deleted region and an inserted region with the same or nearly the same wording. Candidates are
 * found through an index of word shingles (three-word sequences), so only regions that share wording are ever
 * compared — never every deletion against every insertion.
 */
export interface MovedPair {
  /** Region indexes. */
  deleted: number;
  inserted: number;
  similarity: number;
  /** Word alignment between the two, in absolute token indexes. */
  runs: AlignedRun[];
  edited: boolean;
  /** Nothing unchanged lies between the two: an edit in place (a rewritten block), not a move. */
  inPlace: boolean;
}

/** Shared shingles (Dice) above which a deletion and an insertion are the same block moved. */
const MOVE_SIMILARITY = 0.5;
/** Shared words (Dice) above which a deleted and an inserted block side by side are one block rewritten in place. */
const REWRITE_SIMILARITY = 0.5;
/** In-place pairs are looked for among at most this many neighbouring deletions and insertions. */
const MAX_NEIGHBOURS = 30;

function shingles(ids: Int32Array, from: number, to: number): Set<number> {
  const out = new Set<number>();
  if (to - from < 3) {
    for (let i = from; i < to; i++) out.add(ids[i]);
    return out;
  }
  for (let i = from; i + 2 < to; i++) out.add(Math.imul(Math.imul(ids[i], 0x9e3779b1) ^ ids[i + 1], 0x85ebca77) ^ Math.imul(ids[i + 2], 0xc2b2ae3d));
  return out;
}

export function pairMovedRegions(regions: Region[], a: ComparisonTokens, b: ComparisonTokens): MovedPair[] {
  const deleted = regions.map((r, i) => (r.kind === 'deleted' ? i : -1)).filter((i) => i >= 0);
  const inserted = regions.map((r, i) => (r.kind === 'inserted' ? i : -1)).filter((i) => i >= 0);
  if (deleted.length === 0 || inserted.length === 0) return [];

  const insertedShingles = new Map<number, Set<number>>();
  const index = new Map<number, number[]>();
  for (const k of inserted) {
    const set = shingles(b.ids, regions[k].bFrom, regions[k].bTo);
    insertedShingles.set(k, set);
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(k);
      else index.set(s, [k]);
    }
  }
  const candidates: Array<{ d: number; k: number; similarity: number }> = [];
  for (const d of deleted) {
    const set = shingles(a.ids, regions[d].aFrom, regions[d].aTo);
    const shared = new Map<number, number>();
    for (const s of set) for (const k of index.get(s) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    for (const [k, n] of shared) {
      const similarity = (2 * n) / (set.size + insertedShingles.get(k)!.size);
      if (similarity >= MOVE_SIMILARITY) candidates.push({ d, k, similarity });
    }
  }
  candidates.push(...shortItemMoves(regions, deleted, inserted, a, b, candidates));
  // A block rewritten in place shares words more than word sequences ("META LLAMA 3 …" / "LLAMA 3.1 …"); a
  // heading of a word or two shares its words' stems ("Restriction" / "Restrictions").
  for (const [d, k] of neighbourPairs(regions)) {
    const [rd, rk] = [regions[d], regions[k]];
    const short = rd.aTo - rd.aFrom <= SHORT_BLOCK && rk.bTo - rk.bFrom <= SHORT_BLOCK;
    const similarity = short ? stemDice(a.words, rd.aFrom, rd.aTo, b.words, rk.bFrom, rk.bTo) : wordDice(a.ids, rd.aFrom, rd.aTo, b.ids, rk.bFrom, rk.bTo);
    if (similarity >= REWRITE_SIMILARITY) candidates.push({ d, k, similarity });
  }
  candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(x.d - x.k) - Math.abs(y.d - y.k));
  const used = new Set<number>();
  const pairs: MovedPair[] = [];
  for (const c of candidates) {
    if (used.has(c.d) || used.has(c.k)) continue;
    used.add(c.d);
    used.add(c.k);
    const runs = alignWithin(regions[c.d], regions[c.k], a, b);
    pairs.push({ deleted: c.d, inserted: c.k, similarity: c.similarity, runs, edited: runs.some((r) => r.op === 'change'), inPlace: isInPlace(regions, c.d, c.k) });
  }
  return pairs.sort((x, y) => x.inserted - y.inserted);
}

/** Deleted and inserted regions with nothing unchanged between them, as [deleted, inserted] index pairs. */
function neighbourPairs(regions: Region[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < regions.length) {
    if (regions[i].kind !== 'deleted' && regions[i].kind !== 'inserted') {
      i++;
      continue;
    }
    let j = i;
    while (j < regions.length && j - i < MAX_NEIGHBOURS && (regions[j].kind === 'deleted' || regions[j].kind === 'inserted')) j++;
    for (let d = i; d < j; d++) for (let k = i; k < j; k++) if (regions[d].kind === 'deleted' && regions[k].kind === 'inserted') out.push([d, k]);
    i = j;
  }
  return out;
}

/** Share of words two token ranges have in common (Dice coefficient over word ids, repeats counted), 0 for an empty range. */
export function wordDice(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
  if (aTo <= aFrom || bTo <= bFrom) return 0;
  const counts = new Map<number, number>();
  for (let i = aFrom; i < aTo; i++) counts.set(a[i], (counts.get(a[i]) ?? 0) + 1);
  let shared = 0;
  for (let j = bFrom; j < bTo; j++) {
    const n = counts.get(b[j]) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(b[j], n - 1);
    }
  }
  return (2 * shared) / (aTo - aFrom + (bTo - bFrom));
}

/** A block of at most this many words (a heading) is paired in place by its words' stems. */
const SHORT_BLOCK = 6;

/**
 * A word's stem, for short blocks: a plural or third-person "s" and the endings that make a noun of a verb or one
 * form of a verb of another do not make another word ("Restrictions" / "restriction", "The sexualization or
 * exploitation of children" / "Sexualizing or exploiting children"). At least four letters stay.
 */
function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of STEM_SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 4 && /(?:ss|us|is)$/.test(w) === false && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 4 && /(?:iz|is)$/.test(w)) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
const STEM_SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'izing', 'ising', 'ments', 'ment', 'ions', 'ion', 'ings', 'ing', 'ed'];

/**
 * A list item or short sentence of at most this many words moved to another list and edited shares words but
 * few word sequences with its old self ("Tracking or monitoring people without their consent" / "… individuals
 * …"): it is paired by its content words' stems.
 */
const SHORT_ITEM = 16;
/** Shared content stems (Dice) above which two short items are one item moved and edited. */
const SHORT_ITEM_SIMILARITY = 0.75;

/** An item of up to this many words can take in a short item moved into it and expanded. */
const EXPANDED_ITEM = 80;
/** Share of a short item's content stems a longer item must hold, in the same lead, to be that item expanded. */
const CONTAINED_SHARE = 0.8;
/** A short item taken into a longer one needs at least this many content words to be recognised at all. */
const MIN_CONTAINED_STEMS = 3;

/**
 * Short deleted and inserted items with the same content, found through an index of their content stems; and a
 * short item moved into another list and expanded there ("Operating in a regulated industry … without complying
 * with those regulations" now "… , for example, by using the Services to …"): the longer item holds most of the
 * short one's content words and opens with the same one.
 */
function shortItemMoves(regions: Region[], deleted: number[], inserted: number[], a: ComparisonTokens, b: ComparisonTokens, found: Array<{ d: number; k: number }>): Array<{ d: number; k: number; similarity: number }> {
  const stemsOf = (words: string[], from: number, to: number) => (to - from > EXPANDED_ITEM ? null : contentWords(words.slice(from, to)).map(stem));
  const short = (r: Region, side: 'a' | 'b') => (side === 'a' ? r.aTo - r.aFrom : r.bTo - r.bFrom) <= SHORT_ITEM;
  const index = new Map<string, number[]>();
  const insertedStems = new Map<number, string[]>();
  for (const k of inserted) {
    const stems = stemsOf(b.words, regions[k].bFrom, regions[k].bTo);
    if (!stems || stems.length < 2) continue;
    insertedStems.set(k, stems);
    for (const s of new Set(stems)) {
      const list = index.get(s);
      if (list) list.push(k);
      else index.set(s, [k]);
    }
  }
  const paired = new Set(found.map((c) => `${c.d}:${c.k}`));
  const out: Array<{ d: number; k: number; similarity: number }> = [];
  for (const d of deleted) {
    const stems = stemsOf(a.words, regions[d].aFrom, regions[d].aTo);
    if (!stems || stems.length < 2) continue;
    const near = new Set<number>();
    for (const s of new Set(stems)) for (const k of index.get(s) ?? []) near.add(k);
    for (const k of near) {
      if (paired.has(`${d}:${k}`)) continue;
      const other = insertedStems.get(k)!;
      const [dShort, kShort] = [short(regions[d], 'a'), short(regions[k], 'b')];
      if (dShort && kShort) {
        const similarity = multisetDice(stems, other);
        if (similarity >= SHORT_ITEM_SIMILARITY) out.push({ d, k, similarity });
      } else if (dShort !== kShort) {
        // Ranked below any item paired whole: a containment is weaker evidence than the same words.
        const [small, large] = dShort ? [stems, other] : [other, stems];
        if (small.length < MIN_CONTAINED_STEMS || small[0] !== large[0]) continue;
        const share = multisetShared(small, large) / small.length;
        if (share >= CONTAINED_SHARE) out.push({ d, k, similarity: share * SHORT_ITEM_SIMILARITY * 0.9 });
      }
    }
  }
  return out;
}

function multisetShared(x: string[], y: string[]): number {
  const counts = new Map<string, number>();
  for (const s of y) counts.set(s, (counts.get(s) ?? 0) + 1);
  let shared = 0;
  for (const s of x) {
    const n = counts.get(s) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(s, n - 1);
    }
  }
  return shared;
}

function multisetDice(x: string[], y: string[]): number {
  const counts = new Map<string, number>();
  for (const s of x) counts.set(s, (counts.get(s) ?? 0) + 1);
  let shared = 0;
  for (const s of y) {
    const n = counts.get(s) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(s, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Shared words (Dice) of two short blocks, each word by its stem. */
function stemDice(a: string[], aFrom: number, aTo: number, b: string[], bFrom: number, bTo: number): number {
  if (aTo <= aFrom || bTo <= bFrom) return 0;
  const counts = new Map<string, number>();
  for (let i = aFrom; i < aTo; i++) counts.set(stem(a[i]), (counts.get(stem(a[i])) ?? 0) + 1);
  let shared = 0;
  for (let j = bFrom; j < bTo; j++) {
    const n = counts.get(stem(b[j])) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(stem(b[j]), n - 1);
    }
  }
  return (2 * shared) / (aTo - aFrom + (bTo - bFrom));
}

function isInPlace(regions: Region[], i: number, k: number): boolean {
  const [from, to] = i < k ? [i, k] : [k, i];
  for (let r = from + 1; r < to; r++) if (regions[r].kind === 'identical' || regions[r].kind === 'modified') return false;
  return true;
}

function alignWithin(del: Region, ins: Region, a: ComparisonTokens, b: ComparisonTokens): AlignedRun[] {
  const runs = alignTokens(a.ids.subarray(del.aFrom, del.aTo), b.ids.subarray(ins.bFrom, ins.bTo)).map((r) => ({
    ...r,
    aFrom: r.aFrom + del.aFrom,
    aTo: r.aTo + del.aFrom,
    bFrom: r.bFrom + ins.bFrom,
    bTo: r.bTo + ins.bFrom,
  }));
  return cleanUpRuns(runs, a, b);
}
