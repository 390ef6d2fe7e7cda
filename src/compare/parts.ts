import type { AlignedRun } from './cleanup';
import type { ComparisonTokens } from './tokens';
import type { DiffPart, TextSpan } from './types';

/**
 * The word-level redline of one change: its alignment runs turned into parts whose spans tile the change's text
 * on each side without gaps (the spaces and punctuation after a word go with that word's part, the printed
 * number before the first word with the first part), so a renderer can print the parts one after another.
 * Differences that are not of wording (`noise` runs) print as equal text.
 */
export function buildParts(runs: AlignedRun[], a: ComparisonTokens, b: ComparisonTokens, oldSpan: TextSpan | null, newSpan: TextSpan | null): DiffPart[] {
  interface Draft {
    op: DiffPart['op'];
    aFrom: number;
    aTo: number;
    bFrom: number;
    bTo: number;
  }
  const drafts: Draft[] = [];
  const add = (op: DiffPart['op'], aFrom: number, aTo: number, bFrom: number, bTo: number) => {
    const last = drafts[drafts.length - 1];
    if (last && last.op === op && last.aTo === aFrom && last.bTo === bFrom) {
      last.aTo = aTo;
      last.bTo = bTo;
    } else drafts.push({ op, aFrom, aTo, bFrom, bTo });
  };
  for (const r of runs) {
    if (r.op === 'change') {
      if (r.aTo > r.aFrom) add('delete', r.aFrom, r.aTo, r.bFrom, r.bFrom);
      if (r.bTo > r.bFrom) add('insert', r.aTo, r.aTo, r.bFrom, r.bTo);
    } else add('equal', r.aFrom, r.aTo, r.bFrom, r.bTo);
  }
  if (drafts.length === 0) {
    // A change with no words on either side (only symbols): one part per side.
    const out: DiffPart[] = [];
    if (oldSpan) out.push({ op: 'delete', text: a.text.slice(oldSpan.start, oldSpan.end), old: oldSpan, new: null });
    if (newSpan) out.push({ op: 'insert', text: b.text.slice(newSpan.start, newSpan.end), old: null, new: newSpan });
    return out;
  }

  const oldStarts = sideStarts(drafts, (d) => (d.op === 'insert' ? null : d.aFrom < d.aTo ? a.starts[d.aFrom] : null), oldSpan);
  const newStarts = sideStarts(drafts, (d) => (d.op === 'delete' ? null : d.bFrom < d.bTo ? b.starts[d.bFrom] : null), newSpan);
  return drafts.map((d, i) => {
    const old = oldStarts[i];
    const neu = newStarts[i];
    const text = neu ? b.text.slice(neu.start, neu.end) : old ? a.text.slice(old.start, old.end) : '';
    return { op: d.op, text, old: d.op === 'insert' ? null : old, new: d.op === 'delete' ? null : neu };
  });
}

/** Spans of the parts present on one side: each from its first word (the first from the side's start) to the next part's start. */
function sideStarts<T>(drafts: T[], firstOffset: (d: T) => number | null, span: TextSpan | null): Array<TextSpan | null> {
  const out: Array<TextSpan | null> = drafts.map(() => null);
  if (!span) return out;
  const present: Array<[number, number]> = [];
  drafts.forEach((d, i) => {
    const at = firstOffset(d);
    if (at !== null) present.push([i, at]);
  });
  for (let k = 0; k < present.length; k++) {
    const [i, at] = present[k];
    const start = k === 0 ? span.start : Math.max(span.start, Math.min(at, span.end));
    const end = k + 1 < present.length ? Math.max(start, Math.min(present[k + 1][1], span.end)) : span.end;
    out[i] = { start, end };
  }
  return out;
}
