import type { BlockKind } from '../../document/model';
import { isAddressLine } from '../text/headings';
import { parseBullet, parseMarker, type Marker } from '../text/numbering';
import { NumberingOutline } from '../text/outline';
import { coverParticulars, isDocumentParticular } from './cover-page';
import { rightEdgeOf, type LayoutStats } from './layout-stats';
import type { LineGroup } from './paragraphs';

export interface ClassifiedBlock {
  kind: BlockKind;
  level: number;
  number: string | null;
  /** Size of the block's type, for choosing the document title among headings. */
  size: number;
  /** Characters to drop from the start of the first line (a bullet symbol and its space). */
  dropPrefix: number;
  group: LineGroup;
}

/** Type this much larger than the body text marks a heading. */
const HEADING_SCALE = 1.15;

/**
 * Decides what each block is. A heading is set larger than the body text (up to three lines), or is a single
 * short line that reads as a title: in capitals ("II. COMMERCIAL USE LICENSE"), a "Section"/"Article" caption,
 * in a typeface other than the body's, a number with a short capitalised caption ("5. Intellectual Property."),
 * or a short Title Case line without a full stop. A list item is any other block starting with a printed
 * number or a bullet. Everything else is a paragraph.
 *
 * Lines of a cover page other than its title, and a version or dated line under a title, are no headings
 * whatever their size (cover-page.ts).
 *
 * Levels: headings take a level from their type size (largest = 1), and headings set in body size come below
 * those, deeper by their numbering depth. Numbered blocks are placed in one outline of the document (see
 * NumberingOutline): a new numbering family or a deeper indent nests, an open family continues.
 */
export function classifyBlocks(groups: readonly LineGroup[], stats: LayoutStats): ClassifiedBlock[] {
  const texts = groups.map((group) => group.lines.map((line) => line.text).join(' '));
  const sizes = groups.map((group) => group.lines[0].size);
  const isLarge = (size: number) => size >= stats.bodySize * HEADING_SCALE;
  const markers = texts.map((text) => parseMarker(text));
  const cover = coverParticulars(groups, texts);
  const headingFlags = groups.map(
    (group, i) =>
      !cover.has(i) && isHeading(group, texts[i], stats, isLarge(sizes[i])) && !(markers[i] && inListOfItsOwn(groups, markers, i)),
  );
  const largeSizes = [...new Set(sizes.filter((size, i) => headingFlags[i] && isLarge(size)).map((size) => Math.round(size)))].sort((a, b) => b - a);

  const margin = stats.leftMargin;
  const outline = new NumberingOutline(2);
  const column = stats.bodySize * 0.5;
  const out: ClassifiedBlock[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const text = texts[i];
    const indent = Math.max(0, Math.round((group.lines[0].x - (group.lines[0].column?.left ?? stats.leftMargin)) / column));
    const marker = markers[i];
    const bullet = marker ? null : parseBullet(text);
    if (headingFlags[i]) {
      let level: number;
      if (isLarge(sizes[i])) {
        level = largeSizes.indexOf(Math.round(sizes[i])) + 1;
        // A heading set large and unnumbered opens a new part (often a new agreement): its lists start afresh.
        if (!marker) outline.reset();
        else outline.place(marker, indent);
      } else {
        level = largeSizes.length + (marker ? outline.place(marker, indent).level : 1);
      }
      out.push({ kind: 'heading', level: Math.min(6, Math.max(1, level)), number: marker?.number ?? null, size: sizes[i], dropPrefix: bullet?.offset ?? 0, group });
      continue;
    }
    if (marker) {
      const { level } = outline.place(marker, indent);
      out.push({ kind: 'list-item', level, number: marker.number, size: sizes[i], dropPrefix: 0, group });
      continue;
    }
    if (bullet) {
      const level = outline.placeBullet(bullet.symbol, indent);
      out.push({ kind: 'list-item', level, number: null, size: sizes[i], dropPrefix: bullet.offset, group });
      continue;
    }
    if (isUnmarkedItem(groups, i, stats, margin)) {
      const level = outline.placeBullet(UNPRINTED_BULLET, indent);
      out.push({ kind: 'list-item', level, number: null, size: sizes[i], dropPrefix: 0, group });
      continue;
    }
    out.push({ kind: 'paragraph', level: 0, number: null, size: sizes[i], dropPrefix: 0, group });
  }
  return out;
}

/** The bullet of an item whose bullet is not in the text layer (drawn as a shape). */
const UNPRINTED_BULLET = '•';

