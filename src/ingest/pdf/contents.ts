import type { PdfLine, PdfPageText } from './page-text';

/**
 * An entry of a printed table of contents: a caption, a leader of dots (or dots and spaces, or a middle-dot or
 * ellipsis leader) and a page number at the end, arabic or roman: "Section 1: DEFINITIONS ........ 2".
 */
const ENTRY = /^(?:\S.*?)\s*(?:(?:\.\s?){4,}|(?:·\s?){4,}|(?:…\s?){2,}|(?:_\s?){4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;
/** The caption over a table of contents. */
const CAPTION = /^(?:table\s+of\s+contents|contents|index|summary\s+of\s+contents)$/i;
/** A table of contents has entries enough to lead a reader somewhere. */
const MIN_ENTRIES = 3;

/**
 * Removes a printed table of contents: its entries (lines with a dot leader and a page number), a caption over
 * them ("Table of Contents"), and an entry's caption wrapped over two lines. Read as text, every entry would be a
 * clause or heading of its own, repeating the document's headings with page numbers in front of the terms.
 * Returns the pages and how many entries were removed.
 */
export function removeContents(pages: PdfPageText[]): { pages: PdfPageText[]; entries: number } {
  let entries = 0;
  for (const page of pages) for (const line of page.lines) if (isEntry(line)) entries++;
  if (entries < MIN_ENTRIES) return { pages, entries: 0 };
  const out = pages.map((page) => {
    const lines = page.lines;
    const entry = lines.map(isEntry);
    if (!entry.some(Boolean)) return page;
    const first = entry.indexOf(true);
    const last = entry.lastIndexOf(true);
    const drop = new Set<PdfLine>();
    for (let i = first; i <= last; i++) {
      // A line between two entries is an entry's caption wrapped before its leader, unless it starts left of them.
      if (entry[i] || lines[i].x >= Math.min(lines[first].x, lines[last].x) - 1) drop.add(lines[i]);
    }
    // The caption over the entries, right above the first.
    for (let i = first - 1; i >= 0 && i >= first - 2; i--) if (CAPTION.test(lines[i].text.trim())) drop.add(lines[i]);
    return { ...page, lines: lines.filter((line) => !drop.has(line)) };
  });
  return { pages: out, entries };
}

function isEntry(line: PdfLine): boolean {
  const text = line.text;
  return text.length <= 400 && /[\divxlc]$/i.test(text) && LEADER.test(text) && ENTRY.test(text);
}

/** A quick look for a leader before the full pattern. */
const LEADER = /\.\s?\.\s?\.\s?\.|·|…|____/;
