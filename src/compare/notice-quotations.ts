import type { Finding } from '../clauses/types';
import type { Hunk, HunkIndex } from './hunks';
import type { MaterialityInput } from './located-reason';

/** A quotation at least this long is a text to reproduce ("Built with …"), not a defined term ("Notice"). */
const MIN_QUOTATION = 12;

/** The quotations of text[start, end), straight quotes paired in order, curly ones by their shape. */
function quotationsIn(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      if (i - open - 1 >= MIN_QUOTATION) out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** True when the hunk's words sit inside a quotation of the clause on the side(s) it has words. */
export function insideQuotation(index: HunkIndex, h: Hunk, input: MaterialityInput, f: Finding, g: Finding): boolean {
  const within = (spans: Array<[number, number]>, s: number, e: number) => spans.some(([qs, qe]) => s > qs && e < qe);
  // The whole paragraph is read: a finding may end at a full stop inside the notice ("… Alibaba Cloud. All Rights Reserved.").
  const paragraph = (text: string, blockStart: number, end: number): [number, number] => {
    const stop = text.indexOf('\n', end);
    return [blockStart, stop < 0 ? text.length : stop];
  };
  const quotations = (text: string, blockStart: number, end: number) => quotationsIn(text, ...paragraph(text, blockStart, end));
  const oldSide = h.aTo > h.aFrom ? within(quotations(input.oldText, input.blockStartOld(f.start), f.end), index.a.starts[h.aFrom], index.a.ends[h.aTo - 1]) : null;
  const newSide = h.bTo > h.bFrom ? within(quotations(input.newText, input.blockStartNew(g.start), g.end), index.b.starts[h.bFrom], index.b.ends[h.bTo - 1]) : null;
  return oldSide !== false && newSide !== false && (oldSide === true || newSide === true);
}
