/**
 * Text runs as pdf.js reports them, for tests of the PDF line reader (page-lines.ts): an A4 page in points, one
 * serif body font, a run placed by its left edge and baseline measured from the top of the page.
 */
import type { TextRun } from '../../src/ingest/pdf/page-lines';

export const A4 = [1, 0, 0, -1, 0, 842];
export const FONTS = { body: { ascent: 0.9, descent: -0.2, fontFamily: 'serif' } };

export const run = (str: string, x: number, baseline: number, width: number, size = 10): TextRun => ({
  str,
  transform: [size, 0, 0, size, x, 842 - baseline],
  width,
  fontName: 'body',
});
