/**
 * A cover page: the first page holding text carries only a few short lines — the title, the vendor, a date, a
 * version — and the document proper starts on a later page. Those lines are set large and centred, so by size
 * alone each would be a heading at a level of its own, pushing the document's real sections down. Only the
 * title (the cover's largest type) is a heading; the other lines are particulars of the document, read as
 * paragraphs.
 */
import type { LineGroup } from './paragraphs';

/** A cover holds at most this many blocks and characters; more is a page of text. */
const MAX_COVER_BLOCKS = 8;
const MAX_COVER_CHARACTERS = 400;

/** Indices of the cover page's blocks other than its title; empty when the document has no cover page. */
export function coverParticulars(groups: readonly LineGroup[], texts: readonly string[]): Set<number> {
  const none = new Set<number>();
  if (groups.length === 0) return none;
  const page = groups[0].lines[0].page;
  let end = 0;
  while (end < groups.length && groups[end].lines[0].page === page && !groups[end].note) end++;
  if (end < 2 || end > MAX_COVER_BLOCKS || end === groups.length) return none;
  let characters = 0;
  for (let i = 0; i < end; i++) {
    characters += texts[i].length;
    // A sentence of some length is text, not a cover line ("By clicking to agree … you accept this Agreement.").
    if (groups[i].lines.length > 2 || (/[.!?]["”’)]*$/.test(texts[i]) && texts[i].split(/\s+/).length > 8)) return none;
  }
  if (characters > MAX_COVER_CHARACTERS) return none;
  let title = 0;
  for (let i = 1; i < end; i++) if (groups[i].lines[0].size > groups[title].lines[0].size + 0.5) title = i;
  const particulars = new Set<number>();
  for (let i = 0; i < end; i++) if (i !== title) particulars.add(i);
  return particulars;
}

/**
 * A line stating a particular of the document rather than opening a part of it: its version ("Version 2.1",
 * "Rev. 3"), or a dated label ("Release date: August 3, 2023", "Last updated: 5 July 2024"). Set in large type
 * under a title it is still no heading.
 */
export function isDocumentParticular(text: string): boolean {
  if (text.length > 80) return false;
  if (/^(?:version|v\.?|rev(?:ision)?\.?)\s*\d+(?:\.\d+)*[a-z]?$/i.test(text)) return true;
  const label = /^([^:]{1,30}):\s+\S/.exec(text);
  return label !== null && /\b(?:date|dated|updated|modified|effective|version|revised|released?)\b/i.test(label[1]);
}
