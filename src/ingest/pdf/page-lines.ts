import { readColumns } from './columns';
import { placeLinkTargets, type LinkArea } from './link-targets';
import { findMarginNumbers } from './margin-numbers';
import { commonRunSize, printedOverText, STAMP_SCALE, stampOf } from './stamps';
import type { PdfLine, PrintedStamp } from './page-text';

/** The parts of a pdf.js text item this module reads (TextItem; marked-content items have no `str`). */
export interface TextRun {
  str: string;
  /** Text matrix in PDF user space: [a, b, c, d, e, f]. */
  transform: number[];
  /** Advance width of the run, in user-space units along its direction. */
  width: number;
  fontName: string;
}

/** What pdf.js tells about a font used on the page (TextContent.styles). */
export interface FontMetrics {
  /** Ascent and descent as fractions of the font size (descent negative). */
  ascent: number;
  descent: number;
  /** Generic family: "serif", "sans-serif", "monospace". */
  fontFamily?: string;
}

/** A text run placed on the page (viewport coordinates). */
export interface PlacedRun {
  str: string;
  x0: number;
  x1: number;
  baseline: number;
  top: number;
  bottom: number;
  size: number;
  font: string;
  /** Text to insert into `str` at character positions (a link's target after its label). */
  inserts?: Array<{ at: number; text: string }>;
}

/** Gap between two runs, as a fraction of the font size, above which a space was printed between them. */
const SPACE_GAP = 0.15;

/** Where a blank glyph stands for a character that is not a space (see `replacementSpan`). */
interface SilentGap {
  x0: number;
  x1: number;
  baseline: number;
}

/** pdf.js marked-content items (getTextContent with includeMarkedContent). */
interface MarkedContentItem {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  tag?: string | null;
  id?: string | null;
}

/**
 * Rebuilds the printed lines of a page from pdf.js text runs by their positions, not by the order the PDF
 * happens to draw them in (headers are often drawn last; ligatures such as "fi" come as runs of their own).
 * Runs sharing a baseline, or overlapping vertically by half their height (superscripts), form a line; within
 * a line runs are read left to right, with a space wherever the gap between them is wider than a thin space.
 * Runs not written left to right (rotated watermarks, vertical margin text) are counted and left out, and so are
 * the line numbers of a draft printed in the left margin (margin-numbers.ts) and stamps printed over the text
 * ("DRAFT", "CONFIDENTIAL" in display type; stamps.ts). Where the
 * page is set in two columns, each column is read to its end in turn (columns.ts).
 *
 * A blank glyph inside a /Span marked-content sequence without an MCID is a replacement (/ActualText): Chromium
 * prints a soft hyphen that does not end a line that way, as a space glyph whose actual text is U+00AD. pdf.js
 * does not read ActualText, so such a gap is simply not a space ("contr" + "olled" stays "controlled").
 *
 * The targets of the page's web links are written after their text (see link-targets.ts).
 *
 * `items` should include marked content; `viewport` is the page viewport transform, which maps user space to the
 * displayed page (y downwards); `links` are in the same viewport coordinates.
 */
