import type { AlignedRun } from './cleanup';
import type { ComparisonTokens } from './tokens';

/**
 * Blocks that correspond, found from the word alignment. Two documents of the same text can cut it into blocks
 * differently (a PDF splits a paragraph at a page break, a DOCX runs a heading into its paragraph), so blocks are
 * never paired one to one by position: a region ends only where both sides reach a block boundary at the same
 * point of the alignment. Where the blocks agree, each region is one block pair; where one side split or merged
 * paragraphs, the region holds all of them; whole blocks inside a change become their own inserted or deleted
 * regions.
 */
export interface Region {
  kind: 'identical' | 'modified' | 'inserted' | 'deleted';
  /** Token ranges. */
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  /** Block index ranges [from, to). */
  oldBlockFrom: number;
  oldBlockTo: number;
  newBlockFrom: number;
  newBlockTo: number;
  /** The alignment runs inside the region, clipped to it. */
  runs: AlignedRun[];
}

export function buildRegions(runs: AlignedRun[], a: ComparisonTokens, b: ComparisonTokens, oldBlockCount: number, newBlockCount: number): Region[] {
  const nA = a.ids.length;
  const nB = b.ids.length;
  const boundaryA = (i: number) => i === 0 || i >= nA || a.blockOf[i] !== a.blockOf[i - 1];
  const boundaryB = (j: number) => j === 0 || j >= nB || b.blockOf[j] !== b.blockOf[j - 1];
  const cuts: Array<[number, number]> = [[0, 0]];
  const visit = (i: number, j: number) => {
    const [li, lj] = cuts[cuts.length - 1];
    if ((i > li || j > lj) && boundaryA(i) && boundaryB(j)) cuts.push([i, j]);
  };
  for (const r of runs) {
    if (r.op === 'equal') {
      for (let k = 1; k <= r.aTo - r.aFrom; k++) visit(r.aFrom + k, r.bFrom + k);
      continue;
    }
    for (const [i0, j0, i1, j1] of changePath(r, boundaryA, boundaryB)) {
      for (let i = i0 + 1; i <= i1; i++) visit(i, j0);
      for (let j = j0 + 1; j <= j1; j++) visit(i1, j);
    }
  }
  visit(nA, nB);
  if (cuts[cuts.length - 1][0] !== nA || cuts[cuts.length - 1][1] !== nB) cuts.push([nA, nB]);

  const regions: Region[] = [];
  let runIndex = 0;
  let oldCursor = 0;
  let newCursor = 0;
  for (let c = 1; c < cuts.length; c++) {
    const [aFrom, bFrom] = cuts[c - 1];
    const [aTo, bTo] = cuts[c];
    const last = c === cuts.length - 1;
    // Blocks without words (a rule, a lone number) go with the region before them.
    const oldTo = aTo > aFrom ? (last || aTo >= nA ? oldBlockCount : a.blockOf[aTo]) : last ? oldBlockCount : oldCursor;
    const newTo = bTo > bFrom ? (last || bTo >= nB ? newBlockCount : b.blockOf[bTo]) : last ? newBlockCount : newCursor;
    const inside: AlignedRun[] = [];
    while (runIndex < runs.length) {
      const r = runs[runIndex];
      const clipped = clip(r, aFrom, aTo, bFrom, bTo);
      if (clipped) inside.push(clipped);
      if (r.aTo <= aTo && r.bTo <= bTo) runIndex++;
      else break;
    }
    regions.push({
      kind: classify(aFrom, aTo, bFrom, bTo, inside),
      aFrom,
      aTo,
      bFrom,
      bTo,
      oldBlockFrom: oldCursor,
      oldBlockTo: Math.max(oldCursor, oldTo),
      newBlockFrom: newCursor,
      newBlockTo: Math.max(newCursor, newTo),
      runs: inside,
    });
    oldCursor = Math.max(oldCursor, oldTo);
    newCursor = Math.max(newCursor, newTo);
  }
  return regions;
}

/**
 * The path through a change, as straight legs [i0, j0, i1, j1] (first along the old side, then along the new).
 * It first finishes the blocks the change starts inside, then passes every whole old block (deleted) and every
 * whole new block (inserted) separately, then starts the blocks the change ends inside: so a change that deletes
 * a paragraph after editing the one before it yields an edited pair and a deletion, whichever side comes first.
 */
function changePath(r: AlignedRun, boundaryA: (i: number) => boolean, boundaryB: (j: number) => boolean): Array<[number, number, number, number]> {
  const nextA = (i: number) => {
    while (i < r.aTo && !boundaryA(i)) i++;
    return i;
  };
  const nextB = (j: number) => {
    while (j < r.bTo && !boundaryB(j)) j++;
    return j;
  };
  const prevA = (i: number) => {
    while (i > r.aFrom && !boundaryA(i)) i--;
    return i;
  };
  const prevB = (j: number) => {
    while (j > r.bFrom && !boundaryB(j)) j--;
    return j;
  };
  const i1 = nextA(r.aFrom);
  const j1 = nextB(r.bFrom);
  const i2 = Math.max(i1, prevA(r.aTo));
  const j2 = Math.max(j1, prevB(r.bTo));
  return [
    [r.aFrom, r.bFrom, i1, j1],
    [i1, j1, i2, j1],
    [i2, j1, i2, j2],
    [i2, j2, r.aTo, r.bTo],
  ];
}

function clip(r: AlignedRun, aFrom: number, aTo: number, bFrom: number, bTo: number): AlignedRun | null {
  if (r.op === 'equal') {
    const start = Math.max(r.aFrom, aFrom, r.aFrom + (bFrom - r.bFrom));
    const end = Math.min(r.aTo, aTo, r.aFrom + (bTo - r.bFrom));
    if (start >= end) return null;
    return { op: 'equal', aFrom: start, aTo: end, bFrom: r.bFrom + (start - r.aFrom), bTo: r.bFrom + (end - r.aFrom) };
  }
  const a0 = Math.max(r.aFrom, aFrom);
  const a1 = Math.min(r.aTo, aTo);
  const b0 = Math.max(r.bFrom, bFrom);
  const b1 = Math.min(r.bTo, bTo);
  if (a0 > a1 || b0 > b1 || (a0 === a1 && b0 === b1)) return null;
  return { op: r.op, aFrom: a0, aTo: a1, bFrom: b0, bTo: b1 };
}

function classify(aFrom: number, aTo: number, bFrom: number, bTo: number, runs: AlignedRun[]): Region['kind'] {
  // A link target or a hyphenation alone, even in a block of its own, is not a change of wording.
  if (runs.every((r) => r.op !== 'change')) return 'identical';
  if (aFrom === aTo) return 'inserted';
  if (bFrom === bTo) return 'deleted';
  return 'modified';
}
