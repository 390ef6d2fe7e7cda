import { alignTokens } from './align-tokens';
import { cleanUpRuns, type AlignedRun } from './cleanup';
import type { Hunk } from './hunks';
import type { ComparisonTokens } from './tokens';

/**
 * A sentence or list item moved: the paragraph's sentences reordered, or an item moved to the end of its list from
 * a block that was edited too, maybe lightly reworded on the way. The alignment keeps one order, so the passage
 * reads as struck at one place and written in at another; its words are the same, so it is one passage moved, and
 * only its edits are changes of wording.
 */
export interface SentenceMove {
  /** Index of the change the passage now stands in (its edits belong to it). */
  change: number;
  /** Index of the change it was struck from (the same change for a move inside a paragraph). */
  fromChange: number;
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  /** The moved words aligned with each other, in absolute token indexes. */
  runs: AlignedRun[];
  edited: boolean;
}

/** A struck and a written-in passage sharing this share of their words (Dice) are one passage moved. */
const MOVED_SIMILARITY = 0.6;
/** A passage of fewer words is too short to tell a move from a coincidence ("the Service" struck and written in). */
const MIN_MOVED_WORDS = 5;
/** A word written in more passages than this ("the", "or") says nothing of which passage moved where. */
const MAX_POSTINGS = 24;

function wordDice(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
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

/**
 * Pairs the passages struck out and written in (one side of a hunk, five words or more) that share most of their
 * words, and returns the hunks with each pair replaced by the edits inside the moved passage (none when it moved
 * unchanged) and by what is left of each hunk's other side, plus the moves. Candidates come from an index of the
 * written-in passages' rarer words, never all pairs; a hunk's own two sides are an edit, never a move.
 */
export function pairSentenceMoves(hunks: Hunk[], a: ComparisonTokens, b: ComparisonTokens): { hunks: Hunk[]; moves: SentenceMove[] } {
  const struck = hunks.map((h, k) => (h.aTo - h.aFrom >= MIN_MOVED_WORDS ? k : -1)).filter((k) => k >= 0);
  const written = hunks.map((h, k) => (h.bTo - h.bFrom >= MIN_MOVED_WORDS ? k : -1)).filter((k) => k >= 0);
  if (struck.length === 0 || written.length === 0) return { hunks, moves: [] };
  const postings = new Map<number, number[]>();
  for (const k of written) {
    const h = hunks[k];
    for (const id of new Set(b.ids.subarray(h.bFrom, h.bTo))) {
      const list = postings.get(id);
      if (list) list.push(k);
      else postings.set(id, [k]);
    }
  }
  const candidates: Array<{ d: number; k: number; similarity: number }> = [];
  for (const d of struck) {
    const h = hunks[d];
    const ids = new Set(a.ids.subarray(h.aFrom, h.aTo));
    const shared = new Map<number, number>();
    for (const id of ids) {
      const list = postings.get(id);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const k of list) if (k !== d) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    for (const [k, n] of shared) {
      // Rare words shared at all: the passages are then compared word by word.
      if (n < 2) continue;
      const y = hunks[k];
      const similarity = wordDice(a.ids, h.aFrom, h.aTo, b.ids, y.bFrom, y.bTo);
      if (similarity >= MOVED_SIMILARITY) candidates.push({ d, k, similarity });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(hunks[x.d].change - hunks[x.k].change) - Math.abs(hunks[y.d].change - hunks[y.k].change));
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const moves: SentenceMove[] = [];
  for (const { d, k } of candidates) {
    if (usedOld.has(d) || usedNew.has(k)) continue;
    usedOld.add(d);
    usedNew.add(k);
    const [x, y] = [hunks[d], hunks[k]];
    const inner = alignTokens(a.ids.subarray(x.aFrom, x.aTo), b.ids.subarray(y.bFrom, y.bTo)).map((r) => ({
      ...r,
      aFrom: r.aFrom + x.aFrom,
      aTo: r.aTo + x.aFrom,
      bFrom: r.bFrom + y.bFrom,
      bTo: r.bTo + y.bFrom,
    }));
    const runs = cleanUpRuns(inner, a, b);
    moves.push({ change: y.change, fromChange: x.change, aFrom: x.aFrom, aTo: x.aTo, bFrom: y.bFrom, bTo: y.bTo, runs, edited: runs.some((r) => r.op === 'change') });
  }
  if (moves.length === 0) return { hunks, moves };
  const kept: Hunk[] = [];
  hunks.forEach((h, k) => {
    const [oldMoved, newMoved] = [usedOld.has(k), usedNew.has(k)];
    if (!oldMoved && !newMoved) kept.push(h);
    // What is left of a hunk one side of which moved: its other side, struck out or written in at the same place.
    else if (oldMoved && !newMoved && h.bTo > h.bFrom) kept.push({ ...h, aFrom: h.aTo });
    else if (newMoved && !oldMoved && h.aTo > h.aFrom) kept.push({ ...h, bFrom: h.bTo });
  });
  for (const m of moves) for (const r of m.runs) if (r.op === 'change') kept.push({ aFrom: r.aFrom, aTo: r.aTo, bFrom: r.bFrom, bTo: r.bTo, change: m.change });
  // Hunks stay in reading order of the new version, as the main alignment gave them.
  kept.sort((x, y) => x.change - y.change || x.bFrom - y.bFrom || x.aFrom - y.aFrom);
  return { hunks: kept, moves };
}