export function buildPageLines(
  items: ReadonlyArray<TextRun | object>,
  fonts: Readonly<Record<string, FontMetrics | undefined>>,
  viewport: readonly number[],
  links: readonly LinkArea[] = [],
): { lines: PdfLine[]; rotatedCharacters: number; lineNumbers: number; stamps: PrintedStamp[] } {
  const runs: PlacedRun[] = [];
  const silentGaps: SilentGap[] = [];
  const marked: boolean[] = [];
  let rotatedCharacters = 0;
  // An empty replacement span: pdf.js has held its blank glyph back and will prefix it to the next run.
  let heldBlank = false;
  let emptySpan = false;
  for (const item of items) {
    if (!('str' in item)) {
      const mark = item as MarkedContentItem;
      if (mark.type === 'endMarkedContent') {
        heldBlank = marked.pop() === true && emptySpan;
        emptySpan = false;
      } else if (mark.type === 'beginMarkedContent' || mark.type === 'beginMarkedContentProps') {
        marked.push(mark.tag === 'Span' && !mark.id);
        emptySpan = true;
      }
      continue;
    }
    emptySpan = false;
    let run = item as TextRun;
    if (heldBlank && /^\s/.test(run.str)) run = { ...run, str: run.str.trimStart() };
    heldBlank = false;
    if (run.str.trim() === '') {
      if (marked[marked.length - 1] && run.width > 0) {
        const [, , , , e, f] = multiply(viewport, run.transform);
        silentGaps.push({ x0: e, x1: e + run.width, baseline: f });
      }
      continue;
    }
    const [a, b, c, d, e, f] = multiply(viewport, run.transform);
    // A damaged content stream can set a font size or matrix of 1e400: such a run has no place on the page.
    if (![a, b, c, d, e, f, run.width].every(Number.isFinite)) continue;
    const advance = Math.hypot(a, b);
    const size = Math.hypot(c, d);
    if (size <= 0 || advance <= 0) continue;
    if (a <= 0 || Math.abs(b) > 0.05 * advance) {
      rotatedCharacters += run.str.trim().length;
      continue;
    }
    const metrics = fonts[run.fontName];
    const ascent = clamp(metrics?.ascent ?? 0.8, 0.5, 1.2);
    const descent = clamp(metrics?.descent ?? -0.2, -0.5, 0);
    // pdf.js names fonts in the order a thread happens to load them ("g_d0_f3"), which differs between page
    // workers; the family and metrics identify a typeface the same way whichever thread read the page.
    const font = `${metrics?.fontFamily ?? '?'} ${metrics?.ascent ?? '?'} ${metrics?.descent ?? '?'}`;
    runs.push({
      str: run.str,
      x0: e,
      x1: e + run.width,
      baseline: f,
      top: f - ascent * size,
      bottom: f - descent * size,
      size,
      font,
    });
  }

  if (links.length > 0) placeLinkTargets(runs, links);
  runs.sort((p, q) => p.baseline - q.baseline || p.x0 - q.x0);
  // Display type is put in lines of its own: a stamp printed across the text would otherwise join every line it covers.
  const displaySize = STAMP_SCALE * commonRunSize(runs);
  const display = runs.filter((run) => run.size >= displaySize);
  let groups = groupIntoLines(display.length === 0 ? runs : runs.filter((run) => run.size < displaySize));
  let stamps: PlacedRun[][] = [];
  if (display.length > 0) {
    const displayLines = groupIntoLines(display);
    stamps = displayLines.filter((line) => printedOverText(line, groups));
    groups = [...groups, ...displayLines.filter((line) => !stamps.includes(line))].sort((p, q) => p[0].baseline - q[0].baseline);
  }
  const marginNumbers = findMarginNumbers(groups);
  const body = marginNumbers.size === 0 ? groups : groups.map((group) => group.filter((run) => !marginNumbers.has(run))).filter((group) => group.length > 0);
  const rows = readColumns(body.map((group) => ({ runs: group })));
  const starts = rows.map((row) => cellStarts(row.runs));
  const lines = rows.map(({ runs, column }, i) => {
    const line = toLine(runs, silentGaps);
    if (starts[i].length > 0) line.parts = splitAt(runs, starts[i]).map((piece) => ({ text: toLine(piece, silentGaps).text, x: piece[0].x0, right: Math.max(...piece.map((r) => r.x1)) }));
    return column ? { ...line, column } : line;
  });
  return { lines: markTableRows(lines, starts, rows.map((row) => row.runs), silentGaps), rotatedCharacters, lineNumbers: marginNumbers.size, stamps: stamps.map(stampOf) };
}

/** A gap between two runs of a line this many font sizes wide separates two cells of a table row. */
const CELL_GAP = 2;

/**
 * Where the cells of a line start when it looks like a table row: runs set apart by gaps of two ems or more.
 * A justified line stretched to the margin has wide gaps too, but between most of its words; a row's wide gaps
 * are few, between cells of ordinary words.
 */
