import type { LayoutStats } from './layout-stats';
import type { PdfLine, PdfPageText } from './page-text';

/** Footnotes sit in the lower part of the page: a mark higher up opens no footnote zone. */
const NOTES_BAND = 0.5;

/**
 * Splits the footnotes off the foot of a page: the lines from the first one that opens with a raised note mark
 * to the end of the page, when that line stands apart from the text above it (the space before a footnote
 * separator), in the lower half of the page, and no line below it is set larger than the body. Every note starts with its mark; a note's other
 * lines follow it.
 */
export function splitFootnotes(page: PdfPageText, stats: LayoutStats): { body: PdfLine[]; notes: PdfLine[] } {
  const lines = page.lines;
  let start = lines.length;
  for (let i = lines.length - 1; i > 0; i--) {
    if (lines[i].size > stats.bodySize * 1.05 || lines[i].column || lines[i].top < NOTES_BAND * page.height) break;
    if (lines[i].opensNote && lines[i].baseline - lines[i - 1].baseline > 1.5 * stats.linePitch) start = i;
  }
  return { body: lines.slice(0, start), notes: lines.slice(start) };
}