/**
 * Whether a block is an item of a bulleted list whose bullets are drawn as shapes, not printed as text (Chromium
 * prints HTML list discs that way): the whole block sits indented from the left margin, each line starting at
 * the same place, running to the right margin when it wraps (a quotation is indented on both sides) and not
 * centred, and a block next to it is another such block or a list item.
 */
function isUnmarkedItem(groups: readonly LineGroup[], i: number, stats: LayoutStats, margin: number): boolean {
  const x = groups[i].lines[0].x;
  const alignedNeighbour = [groups[i - 1], groups[i + 1]].some((group) => group !== undefined && Math.abs(group.lines[0].x - x) <= 1);
  if (!indentedAsWhole(groups[i], stats, margin, alignedNeighbour)) return false;
  return [i - 1, i + 1].some((j) => {
    const group = groups[j];
    if (!group) return false;
    const text = group.lines[0].text;
    return indentedAsWhole(group, stats, margin, true) || parseMarker(text) !== null || parseBullet(text) !== null;
  });
}

/** `aligned`: a block next to it starts at the same place, so a single line is not merely centred. */
function indentedAsWhole(group: LineGroup, stats: LayoutStats, margin: number, aligned: boolean): boolean {
  const lines = group.lines;
  const x = lines[0].x;
  margin = lines[0].column?.left ?? margin;
  const rightEdge = rightEdgeOf(lines[0], stats);
  if (x - margin < 1.5 * stats.bodySize) return false;
  if (!lines.every((line) => Math.abs(line.x - x) <= 1)) return false;
  if (parseMarker(lines[0].text) !== null || parseBullet(lines[0].text) !== null) return false;
  if (lines.length === 1) return aligned || Math.abs(x - margin - (rightEdge - lines[0].right)) > stats.bodySize;
  return lines.slice(0, -1).some((line) => rightEdge - line.right < 2 * stats.bodySize);
}

function isHeading(group: LineGroup, text: string, stats: LayoutStats, large: boolean): boolean {
  if (large) return group.lines.length <= 3 && text.length <= 200 && !isDocumentParticular(text);
  const marker = parseMarker(text);
  // "Section 3: DISTRIBUTION AND RESTRICTIONS", "Attachment A": a caption even when it wraps or stands alone.
  if (marker?.kind === 'keyword') return group.lines.length <= 2 && text.length <= 100 && !/[,;]$/.test(text);
  if (group.lines.length !== 1 || text.length > 100 || /[,;]$/.test(text)) return false;
  const caption = marker ? marker.rest : text;
  if (!/\p{L}/u.test(caption) || (!marker && isAddressLine(caption))) return false;
  // "Last modified: March 24, 2025", "Effective: January 1, 2026": a label and its value, not a heading.
  if (/^[^:]{1,30}:\s+\S/.test(caption)) return false;
  const words = caption.split(/\s+/).filter(Boolean);
  const oneSentence = !/[.!?]["”’)]*\s+\S/.test(caption);
  if (isCapitals(caption) && words.length <= 12) return true;
  const font = group.lines[0].font;
  if (font && font !== stats.bodyFont && words.length <= 12 && oneSentence) return true;
  if (marker && isCaption(marker, words) && oneSentence) return true;
  return !marker && words.length >= 2 && words.length <= 10 && isTitleCase(words) && !/[.!?]$/.test(caption);
}

/**
 * Whether a numbered block sits in a list of siblings: the block before or after it is numbered in the same style
 * at the same indentation ("5. Sexual solicitation" between "4. …" and "6. …" is an item, not a heading).
 */
function inListOfItsOwn(groups: readonly LineGroup[], markers: ReadonlyArray<Marker | null>, i: number): boolean {
  const style = markers[i]!.readings[0].style;
  const x = groups[i].lines[0].x;
  return [i - 1, i + 1].some((j) => {
    const other = markers[j];
    return other !== null && other !== undefined && other.readings.some((r) => r.style === style) && Math.abs(groups[j].lines[0].x - x) <= 2;
  });
}

/** A short capitalised caption after a number: "Intellectual Property.", "Customer obligations.". */
function isCaption(marker: Marker, words: string[]): boolean {
  return marker.kind !== 'cjk' && words.length >= 1 && words.length <= 5 && /^\p{Lu}/u.test(words[0]) && /[.:]?$/.test(words[words.length - 1]);
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8;
}

/** Every word of four letters or more starts with a capital (short words such as "of", "and", "the" may not). */
function isTitleCase(words: string[]): boolean {
  const significant = words.filter((word) => /^\p{L}{4,}/u.test(word));
  return significant.length > 0 && significant.every((word) => /^\p{Lu}/u.test(word));
}
