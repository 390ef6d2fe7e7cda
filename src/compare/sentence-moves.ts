import { alignTokens } from './align-tokens';
import { cleanUpRuns, type AlignedRun } from './cleanup';
import type { Hunk } from './hunks';
import type { ComparisonTokens } from './tokens';

/**
 * A sentence (or any run of words) moved inside one change: the paragraph's sentences reordered, maybe lightly
 * edited. The alignment keeps one order, so the sentence reads as struck at one place and written in at another;
 * its words are the same, so it is one sentence moved, and only its edits are changes of wording.
 */
export interface SentenceMove {
  /** Index of the change the sentence moved inside. */
  change: number;
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
/** Passages compared in one change, at most (each pair is counted word by word). */
const MAX_CANDIDATES = 40;

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
 * Pairs the passages struck out whole and written in whole inside one change that share most of their words, and
 * returns the hunks with each pair replaced by the edits inside the moved passage (none when it moved unchanged),
 * plus the moves. A hunk that strikes or writes in words on both sides stays as it is: a replacement is an edit.
 */
export function pairSentenceMoves(hunks: Hunk[], a: ComparisonTokens, b: ComparisonTokens): { hunks: Hunk[]; moves: SentenceMove[] } {
  const byChange = new Map<number, { struck: number[]; written: number[] }>();
  hunks.forEach((h, k) => {
    const struck = h.aTo - h.aFrom >= MIN_MOVED_WORDS && h.bTo === h.bFrom;
    const written = h.bTo - h.bFrom >= MIN_MOVED_WORDS && h.aTo === h.aFrom;
    if (!struck && !written) return;
    const entry = byChange.get(h.change) ?? { struck: [], written: [] };
    (struck ? entry.struck : entry.written).push(k);
    byChange.set(h.change, entry);
  });
  const moves: SentenceMove[] = [];
  const replaced = new Set<number>();
  for (const [change, { struck, written }] of byChange) {
    if (struck.length === 0 || written.length === 0 || struck.length * written.length > MAX_CANDIDATES * MAX_CANDIDATES) continue;
    const candidates: Array<{ d: number; k: number; similarity: number }> = [];
    for (const d of struck)
      for (const k of written) {
        const [x, y] = [hunks[d], hunks[k]];
        const similarity = wordDice(a.ids, x.aFrom, x.aTo, b.ids, y.bFrom, y.bTo);
        if (similarity >= MOVED_SIMILARITY) candidates.push({ d, k, similarity });
      }
    candidates.sort((x, y) => y.similarity - x.similarity);
    for (const { d, k } of candidates) {
      if (replaced.has(d) || replaced.has(k)) continue;
      replaced.add(d).add(k);
      const [x, y] = [hunks[d], hunks[k]];
      const inner = alignTokens(a.ids.subarray(x.aFrom, x.aTo), b.ids.subarray(y.bFrom, y.bTo)).map((r) => ({
        ...r,
        aFrom: r.aFrom + x.aFrom,
        aTo: r.aTo + x.aFrom,
        bFrom: r.bFrom + y.bFrom,
        bTo: r.bTo + y.bFrom,
      }));
      const runs = cleanUpRuns(inner, a, b);
      moves.push({ change, aFrom: x.aFrom, aTo: x.aTo, bFrom: y.bFrom, bTo: y.bTo, runs, edited: runs.some((r) => r.op === 'change') });
    }
  }
  if (moves.length === 0) return { hunks, moves };
  const kept = hunks.filter((_, k) => !replaced.has(k));
  for (const m of moves) for (const r of m.runs) if (r.op === 'change') kept.push({ aFrom: r.aFrom, aTo: r.aTo, bFrom: r.bFrom, bTo: r.bTo, change: m.change });
  // Hunks stay in reading order of the new version, as the main alignment gave them.
  kept.sort((x, y) => x.change - y.change || x.bFrom - y.bFrom || x.aFrom - y.aFrom);
  return { hunks: kept, moves };
}