function cellStarts(runs: readonly PlacedRun[]): number[] {
  const sorted = [...runs].sort((p, q) => p.x0 - q.x0);
  const starts: number[] = [];
  let gaps = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i].x0 - sorted[i - 1].x1;
    if (gap <= SPACE_GAP * sorted[i].size) continue;
    gaps++;
    if (gap >= CELL_GAP * sorted[i].size) starts.push(sorted[i].x0);
  }
  return starts.length > 0 && (sorted.length <= 4 || starts.length * 2 < gaps) ? starts : [];
}

/** The runs of a line cut into pieces where the cells start (`starts` from cellStarts). */
function splitAt(runs: readonly PlacedRun[], starts: readonly number[]): PlacedRun[][] {
  const pieces: PlacedRun[][] = [[]];
  let next = 0;
  for (const run of [...runs].sort((p, q) => p.x0 - q.x0)) {
    if (next < starts.length && run.x0 >= starts[next] - 0.01) {
      pieces.push([]);
      next++;
    }
    pieces[pieces.length - 1].push(run);
  }
  return pieces.filter((piece) => piece.length > 0);
}

/**
 * Marks the lines that are rows of a table: their cells start where another line's cells start too (a column
 * of the table). A stretched line's wide gaps fall anywhere and line up with nothing. Then a line whose runs start
 * on those columns after a gap of an em or more is a row too (its cells filled up to the next column).
 */
function markTableRows(lines: PdfLine[], starts: number[][], runs: ReadonlyArray<readonly PlacedRun[]>, silentGaps: readonly SilentGap[]): PdfLine[] {
  const marked = lines.map((line, i) => {
    const own = starts[i];
    if (own.length === 0) return line;
    const aligned = own.filter((x) => starts.some((other, j) => j !== i && other.some((y) => Math.abs(x - y) <= 1)));
    return aligned.length > 0 ? { ...line, cells: own } : line;
  });
  // A row whose cells are full leaves narrower gaps between them, but its cells still start on the table's columns.
  const columns = marked.flatMap((line) => line.cells ?? []);
  if (columns.length === 0) return marked;
  return marked.map((line, i) => {
    const sorted = [...runs[i]].sort((p, q) => p.x0 - q.x0);
    const found = sorted.filter((run, k) => k > 0 && run.x0 - sorted[k - 1].x1 >= run.size && columns.some((x) => Math.abs(run.x0 - x) <= 1)).map((run) => run.x0);
    const own = [...new Set([...(line.cells ?? []), ...found])].sort((a, b) => a - b);
    if (own.length === (line.cells?.length ?? 0)) return line;
    return { ...line, cells: own, parts: splitAt(sorted, own).map((piece) => ({ text: toLine(piece, silentGaps).text, x: piece[0].x0, right: Math.max(...piece.map((r) => r.x1)) })) };
  });
}

/** Runs sorted by baseline, grouped into printed lines: runs sharing a baseline or overlapping by half their height. */
function groupIntoLines(runs: readonly PlacedRun[]): PlacedRun[][] {
  const groups: PlacedRun[][] = [];
  let current: PlacedRun[] | undefined;
  let main: PlacedRun | undefined;
  for (const run of runs) {
    if (current && main && onSameLine(main, run)) {
      current.push(run);
      if (run.size > main.size) main = run;
      continue;
    }
    current = [run];
    main = run;
    groups.push(current);
  }
  return groups;
}

function onSameLine(main: PlacedRun, run: PlacedRun): boolean {
  const smaller = Math.min(main.size, run.size);
  if (Math.abs(run.baseline - main.baseline) <= 0.35 * smaller) return true;
  const overlap = Math.min(main.bottom, run.bottom) - Math.max(main.top, run.top);
  return overlap >= 0.5 * Math.min(main.bottom - main.top, run.bottom - run.top);
}

