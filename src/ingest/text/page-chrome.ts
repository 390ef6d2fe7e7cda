/**
 * A text printed to pages: lines separated by form feeds, with the printer's running lines at the foot or head of
 * every page ("Gemma Terms of Use            Page 2 of 4", "- 3 -"). Those lines are no part of the terms, and
 * the blank lines set around them would split the sentence running over the page break. They are taken out, and
 * each page break joins the pages as the sentence across it reads.
 */
import { SENTENCE_END } from './line-ends';

const LINE = /\r\n|\r|\n/;
/** Running lines are looked for this deep at each edge of a page (a header over a rule and a date, say). */
const EDGE_DEPTH = 2;
/** A page number standing alone: "7", "Page 7", "Page 7 of 12", "- 7 -", "7/12". */
const PAGE_NUMBER = /^(?:page\s+)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/i;

/** The text without its pages' running lines, and how many lines were taken out. */
export function withoutPageChrome(text: string): { text: string; removed: number } {
  if (!text.includes('\f')) return { text, removed: 0 };
  const pages = text.split('\f').map((page) => page.split(LINE));
  // The same line, its numbers aside, at the same edge of at least half the pages (and two) is a running line.
  const atEdges = new Map<string, number>();
  const edgeKeys = pages.map((lines) => new Set(edgeLines(lines).map(({ key }) => key)));
  for (const keys of edgeKeys) for (const key of keys) atEdges.set(key, (atEdges.get(key) ?? 0) + 1);
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  const isChrome = (key: string) => PAGE_NUMBER.test(key) || (atEdges.get(key) ?? 0) >= repeated;

  let removed = 0;
  const bodies = pages.map((lines) => {
    const drop = new Set(edgeLines(lines).filter(({ key }) => isChrome(key)).map(({ index }) => index));
    removed += drop.size;
    return trimBlank(lines.filter((_, i) => !drop.has(i)));
  });
  if (removed === 0 && pages.length < 2) return { text, removed };
  let out = '';
  for (const lines of bodies) {
    if (lines.length === 0) continue;
    if (out !== '') {
      // A page break is no paragraph break: the sentence running over it goes on; one that ended may end its paragraph.
      const last = out.slice(out.lastIndexOf('\n') + 1);
      out += SENTENCE_END.test(last) ? '\n\n' : '\n';
    }
    out += lines.join('\n');
  }
  return { text: out, removed };
}

/** The first and last few non-blank lines of a page, each with its key: the text with numbers as '#'. */
function edgeLines(lines: readonly string[]): Array<{ index: number; key: string }> {
  const picked = new Map<number, string>();
  const take = (from: number, step: number) => {
    for (let i = from, found = 0; i >= 0 && i < lines.length && found < EDGE_DEPTH; i += step) {
      const key = lines[i].trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');
      if (key === '') continue;
      picked.set(i, key);
      found++;
    }
  };
  take(0, 1);
  take(lines.length - 1, -1);
  return [...picked].map(([index, key]) => ({ index, key }));
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}
