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

/** Lines of a column page that must fit one of the document's columns before the page is read in that column. */
const LONE_COLUMN_SHARE = 0.8;

/**
 * A page of a document set in columns whose text fills one column only — the last page, where the text ends in
 * the left column, or a sheet printed two pages up whose second page is blank — shows no gutter, so its lines
 * would be measured against the page's margins: every line would stop short of the right one and each would end
 * its paragraph. Such a page's lines get the edges of the column they sit in, when at least four in five of them
 * lie inside one column of the document's other pages of the same width.
 */
export function frameLoneColumns(pages: PdfPageText[]): PdfPageText[] {
  const counts = new Map<string, { width: number; edges: { left: number; right: number }; lines: number }>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!line.column) continue;
      const key = `${Math.round(page.width)}:${Math.round(line.column.left)}:${Math.round(line.column.right)}`;
      const entry = counts.get(key) ?? { width: Math.round(page.width), edges: line.column, lines: 0 };
      entry.lines++;
      counts.set(key, entry);
    }
  }
  const columns = [...counts.values()].filter((entry) => entry.lines >= 3);
  if (columns.length < 2) return pages;
  return pages.map((page) => {
    if (page.lines.length === 0 || page.lines.some((line) => line.column)) return page;
    const inside = (edges: { left: number; right: number }) => (line: PdfLine) => line.x >= edges.left - 2 && line.right <= edges.right + 2;
    const column = columns.find(
      (entry) => entry.width === Math.round(page.width) && page.lines.filter(inside(entry.edges)).length >= LONE_COLUMN_SHARE * page.lines.length,
    );
    if (!column) return page;
    const fits = inside(column.edges);
    return { ...page, lines: page.lines.map((line): PdfLine => (fits(line) ? { ...line, column: column.edges } : line)) };
  });
}
