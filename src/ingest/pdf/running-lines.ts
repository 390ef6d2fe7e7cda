import type { PdfLine, PdfPageText } from './page-text';

/** How many lines at the top and at the bottom of a page can belong to a running header or footer. */
const EDGE_LINES = 3;
/** The share of the page height, from the top and from the bottom, where running headers and footers sit. */
const MARGIN_BAND = 0.15;
/** A margin line is running when it recurs at the same height on this share of the pages. */
const RECURRING_SHARE = 0.4;
/** How far (points) the same header may move between pages. */
const SAME_HEIGHT = 6;

/**
 * A page number standing alone: "3", "- 3 -", "[3]", "Page 3", "Page 3 of 9", "3 of 9", "3 / 9", "p. 3", "iv".
 */
const PAGE_NUMBER = /^(?:page|p\.|pg\.?)?\s*[-–—[(]?\s*(?:\d{1,4}|x{0,3}(?:ix|iv|v?i{0,3}))\s*[-–—\])]?\s*(?:(?:of|\/)\s*\d{1,4})?$/i;

interface Candidate {
  page: number;
  line: PdfLine;
  edge: 'top' | 'bottom';
}

/**
 * Removes running headers and footers: lines in the top or bottom margin band of a page (among its first or
 * last three lines) that recur at the same height on at least 40% of the pages — word for word (a title, a
 * printed date and URL), or with a number that follows the page number ("Page 3 of 9", "3/9") — and lone page
 * numbers there. Body text does not qualify: it does not repeat at the same spot page after page, and a number
 * in it ("Section 4") does not climb with the pages.
 */
export function removeRunningLines(pages: PdfPageText[]): { pages: PdfPageText[]; removed: number } {
  const candidates: Candidate[] = [];
  for (const page of pages) {
    const lines = page.lines;
    const top = lines.slice(0, EDGE_LINES).filter((line) => line.bottom <= page.height * MARGIN_BAND);
    const bottom = lines.slice(Math.max(top.length, lines.length - EDGE_LINES)).filter((line) => line.top >= page.height * (1 - MARGIN_BAND));
    for (const line of top) candidates.push({ page: page.page, line, edge: 'top' });
    for (const line of bottom) candidates.push({ page: page.page, line, edge: 'bottom' });
  }

  const pagesWithText = pages.filter((page) => page.lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(pagesWithText * RECURRING_SHARE));
  const running = new Set<PdfLine>();
  for (const candidate of candidates) if (isPageNumber(candidate.line.text)) running.add(candidate.line);
  for (const cluster of recurring(candidates, (c) => exactKey(c.line.text), needed)) for (const c of cluster) running.add(c.line);
  for (const cluster of recurring(candidates, (c) => exactKey(c.line.text).replace(/\d+/g, '#'), needed)) {
    if (numbersFollowPages(cluster, needed)) for (const c of cluster) running.add(c.line);
  }

  for (const candidate of sameStyleAsRunning(candidates, running, pages)) running.add(candidate.line);

  if (running.size === 0) return { pages, removed: 0 };
  return {
    pages: pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !running.has(line)) })),
    removed: running.size,
  };
}

/** Groups of candidates with the same key at the same edge and height, found on at least `needed` pages. */
function recurring(candidates: Candidate[], key: (c: Candidate) => string, needed: number): Candidate[][] {
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const k = `${candidate.edge}\u0000${key(candidate)}`;
    const list = byKey.get(k);
    if (list) list.push(candidate);
    else byKey.set(k, [candidate]);
  }
  const out: Candidate[][] = [];
  for (const group of byKey.values()) {
    if (group.length < needed) continue;
    for (const cluster of heightClusters(group)) if (new Set(cluster.map((c) => c.page)).size >= needed) out.push(cluster);
  }
  return out;
}

/** Whether, on enough pages, one of the line's numbers is the page number plus the same offset on each. */
function numbersFollowPages(cluster: Candidate[], needed: number): boolean {
  const offsets = new Map<number, Set<number>>();
  for (const candidate of cluster) {
    for (const n of candidate.line.text.match(/\d+/g) ?? []) {
      const offset = Number(n) - candidate.page;
      const pagesWithOffset = offsets.get(offset) ?? new Set<number>();
      pagesWithOffset.add(candidate.page);
      offsets.set(offset, pagesWithOffset);
    }
  }
  return [...offsets.values()].some((pagesWithOffset) => pagesWithOffset.size >= needed);
}

/**
 * Margin lines at the other edge of a page from a running line found there, set in the same small type: the
 * header of a page whose footer is its page number. Needed where recurrence cannot tell (a one-page document
 * printed with a header and "Page 1 of 1"); a browser or word processor sets its header and footer alike, and
 * smaller than the body, so a title in body type is never taken.
 */
function sameStyleAsRunning(candidates: Candidate[], running: ReadonlySet<PdfLine>, pages: PdfPageText[]): Candidate[] {
  const bodySize = commonestSize(pages);
  const found: Candidate[] = [];
  for (const candidate of candidates) {
    if (running.has(candidate.line) || candidate.line.size >= 0.9 * bodySize) continue;
    const matches = candidates.some(
      (other) =>
        other.page === candidate.page &&
        other.edge !== candidate.edge &&
        running.has(other.line) &&
        other.line.font === candidate.line.font &&
        Math.abs(other.line.size - candidate.line.size) <= 0.05 * candidate.line.size,
    );
    if (matches) found.push(candidate);
  }
  return found;
}

/** The type size carrying most of the document's characters. */
function commonestSize(pages: PdfPageText[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  let best = 0;
  let bestChars = -1;
  for (const [size, n] of chars) {
    if (n > bestChars) {
      best = size;
      bestChars = n;
    }
  }
  return best;
}

function isPageNumber(text: string): boolean {
  return /\w/.test(text) && PAGE_NUMBER.test(text);
}

/** A margin line's text as compared between pages: case and spacing aside. */
function exactKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Candidates of one text grouped by the height they are printed at, each group within SAME_HEIGHT points. */
function heightClusters(group: Candidate[]): Candidate[][] {
  const sorted = [...group].sort((a, b) => a.line.baseline - b.line.baseline);
  const clusters: Candidate[][] = [];
  for (const candidate of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && candidate.line.baseline - last[0].line.baseline <= SAME_HEIGHT) last.push(candidate);
    else clusters.push([candidate]);
  }
  return clusters;
}
