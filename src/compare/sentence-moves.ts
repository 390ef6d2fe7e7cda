import { alignTokens } from './align-tokens';
import { cleanUpRuns, type AlignedRun } from './cleanup';
import type { Hunk } from './hunks';
import { wordDice } from './moves';
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
/** A moved passage's edge this few words from its block's edge is snapped to it: the alignment lent them to a neighbour. */
const SNAP_WORDS = 4;
/** A word written in more passages than this ("the", "or") says nothing of which passage moved where. */
const MAX_POSTINGS = 24;

/** One side of a hunk cut at block edges: a list item or paragraph struck out or written in. */
interface Piece {
  hunk: number;
  from: number;
  to: number;
}

/** The pieces of each hunk's side that are long enough to be told apart, cut where blocks end. */
function piecesOf(hunks: Hunk[], t: ComparisonTokens, side: 'old' | 'new'): Piece[] {
  const out: Piece[] = [];
  hunks.forEach((h, k) => {
    const [from, to] = side === 'old' ? [h.aFrom, h.aTo] : [h.bFrom, h.bTo];
    let start = from;
    while (start < to) {
      const next = t.blockStart[t.blockOf[start] + 1] ?? to;
      const end = Math.min(to, Math.max(next, start + 1));
      if (end - start >= MIN_MOVED_WORDS) out.push({ hunk: k, from: start, to: end });
      start = end;
    }
  });
  return out;
}

/**
 * Pairs the passages struck out and written in (pieces of a hunk's side within one block, five words or more)
 * that share most of their words, and returns the hunks with each pair replaced by the edits inside the moved
 * passage (none when it moved unchanged) and by what is left of the hunks, plus the moves. Candidates come from an
 * index of the written-in passages' rarer words, never all pairs; a hunk's own two sides are an edit, never a move.
 */
export function pairSentenceMoves(hunks: Hunk[], a: ComparisonTokens, b: ComparisonTokens): { hunks: Hunk[]; moves: SentenceMove[] } {
  const struck = piecesOf(hunks, a, 'old');
  const written = piecesOf(hunks, b, 'new');
  if (struck.length === 0 || written.length === 0) return { hunks, moves: [] };
  const postings = new Map<number, number[]>();
  written.forEach((w, k) => {
    for (const id of new Set(b.ids.subarray(w.from, w.to))) {
      const list = postings.get(id);
      if (list) list.push(k);
      else postings.set(id, [k]);
    }
  });
  const candidates: Array<{ d: number; k: number; similarity: number }> = [];
  struck.forEach((x, d) => {
    const shared = new Map<number, number>();
    for (const id of new Set(a.ids.subarray(x.from, x.to))) {
      const list = postings.get(id);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const k of list) if (written[k].hunk !== x.hunk) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    for (const [k, n] of shared) {
      // Rare words shared at all: the passages are then compared word by word.
      if (n < 2) continue;
      const y = written[k];
      const similarity = wordDice(a.ids, x.from, x.to, b.ids, y.from, y.to);
      if (similarity >= MOVED_SIMILARITY) candidates.push({ d, k, similarity });
    }
  });
  const changeOf = (piece: Piece) => hunks[piece.hunk].change;
  candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(changeOf(struck[x.d]) - changeOf(written[x.k])) - Math.abs(changeOf(struck[y.d]) - changeOf(written[y.k])));
  const changedA = new Uint8Array(a.ids.length);
  for (const h of hunks) changedA.fill(1, h.aFrom, h.aTo);
  const changedB = new Uint8Array(b.ids.length);
  for (const h of hunks) changedB.fill(1, h.bFrom, h.bTo);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const moves: SentenceMove[] = [];
  for (const { d, k } of candidates) {
    if (usedOld.has(d) || usedNew.has(k)) continue;
    usedOld.add(d);
    usedNew.add(k);
    const [x, y] = [struck[d], written[k]];
    const [aFrom, aTo] = [snapStart(a, x.from, x.to, changedA), x.to];
    const [bFrom, bTo] = [snapStart(b, y.from, y.to, changedB), y.to];
    const inner = alignTokens(a.ids.subarray(aFrom, aTo), b.ids.subarray(bFrom, bTo)).map((r) => ({
      ...r,
      aFrom: r.aFrom + aFrom,
      aTo: r.aTo + aFrom,
      bFrom: r.bFrom + bFrom,
      bTo: r.bTo + bFrom,
    }));
    const runs = cleanUpRuns(inner, a, b);
    moves.push({ change: changeOf(y), fromChange: changeOf(x), aFrom, aTo, bFrom, bTo, runs, edited: runs.some((r) => r.op === 'change') });
  }
  if (moves.length === 0) return { hunks, moves };
  // Each hunk without its moved pieces: what is left on each side stays a change, struck out or written in there.
  const movedOld = new Map<number, Piece[]>();
  const movedNew = new Map<number, Piece[]>();
  for (const d of usedOld) movedOld.set(struck[d].hunk, [...(movedOld.get(struck[d].hunk) ?? []), struck[d]]);
  for (const k of usedNew) movedNew.set(written[k].hunk, [...(movedNew.get(written[k].hunk) ?? []), written[k]]);
  const kept: Hunk[] = [];
  hunks.forEach((h, k) => {
    const [oldMoved, newMoved] = [movedOld.get(k), movedNew.get(k)];
    if (!oldMoved && !newMoved) {
      kept.push(h);
      return;
    }
    for (const [from, to] of leftOver(h.aFrom, h.aTo, oldMoved ?? [])) kept.push({ aFrom: from, aTo: to, bFrom: h.bFrom, bTo: h.bFrom, change: h.change });
    for (const [from, to] of leftOver(h.bFrom, h.bTo, newMoved ?? [])) kept.push({ aFrom: h.aTo, aTo: h.aTo, bFrom: from, bTo: to, change: h.change });
  });
  for (const m of moves) for (const r of m.runs) if (r.op === 'change') kept.push({ aFrom: r.aFrom, aTo: r.aTo, bFrom: r.bFrom, bTo: r.bTo, change: m.change });
  // Hunks stay in reading order of the new version, as the main alignment gave them.
  kept.sort((x, y) => x.change - y.change || x.bFrom - y.bFrom || x.aFrom - y.aFrom);
  return { hunks: kept, moves };
}

/** The parts of [from, to) no piece covers. */
function leftOver(from: number, to: number, pieces: Piece[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = from;
  for (const p of [...pieces].sort((x, y) => x.from - y.from)) {
    if (p.from > at) out.push([at, p.from]);
    at = Math.max(at, p.to);
  }
  if (to > at) out.push([at, to]);
  return out;
}

/**
 * A moved item's start taken back to its block's start when only a few unchanged words of the block stand before
 * it and the passage runs to the block's end: the alignment lent those words to an edited neighbour ("Create or" of
 * "Create or distribute malware" matched with "Create or" of "Create or install tools"). A sentence moved inside a
 * paragraph does not reach back: it stops before the paragraph's end or starts well inside it.
 */
function snapStart(t: ComparisonTokens, from: number, to: number, changed: Uint8Array): number {
  const block = t.blockOf[from];
  const blockStart = t.blockStart[block];
  const blockEnd = t.blockStart[block + 1] ?? t.ids.length;
  if (from - blockStart <= 0 || from - blockStart > SNAP_WORDS || to < blockEnd) return from;
  return changed.subarray(blockStart, from).some((c) => c === 1) ? from : blockStart;
}
