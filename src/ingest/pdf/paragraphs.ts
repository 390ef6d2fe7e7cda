import { parseBullet, parseMarker, type Marker } from '../text/numbering';
import { leftMarginOf, rightEdgeOf, type LayoutStats } from './layout-stats';
import { splitFootnotes } from './footnotes';
import type { PdfLine, PdfPageText } from './page-text';

/** A line with the page it is printed on. */
export interface PlacedLine extends PdfLine {
  page: number;
}

/** Consecutive lines that form one block (a paragraph, heading or list item) before it is classified. */
export interface LineGroup {
  lines: PlacedLine[];
  /** A footnote from the foot of a page, placed after the body. */
  note?: boolean;
}

/** A gap between baselines this many times the usual line pitch separates paragraphs. */
const PARAGRAPH_GAP = 1.3;

/**
 * Groups the lines of a document, in reading order, into blocks. A new block starts where a reader sees one:
 * - a vertical gap clearly larger than the line pitch, or a change of font size, or of typeface between two
 *   lines each set in one typeface (a bold heading over regular text);
 * - a line that starts with a section or item number ("4.2", "(b)", "iv.", "•") after a line that ended a
 *   sentence or stopped short;
 * - a line after one that stopped short of the right margin, although the first word of this line would have
 *   fitted there (so the break was deliberate), when that line ended a sentence or stood alone;
 * - a first-line indent, or an outdent back to a parent level;
 * - a new page or column, unless the last line of the previous one ran to the margin mid-sentence (or ended in
 *   a hyphen) and this one carries on in the same type.
 * - a row of a table (page-lines.ts marks rows), unless its cells carry on the row above (they wrapped), and a
 *   line after a row that carries on none of its cells.
 * Footnotes at the foot of a page (footnotes.ts) are blocks of their own, placed after the body, in page order (a
 * clause running on from a page reads on across its notes).
 */
export function groupLines(pages: readonly PdfPageText[], stats: LayoutStats): LineGroup[] {
  const groups: LineGroup[] = [];
  let current: LineGroup | undefined;
  let previous: PlacedLine | undefined;
  // Footnotes go after the body, as the Word reader places them: between clauses they would read as clauses.
  const notes: PlacedLine[] = [];
  const placeNotes = () => {
    const noteGroups: LineGroup[] = [];
    for (const note of notes) {
      if (note.opensNote || noteGroups.length === 0) noteGroups.push({ lines: [note], note: true });
      else noteGroups[noteGroups.length - 1].lines.push(note);
    }
    groups.push(...noteGroups);
  };
  for (const page of pages) {
    const { body, notes: pageNotes } = splitFootnotes(page, stats);
    for (const pdfLine of body) {
      const line: PlacedLine = { ...pdfLine, page: page.page };
      if (!current || !previous || startsNewBlock(previous, line, current, stats)) {
        current = { lines: [line] };
        groups.push(current);
      } else {
        current.lines.push(line);
      }
      previous = line;
    }
    notes.push(...pageNotes.map((note) => ({ ...note, page: page.page })));
  }
  placeNotes();
  return groups;
}

function startsNewBlock(a: PlacedLine, b: PlacedLine, block: LineGroup, stats: LayoutStats): boolean {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.12 * size) return true;
  if (a.font && b.font && a.font !== b.font) return true;
  const numbered = startsWithMarker(b.text);
  const endsSentence = /[.:;!?]["'”’)\]]*$/.test(a.text);

  if (b.page !== a.page || nextColumn(a, b)) {
    const carriesOn = (endsInHyphen(a.text) || !endsSentence || /^\p{Ll}/u.test(b.text)) && !numbered && reachesMargin(a, b, stats);
    return !carriesOn;
  }
  if (b.baseline <= a.baseline) return true;
  if (endsTableRow(b, block)) return true;
  if (b.baseline - a.baseline > PARAGRAPH_GAP * stats.linePitch * (size / stats.bodySize)) return true;
  // Inside a table row the lines are cells' lines: where one stops short or ends a sentence says nothing of the row.
  if (block.lines[0].cells) return false;
  if (numbered && (endsSentence || !reachesMargin(a, b, stats)) && !continuesInlineList(block, b)) return true;
  // A line that stopped short ends its block if it ends a sentence or stands alone (a caption, a label); the
  // last line of a paragraph that merely broke early (a link kept on one line) does not.
  if (!reachesMargin(a, b, stats) && (endsSentence || block.lines.length === 1)) return true;
  if (endsListEntry(a, b, stats)) return true;
  if (endsJustifiedParagraph(a, block, stats) && endsSentence) return true;

  const first = block.lines[0];
  const continuation = block.lines.length >= 2 ? block.lines[1].x : undefined;
  if (continuation !== undefined && b.x > continuation + b.size && endsSentence) return true;
  const leftmost = Math.min(...block.lines.map((line) => line.x));
  if (b.x < Math.min(leftmost, first.x) - b.size) return !wrapsFirstLineIndent(a, b, block, stats, endsSentence);
  return false;
}

