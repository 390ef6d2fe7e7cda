import type { AlignedRun } from './cleanup';
import { tokenAtOrAfter, type ComparisonTokens } from './tokens';
import type { TextSpan } from './types';

/**
 * Where a position of one version lies in the other, through the word alignment (moved blocks included). Used as
 * the hint when re-anchoring annotations and to find the counterpart of a finding.
 */
export class OffsetMap {
  /** For each token of the source side, the aligned token of the target side, or -1. */
  private readonly target: Int32Array;

  constructor(
    private readonly from: ComparisonTokens,
    private readonly to: ComparisonTokens,
    runs: Iterable<AlignedRun>,
    reverse: boolean,
  ) {
    this.target = new Int32Array(from.ids.length).fill(-1);
    for (const r of runs) {
      if (r.op === 'change') continue;
      const [sFrom, sTo, tFrom, tTo] = reverse ? [r.bFrom, r.bTo, r.aFrom, r.aTo] : [r.aFrom, r.aTo, r.bFrom, r.bTo];
      const n = sTo - sFrom;
      const m = tTo - tFrom;
      if (n === 0 || m === 0) continue;
      // Equal runs map one to one; a noise run (a re-split word) maps proportionally.
      for (let k = 0; k < n; k++) this.target[sFrom + k] = tFrom + Math.min(m - 1, Math.floor((k * m) / n));
    }
  }

  /** True when the token at `index` has a counterpart. */
  isAligned(index: number): boolean {
    return this.target[index] >= 0;
  }

  /** The target offset of a source offset: exact inside aligned words, interpolated between the nearest aligned ones. */
  mapOffset(offset: number): number {
    const n = this.from.ids.length;
    if (n === 0) return 0;
    const i = Math.min(tokenAtOrAfter(this.from, offset), n - 1);
    if (this.target[i] >= 0 && offset >= this.from.starts[i]) {
      const t = this.target[i];
      return Math.min(this.to.ends[t], this.to.starts[t] + (offset - this.from.starts[i]));
    }
    let before = i - 1;
    while (before >= 0 && this.target[before] < 0) before--;
    let after = i;
    while (after < n && this.target[after] < 0) after++;
    if (before < 0 && after >= n) return Math.round((offset / Math.max(1, this.from.text.length)) * this.to.text.length);
    if (before < 0) return this.to.starts[this.target[after]];
    if (after >= n) return this.to.ends[this.target[before]];
    return this.to.ends[this.target[before]];
  }

  mapSpan(span: TextSpan): TextSpan {
    const start = this.mapOffset(span.start);
    const end = Math.max(start, this.mapOffset(Math.max(span.start, span.end - 1)) + 1);
    return { start, end: Math.min(end, this.to.text.length) };
  }

  /**
   * Where the span's own surviving words are in the target: from its first to its last word that has a
   * counterpart. Unlike mapSpan, a span starting before its first word (a list number) does not reach back over
   * text inserted or deleted just before it. Falls back to mapSpan when none of its words survives.
   */
  mapWords(span: TextSpan): TextSpan {
    let first = -1;
    let last = -1;
    for (let i = tokenAtOrAfter(this.from, span.start); i < this.from.ids.length && this.from.starts[i] < span.end; i++) {
      if (this.target[i] < 0) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return this.mapSpan(span);
    const start = this.to.starts[this.target[first]];
    const end = this.to.ends[this.target[last]];
    return start < end ? { start, end } : this.mapSpan(span);
  }

  /** Share of the source words in [start, end) that have a counterpart. */
  alignedShare(span: TextSpan): number {
    const from = tokenAtOrAfter(this.from, span.start);
    let total = 0;
    let aligned = 0;
    for (let i = from; i < this.from.ids.length && this.from.starts[i] < span.end; i++) {
      total++;
      if (this.target[i] >= 0) aligned++;
    }
    return total === 0 ? 1 : aligned / total;
  }
}
