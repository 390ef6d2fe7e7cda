import type { DocumentModel, TextBox } from './model';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix / suffix). */
export const CONTEXT_LENGTH = 32;

/**
 * How an annotation points into a document, in the W3C Web Annotation model: a TextPositionSelector
 * (start/end offsets into the normalised text) and a TextQuoteSelector (the exact quote with some context), plus
 * page and boxes for PDFs. The quote is what lets an annotation be found again in a later version of the text.
 */
export interface TextSelectors {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  page: number | null;
  boxes: TextBox[];
}

export function createSelectors(model: Pick<DocumentModel, 'text' | 'blocks'>, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > model.text.length || start >= end) {
    throw new RangeError(`A selection must be a non-empty range inside the text (got ${start}–${end} of ${model.text.length}).`);
  }
  const prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  return {
    start,
    end,
    exact: model.text.slice(start, end),
    prefix: model.text.slice(prefixStart, start),
    suffix: model.text.slice(end, end + CONTEXT_LENGTH),
    page: pageAt(model, start),
    boxes: boxesForSpan(model, start, end),
  };
}

/** 1-based page of the block holding `offset` (or the next block, when the offset sits between blocks). */
export function pageAt(model: Pick<DocumentModel, 'blocks'>, offset: number): number | null {
  const block = model.blocks.find((b) => offset < b.end) ?? model.blocks[model.blocks.length - 1];
  return block?.page ?? null;
}

/**
 * The parts of the PDF line boxes that a span covers. A line box is cut proportionally to the characters of
 * the span inside it: exact for the monospaced case and close enough for a highlight in proportional fonts.
 */
export function boxesForSpan(model: Pick<DocumentModel, 'blocks'>, start: number, end: number): TextBox[] {
  const out: TextBox[] = [];
  for (const block of model.blocks) {
    if (block.end <= start || block.start >= end || !block.boxes) continue;
    for (const box of block.boxes) {
      const s = Math.max(start, box.start);
      const e = Math.min(end, box.end);
      if (s >= e) continue;
      const chars = box.end - box.start || 1;
      const x = box.x + (box.width * (s - box.start)) / chars;
      const width = (box.width * (e - s)) / chars;
      out.push({ page: box.page, x, y: box.y, width, height: box.height, start: s, end: e });
    }
  }
  return out;
}