/**
 * Whether `b`, back at the left margin under a block's only line, is the second line of a paragraph set with a
 * first-line indent (as TeX and many typeset agreements set every paragraph): the first line is indented by a few
 * ems at most and ran to the right margin mid-sentence, so the paragraph wrapped; not an outdent to a parent level.
 */
function wrapsFirstLineIndent(a: PlacedLine, b: PlacedLine, block: LineGroup, stats: LayoutStats, endsSentence: boolean): boolean {
  if (block.lines.length !== 1 || endsSentence || startsWithMarker(b.text)) return false;
  return Math.abs(b.x - leftMarginOf(b, stats)) <= 1 && a.x - b.x <= 4 * b.size && reachesMargin(a, b, stats);
}

/**
 * Whether line `b` ends a table row's block: `b` is the next row (so a paragraph just before a table does not run
 * into its first row either), or the block is a row and `b` starts left of it, outside the table's cells (the
 * text after the table; a wrapped cell's next line starts inside the row).
 */
function endsTableRow(b: PlacedLine, block: LineGroup): boolean {
  const row = block.lines[0];
  if (b.cells) return !(row.cells && carriesRowOn(b, row));
  return row.cells !== undefined && b.x < row.x - 1;
}

/**
 * Whether a line of a table carries on the row above it, its cells wrapping, rather than starting the next row:
 * its first column is empty (that cell ended above), or one of its cells' words does not start as a cell does —
 * with a capital, a figure, a currency sign or an opening quote or bracket ("recognized by U.S. copyright laws" under
 * "Means (a) any derivative work …"). A new row whose cell opens in lower case is read into the row above.
 */
