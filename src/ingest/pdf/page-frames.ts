import type { PdfLine, PdfPageText } from './page-text';

/** Pages whose width differs from the document's usual width by more than this share have margins of their own. */
const OTHER_SIZE = 0.1;

/**
 * Gives the lines of pages printed in another size or orientation than most (a landscape fee schedule in a
 * portrait agreement) the margins of their own pages, as `column` edges: measured against the portrait pages'
 * margins, every landscape line would seem to run past the margin, and paragraphs there would never end.
 * Lines that already have column edges (a two-column page) keep them.
 */
export function frameOtherSizedPages(pages: PdfPageText[]): PdfPageText[] {
  const widths = new Map<number, number>();
  for (const page of pages) widths.set(Math.round(page.width), (widths.get(Math.round(page.width)) ?? 0) + page.lines.length);
  const usual = [...widths].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (usual === undefined || widths.size === 1) return pages;
  const other = (page: PdfPageText) => Math.abs(page.width - usual) > OTHER_SIZE * usual;
  const groups = new Map<number, PdfPageText[]>();
  for (const page of pages.filter(other)) groups.set(Math.round(page.width), [...(groups.get(Math.round(page.width)) ?? []), page]);
  const edges = new Map<number, { left: number; right: number } | null>();
  for (const [width, group] of groups) edges.set(width, frameOf(group.flatMap((page) => page.lines.filter((line) => !line.column))));
  return pages.map((page) => {
    const frame = other(page) ? edges.get(Math.round(page.width)) : null;
    if (!frame) return page;
    return { ...page, lines: page.lines.map((line): PdfLine => (line.column ? line : { ...line, column: frame })) };
  });
}

/** The left margin (the leftmost start shared by three lines, else the leftmost) and right edge of the lines. */
function frameOf(lines: PdfLine[]): { left: number; right: number } | null {
  if (lines.length === 0) return null;
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  const shared = [...starts].filter(([, count]) => count >= 3).map(([x]) => x);
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  return {
    left: shared.length > 0 ? Math.min(...shared) : Math.min(...lines.map((line) => line.x)),
    right: rights[Math.min(rights.length - 1, Math.floor(0.9 * rights.length))],
  };
}
