import type { Finding } from '../clauses/types';
import type { FindingPairs } from './findings-match';
import type { HunkIndex } from './hunks';
import type { MaterialReason } from './types';

/** A reason with the hunks (changed wording) it rests on: a change is material when one of its hunks carries a reason. */
export interface LocatedReason extends MaterialReason {
  hunks: number[];
  /** The clause added or removed, for grouping many of them in one sentence. */
  quote?: string;
}

export interface MaterialityInput {
  oldFindings: Finding[];
  newFindings: Finding[];
  pairs: FindingPairs;
  hunks: HunkIndex;
  oldText: string;
  newText: string;
  /** Start offset of the block holding an offset, per side (for definitions, which read from the block start). */
  blockStartOld: (offset: number) => number;
  blockStartNew: (offset: number) => number;
}

/**
 * The reasons found so far. A reason is said once per place: the same clause written in twice (a page that prints
 * its text twice) is material at both, but one rule reading one edit twice says it once.
 */
export class ReasonList {
  readonly reasons: LocatedReason[] = [];
  private readonly seen = new Set<string>();

  add(r: LocatedReason): void {
    const key = `${r.category}|${r.summary}|${[...r.hunks].sort((x, y) => x - y).join(',')}`;
    if (this.seen.has(key) || r.hunks.length === 0) return;
    this.seen.add(key);
    this.reasons.push(r);
  }
}