function carriesRowOn(b: PlacedLine, row: PlacedLine): boolean {
  if (Math.abs(b.x - row.x) > 1) return b.x > row.x;
  return !(b.parts ?? [b]).every((part) => /^[\p{Lu}\p{N}\p{Sc}"“‘'(\[]/u.test(part.text));
}

/** Whether `b` starts the next column of a two-column page after `a` ended the previous one. */
function nextColumn(a: PlacedLine, b: PlacedLine): boolean {
  return a.column !== undefined && b.column !== undefined && b.column.left > a.column.right && b.baseline < a.baseline;
}

/**
 * Whether an indented line that stopped short ends an entry of a list whose bullets are not in the text layer
 * (Chromium draws them), the next line, starting at the same place, beginning a new entry with a capital. The
 * line ends as list entries do ("…businesses,", "…, or"); or, in justified text, it was not stretched to the
 * right margin, as only the last line of a block is not (entries often end with no punctuation at all).
 */
function endsListEntry(a: PlacedLine, b: PlacedLine, stats: LayoutStats): boolean {
  const indented = a.x - leftMarginOf(a, stats) >= 1.5 * stats.bodySize;
  if (!indented || Math.abs(a.x - b.x) > 1 || !/^\p{Lu}/u.test(b.text)) return false;
  if (/(?:[,;]|\b(?:or|and))$/.test(a.text) && !reachesMargin(a, b, stats)) return true;
  // Where the next word would have fitted, a name may have been kept whole on the next line (a link "OpenAI |
  // Policies." in a justified clause): a line ending in a capitalised word carries on.
  return stoppedShort(a, stats) && (reachesMargin(a, b, stats) || !/\p{Lu}\S*$/u.test(a.text));
}

/** In justified text: whether a line was not stretched to the right margin, as only a block's last line is not. */
function stoppedShort(line: PlacedLine, stats: LayoutStats): boolean {
  return stats.justified && rightEdgeOf(line, stats) - line.right > stats.justifiedSlack;
}

/**
 * Whether line `a`, the last of `block` so far, is the last line of a justified paragraph: it stopped short of
 * the margin while the block's earlier lines were stretched to it. Paragraphs set without space between them
 * (Word's "no spacing" style) are told apart this way even when the next line's first word would not have fitted.
 * (The caller also asks for a sentence's end: Chromium leaves a line unstretched when it breaks before a link
 * kept whole, "… and (d) OpenAI" / "Policies.", and such a clause goes on.)
 */
function endsJustifiedParagraph(a: PlacedLine, block: LineGroup, stats: LayoutStats): boolean {
  if (!stoppedShort(a, stats)) return false;
  return block.lines.slice(0, -1).every((line) => !stoppedShort(line, stats));
}

/**
 * Whether line `a` runs to the right margin, i.e. the first word of `b` would not have fitted after it. The test
 * leaves a margin of error of one em plus a fifth of the word, so a paragraph is split only on clear evidence.
 */
function reachesMargin(a: PlacedLine, b: PlacedLine, stats: LayoutStats): boolean {
  if (endsInHyphen(a.text)) return true;
  const firstWord = b.text.split(' ')[0] ?? '';
  const charWidth = (b.right - b.x) / Math.max(1, b.text.length);
  const needed = firstWord.length * charWidth * 1.2 + 0.25 * b.size;
  return a.right + needed + b.size > rightEdgeOf(a, stats);
}

function endsInHyphen(text: string): boolean {
  return /\p{L}[-‐]$/u.test(text);
}

/**
 * Whether a line starting with an item number only carries on a list written inline in the block's text: the
 * block already contains the previous item's number after its start, as in "…: (a) x; (b) y; (c) z;" wrapping
 * to a line that begins "(d) …". Not when the block is that previous item itself, set where this line starts.
 */
function continuesInlineList(block: LineGroup, line: PlacedLine): boolean {
  const marker = parseMarker(line.text);
  if (!marker || marker.kind === 'keyword') return false;
  const previous = previousNumber(marker);
  if (!previous) return false;
  // The block is itself the previous item, and this line starts where it started: the next item of the same list,
  // whatever the block's text holds ("(c) … Copyright (c) Alibaba Cloud …; and" before "(d) …").
  const first = block.lines[0];
  if (first.text.startsWith(`${previous} `) && Math.abs(line.x - first.x) <= 0.5 * line.size) return false;
  const inline = block.lines.map((line) => line.text).join(' ').slice(1);
  return inline.includes(` ${previous} `) || inline.startsWith(`${previous} `);
}

/** The number printed before this one in the same style ("(d)" -> "(c)", "iv." -> "iii.", "7.2" -> "7.1"). */
function previousNumber(marker: Marker): string | null {
  const printed = marker.number;
  const decimal = /^(\d+(?:\.\d+)*?)\.(\d+)(\.?)$/.exec(printed);
  if (decimal) return Number(decimal[2]) > 1 ? `${decimal[1]}.${Number(decimal[2]) - 1}${decimal[3]}` : null;
  const simple = /^(\(?)([0-9]+|[a-zA-Z]+)([.)]?)$/.exec(printed);
  const reading = marker.readings[0];
  if (!simple || reading.value === null || reading.value <= 1) return null;
  const value = reading.value - 1;
  const body = simple[2];
  let label: string;
  if (/^\d+$/.test(body)) label = String(value);
  else if (reading.style.startsWith('roman') || reading.style.startsWith('ROMAN')) label = toRoman(value);
  else label = String.fromCharCode(96 + value);
  if (body === body.toUpperCase() && /[a-z]/i.test(body)) label = label.toUpperCase();
  return `${simple[1]}${label}${simple[3]}`;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** A printed section or item number, or a bullet, at the start of a line. */
export function startsWithMarker(text: string): boolean {
  return parseMarker(text) !== null || parseBullet(text) !== null;
}