function toLine(group: PlacedRun[], silentGaps: readonly SilentGap[]): PdfLine {
  group.sort((p, q) => p.x0 - q.x0);
  let text = '';
  let previous: PlacedRun | undefined;
  const sizeWeight = new Map<number, number>();
  const fontWeight = new Map<string, number>();
  let main = group[0];
  const tallest = group.reduce((p, q) => (q.size > p.size ? q : p));
  let opensNote = false;
  for (const run of group) {
    // Fake bold: the same text drawn twice a hair apart.
    if (previous && run.str === previous.str && Math.abs(run.x0 - previous.x0) < 0.2 * run.size) continue;
    const mark = isNoteMark(run, tallest);
    // A note reference after a word ("the Llama Materials.¹") is left out, as the Word reader leaves it out, so the
    // words read on ("Materials.1" would be a word of its own); after a figure it may be an exponent and stays.
    if (mark && previous && !/\d$/.test(text)) continue;
    if (previous) {
      const gap = run.x0 - previous.x1;
      const spaced = /\s$/.test(text) || /^\s/.test(run.str);
      if (!spaced && gap > SPACE_GAP * Math.min(run.size, previous.size) && !silentBetween(previous, run, silentGaps)) text += ' ';
    }
    text += withInserts(run);
    // The mark a footnote opens with stands apart from its first word: "1 Counsel note", not "1Counsel".
    if (mark && !previous) {
      text += ' ';
      opensNote = true;
    }
    const chars = run.str.length;
    sizeWeight.set(round(run.size), (sizeWeight.get(round(run.size)) ?? 0) + chars);
    fontWeight.set(run.font, (fontWeight.get(run.font) ?? 0) + chars);
    if (run.size > main.size) main = run;
    previous = run;
  }
  text = text.replace(/\s+/g, ' ').trim();
  // Word prints list bullets in the Symbol or Wingdings font, whose characters sit in the private use area
  // (U+F0B7 "", U+F0A7 ""): read a leading one as the bullet it is.
  if (/^[\uF000-\uF0FF](\s|$)/.test(text)) text = `•${text.slice(1)}`;
  return {
    ...(opensNote ? { opensNote } : {}),
    text,
    x: group[0].x0,
    right: Math.max(...group.map((r) => r.x1)),
    top: Math.min(...group.map((r) => r.top)),
    bottom: Math.max(...group.map((r) => r.bottom)),
    baseline: main.baseline,
    size: heaviest(sizeWeight),
    font: uniformFont(fontWeight),
  };
}

/** A footnote mark: one to three digits or a dagger or asterisk, set small and raised above the line's text. */
function isNoteMark(run: PlacedRun, tallest: PlacedRun): boolean {
  return /^\s*[\d*†‡]{1,3}\s*$/.test(run.str) && run.size <= 0.75 * tallest.size && tallest.baseline - run.baseline >= 0.2 * tallest.size;
}

function withInserts(run: PlacedRun): string {
  if (!run.inserts) return run.str;
  let str = run.str;
  for (const { at, text } of [...run.inserts].sort((a, b) => b.at - a.at)) str = str.slice(0, at) + text + str.slice(at);
  return str;
}

/** Whether the gap between two runs of a line is filled by a replacement glyph that is not a space. */
function silentBetween(left: PlacedRun, right: PlacedRun, silentGaps: readonly SilentGap[]): boolean {
  const slack = 0.1 * right.size;
  return silentGaps.some(
    (gap) => Math.abs(gap.baseline - right.baseline) <= 0.35 * right.size && gap.x0 >= left.x1 - slack && gap.x1 <= right.x0 + slack,
  );
}

/** The typeface of (almost) all of a line's characters, or '' when the line mixes typefaces (a bold term). */
function uniformFont(weights: Map<string, number>): string {
  let total = 0;
  for (const weight of weights.values()) total += weight;
  const font = heaviest(weights);
  return (weights.get(font) ?? 0) >= 0.9 * total ? font : '';
}

function heaviest<K>(weights: Map<K, number>): K {
  let best: K | undefined;
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight) {
      best = key;
      bestWeight = weight;
    }
  }
  return best as K;
}

function multiply(m1: readonly number[], m2: readonly number[]): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : (min + max) / 2;
}

function round(size: number): number {
  return Math.round(size * 100) / 100;
}
