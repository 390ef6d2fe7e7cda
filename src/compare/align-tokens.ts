import { diffArrays } from 'diff';

/**
 * Word alignment of two versions: a patience diff. Words that occur exactly once in each side of a range are
 * anchors; the longest chain of anchors in the same order on both sides splits the range, and each gap between
 * anchors is aligned the same way on its own (words rare in a gap become unique there). Only a gap with no
 * unique word left goes to jsdiff's Myers diff, with a bounded edit length. Cost grows with the text times the
 * nesting of gaps, not with the product of the two lengths, so two 50-page versions align in milliseconds.
 */

/** A stretch of the alignment: equal words on both sides, or a change (words of one side replaced by the other's). */
export interface Run {
  op: 'equal' | 'change';
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/** Beyond this many edits in one anchor-less gap, the gap is reported as replaced rather than diffed word by word. */
const MAX_GAP_EDITS = 4000;
/** Nested gaps deeper than this are diffed directly (a guard against pathological inputs, never reached on real text). */
const MAX_DEPTH = 200;

export function alignTokens(a: Int32Array, b: Int32Array): Run[] {
  const runs: Run[] = [];
  alignRange(a, b, 0, a.length, 0, b.length, runs, 0);
  return runs;
}

function push(runs: Run[], op: Run['op'], aFrom: number, aTo: number, bFrom: number, bTo: number): void {
  if (aFrom === aTo && bFrom === bTo) return;
  const last = runs[runs.length - 1];
  if (last && last.op === op && last.aTo === aFrom && last.bTo === bFrom) {
    last.aTo = aTo;
    last.bTo = bTo;
    return;
  }
  runs.push({ op, aFrom, aTo, bFrom, bTo });
}

function alignRange(a: Int32Array, b: Int32Array, aLo: number, aHi: number, bLo: number, bHi: number, out: Run[], depth: number): void {
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
  push(out, 'equal', aLo, aLo + prefix, bLo, bLo + prefix);
  aLo += prefix;
  bLo += prefix;
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  aHi -= suffix;
  bHi -= suffix;

  if (aLo === aHi || bLo === bHi) {
    push(out, 'change', aLo, aHi, bLo, bHi);
  } else {
    const chain = depth < MAX_DEPTH ? anchorChain(a, b, aLo, aHi, bLo, bHi) : [];
    if (chain.length === 0) {
      myers(a, b, aLo, aHi, bLo, bHi, out);
    } else {
      let ca = aLo;
      let cb = bLo;
      for (let k = 0; k < chain.length; k += 2) {
        const ai = chain[k];
        const bi = chain[k + 1];
        alignRange(a, b, ca, ai, cb, bi, out, depth + 1);
        push(out, 'equal', ai, ai + 1, bi, bi + 1);
        ca = ai + 1;
        cb = bi + 1;
      }
      alignRange(a, b, ca, aHi, cb, bHi, out, depth + 1);
    }
  }
  push(out, 'equal', aHi, aHi + suffix, bHi, bHi + suffix);
}

/**
 * Words unique on both sides of the range, as [aIndex, bIndex] pairs flattened, reduced to the longest chain
 * increasing on both sides (patience sorting, O(k log k)).
 */
function anchorChain(a: Int32Array, b: Int32Array, aLo: number, aHi: number, bLo: number, bHi: number): number[] {
  // Position of a word unique in a, -1 when it repeats.
  const inA = new Map<number, number>();
  for (let i = aLo; i < aHi; i++) {
    const w = a[i];
    inA.set(w, inA.has(w) ? -1 : i);
  }
  const inB = new Map<number, number>();
  for (let j = bLo; j < bHi; j++) {
    const w = b[j];
    if (!inA.has(w) || inA.get(w) === -1) continue;
    inB.set(w, inB.has(w) ? -1 : j);
  }
  // Candidate pairs in b order.
  const pairsA: number[] = [];
  const pairsB: number[] = [];
  for (let j = bLo; j < bHi; j++) {
    const w = b[j];
    if (inB.get(w) !== j) continue;
    pairsA.push(inA.get(w)!);
    pairsB.push(j);
  }
  const k = pairsA.length;
  if (k === 0) return [];
  // Longest increasing subsequence of pairsA (pairsB already increases).
  const tails: number[] = [];
  const prev = new Int32Array(k).fill(-1);
  for (let i = 0; i < k; i++) {
    const v = pairsA[i];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairsA[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const chain: number[] = new Array(tails.length * 2);
  let at = tails[tails.length - 1];
  for (let n = tails.length - 1; n >= 0; n--) {
    chain[2 * n] = pairsA[at];
    chain[2 * n + 1] = pairsB[at];
    at = prev[at];
  }
  return chain;
}

/** Myers diff of a gap without anchors; a gap too different to be worth diffing is one change. */
function myers(a: Int32Array, b: Int32Array, aLo: number, aHi: number, bLo: number, bHi: number, out: Run[]): void {
  const changes = diffArrays(Array.from(a.subarray(aLo, aHi)), Array.from(b.subarray(bLo, bHi)), { maxEditLength: MAX_GAP_EDITS });
  if (!changes) {
    push(out, 'change', aLo, aHi, bLo, bHi);
    return;
  }
  let i = aLo;
  let j = bLo;
  for (const c of changes) {
    const n = c.count;
    if (c.added) {
      push(out, 'change', i, i, j, j + n);
      j += n;
    } else if (c.removed) {
      push(out, 'change', i, i + n, j, j);
      i += n;
    } else {
      push(out, 'equal', i, i + n, j, j + n);
      i += n;
      j += n;
    }
  }
}
