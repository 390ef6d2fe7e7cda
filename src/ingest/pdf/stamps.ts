import type { PdfLine, PdfPageText, PrintedStamp } from './page-text';
import type { PlacedRun } from './page-lines';

/**
 * Type this many times the size of most of the page's text is display type: a cover title, or a stamp ("DRAFT",
 * "CONFIDENTIAL") printed across the page in pale letters. No heading of a licence is set this large.
 */
export const STAMP_SCALE = 2.5;

/** The size of most of the characters of these runs. */
export function commonRunSize(runs: readonly PlacedRun[]): number {
  const weights = new Map<number, number>();
  for (const run of runs) weights.set(run.size, (weights.get(run.size) ?? 0) + run.str.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) {
      best = size;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Whether a line of display type is printed over the text of the page (its box overlaps another line's): a stamp
 * or watermark, as no title is set on top of other words. Read as a line, it would run into the clauses it
 * covers ("… evaluation and testing. III. COMMERCIAL USE LICENSE CONFIDENTIAL").
 */
export function printedOverText(stamp: readonly PlacedRun[], lines: ReadonlyArray<readonly PlacedRun[]>): boolean {
  const box = boxOf(stamp);
  return lines.some((line) => {
    if (line === stamp) return false;
    const other = boxOf(line);
    return other.x0 < box.x1 && box.x0 < other.x1 && other.top < box.bottom && box.top < other.bottom;
  });
}

/** A stamp's line as recorded for the document: its words in order, its left edge and baseline. */
export function stampOf(runs: readonly PlacedRun[]): PrintedStamp {
  const sorted = [...runs].sort((p, q) => p.x0 - q.x0);
  return { text: sorted.map((run) => run.str).join(' ').replace(/\s+/g, ' ').trim(), x: sorted[0].x0, baseline: sorted[0].baseline };
}

function boxOf(runs: readonly PlacedRun[]): { x0: number; x1: number; top: number; bottom: number } {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const run of runs) {
    x0 = Math.min(x0, run.x0);
    x1 = Math.max(x1, run.x1);
    top = Math.min(top, run.top);
    bottom = Math.max(bottom, run.bottom);
  }
  return { x0, x1, top, bottom };
}

/** A stamp recurs at the same place on this share of the pages (as a running header does). */
const RECURRING_SHARE = 0.4;
/** How far (points) the same stamp may move between pages. */
const SAME_PLACE = 6;

/**
 * Removes the stamps not printed over text on their page (a page with room to spare): lines of display type that
 * recur word for word at the same place on at least 40% of the pages (and two), counting the pages where the same
 * stamp was found printed over the text. Returns the pages and how many characters of stamps all pages had.
 */
export function removeRecurringStamps(pages: PdfPageText[]): { pages: PdfPageText[]; characters: number } {
  const printed = pages.flatMap((page) => (page.stamps ?? []).map((stamp) => ({ page: page.page, stamp })));
  let characters = printed.reduce((sum, p) => sum + letters(p.stamp.text), 0);
  const sizes = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) sizes.set(line.size, (sizes.get(line.size) ?? 0) + line.text.length);
  const bodySize = [...sizes].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, -1])[0];
  const large = pages.flatMap((page) => page.lines.filter((line) => line.size >= STAMP_SCALE * bodySize).map((line) => ({ page: page.page, line })));
  if (large.length === 0) return { pages, characters };
  const needed = Math.max(2, Math.ceil(pages.filter((page) => page.lines.length > 0).length * RECURRING_SHARE));
  const everywhere = [...printed, ...large.map(({ page, line }) => ({ page, stamp: { text: line.text, x: line.x, baseline: line.baseline } }))];
  const stamps = new Set<PdfLine>();
  for (const { line } of large) {
    const key = line.text.toLowerCase();
    const pagesWithIt = new Set(
      everywhere
        .filter(({ stamp }) => stamp.text.toLowerCase() === key && Math.abs(stamp.x - line.x) <= SAME_PLACE && Math.abs(stamp.baseline - line.baseline) <= SAME_PLACE)
        .map((p) => p.page),
    );
    if (pagesWithIt.size >= needed) stamps.add(line);
  }
  if (stamps.size === 0) return { pages, characters };
  for (const stamp of stamps) characters += letters(stamp.text);
  return { pages: pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !stamps.has(line)) })), characters };
}

function letters(text: string): number {
  return text.replace(/\s/g, '').length;
}
