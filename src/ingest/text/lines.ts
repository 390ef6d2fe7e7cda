/**
 * A plain-text file as lines: indentation measured in columns, trailing space dropped, blank lines recognised
 * (a line of no-break spaces is blank too), and the light Markdown habits of ".txt" licences undone where they
 * would otherwise spoil the structure: `**bold**` pairs become bold runs and an escaped item number `1\.` reads
 * as `1.`. Other backslashes stay: in plain text they are the author's characters.
 */

export interface SourceLine {
  /** 0-based line number in the file. */
  index: number;
  /** Indentation in columns (tabs to the next multiple of 8, the terminal convention these files were typed for). */
  indent: number;
  /** The text without indentation, trailing space or emphasis markers. */
  content: string;
  /** Width as typed (indentation + raw text), the measure the author wrapped against. */
  width: number;
  blank: boolean;
  /** Bold runs in `content`, [start, end) columns. */
  bold: Array<[number, number]>;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\f|\v|\u0085/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const INVISIBLE_CHAR = /^[\u200B-\u200D\u2060\uFEFF\u00AD]$/;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const ESCAPED_MARKER = /^(\d{1,3}|[a-zA-Z]{1,4})\\([.)])/;

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = text.split(LINE_BREAK).map((raw, index) => {
    const trimmed = withoutTrailingSpace(raw);
    let indent = 0;
    let i = 0;
    for (; i < trimmed.length; i++) {
      const ch = trimmed[i];
      if (ch === '\t') indent = indent + 8 - (indent % 8);
      else if (ch === ' ' || ch === '\u00A0' || ch === '\u3000') indent += 1;
      else if (!INVISIBLE_CHAR.test(ch)) break;
    }
    const line: SourceLine = { index, indent, content: trimmed.slice(i), width: indent + trimmed.length - i, blank: false, bold: [] };
    line.blank = line.content.replace(INVISIBLE, '') === '';
    return line;
  });
  pairEmphasis(lines);
  for (const line of lines) unescapeMarker(line);
  return lines;
}

/**
 * The line without its trailing space, scanned from the end: the regular expression /\s+$/ retries from every
 * space of a run that is not trailing, which is quadratic on a line indented by thousands of spaces.
 */
function withoutTrailingSpace(raw: string): string {
  let end = raw.length;
  while (end > 0 && SPACE.test(raw[end - 1])) end--;
  return raw.slice(0, end);
}

/** "1\\." (Markdown's escape that stops "1." becoming a list) reads as the "1." the author meant. */
function unescapeMarker(line: SourceLine): void {
  const m = ESCAPED_MARKER.exec(line.content);
  if (!m) return;
  const at = m[1].length;
  line.content = line.content.slice(0, at) + line.content.slice(at + 1);
  line.bold = line.bold.map(([s, e]) => [s > at ? s - 1 : s, e > at ? e - 1 : e]);
}

/**
 * Removes `**` markers that pair up within a paragraph (lines between blank lines) and records what they
 * enclosed as bold. An odd count means they are not emphasis (a footnote mark, a wildcard): left alone.
 */
function pairEmphasis(lines: SourceLine[]): void {
  let start = 0;
  while (start < lines.length) {
    if (lines[start].blank) {
      start++;
      continue;
    }
    let end = start;
    let count = 0;
    while (end < lines.length && !lines[end].blank) {
      count += lines[end].content.split('**').length - 1;
      end++;
    }
    if (count > 0 && count % 2 === 0) {
      let bold = false;
      for (let k = start; k < end; k++) {
        const line = lines[k];
        const pieces = line.content.split('**');
        let content = '';
        let runStart = bold ? 0 : -1;
        pieces.forEach((piece, p) => {
          if (p > 0) {
            bold = !bold;
            if (bold) runStart = content.length;
            else if (runStart >= 0 && content.length > runStart) line.bold.push([runStart, content.length]);
          }
          content += piece;
        });
        if (bold && content.length > runStart) line.bold.push([runStart, content.length]);
        line.content = content;
      }
    }
    start = end;
  }
}

/** How the author laid the text out: hard-wrapped at a width, or one line per paragraph. */
export interface Layout {
  hardWrapped: boolean;
  /** The widest ordinary line: lines were broken before this width. */
  wrapWidth: number;
}

/** Lines longer than this were not wrapped by hand or by an 80-column editor. */
const UNWRAPPED_LINE = 100;
/** Some tools wrap wider (100–132 columns); past this no one wraps by hand. */
const WIDEST_WRAP = 160;
/** Share of line breaks that fall mid-sentence (the next line goes on in lower case) in text wrapped at a width. */
const WRAPPED_BREAKS = 0.5;
const MIN_BREAKS = 5;
const CLAUSE_END = /[.!?:;。！？：；]["'”’)\]]*$/;
const LOWER_START = /^\p{Ll}/u;

/**
 * Hard-wrapped: all but a few lines stay under 100 columns; or, wrapped wider, all but a few stay under a width
 * of at most 160 columns and most line breaks fall in the middle of a sentence. A file written one paragraph per
 * line has long lines, and its line breaks end sentences.
 */
export function measureLayout(lines: SourceLine[]): Layout {
  const widths = lineWidths(lines);
  const widest = (limit: number) => widths.filter((w) => w <= limit).reduce((a, b) => Math.max(a, b), 0);
  if (widths.length > 0 && fewLongerThan(widths, UNWRAPPED_LINE)) return { hardWrapped: true, wrapWidth: widest(UNWRAPPED_LINE) };
  if (wrapsMidSentence(lines)) return { hardWrapped: true, wrapWidth: widest(WIDEST_WRAP) };
  return { hardWrapped: false, wrapWidth: widest(UNWRAPPED_LINE) || UNWRAPPED_LINE };
}

/**
 * Whether lines were broken at a width rather than where paragraphs end: all but a few stay under 160 columns and
 * most breaks fall mid-sentence. Also for line-per-paragraph containers (a Word file made from a text file), where
 * short lines alone prove nothing.
 */
export function wrapsMidSentence(lines: SourceLine[]): boolean {
  return fewLongerThan(lineWidths(lines), WIDEST_WRAP) && midSentenceBreaks(lines) >= WRAPPED_BREAKS;
}

function lineWidths(lines: SourceLine[]): number[] {
  return lines.filter((l) => !l.blank).map((l) => l.width);
}

/** All but a few lines (one, or 5 %) are at most `limit` columns wide. */
function fewLongerThan(widths: number[], limit: number): boolean {
  return widths.filter((w) => w > limit).length <= Math.max(1, widths.length * 0.05);
}

/** Of the line breaks between two lines of text, the share after an unfinished clause and before a lower-case word. */
function midSentenceBreaks(lines: SourceLine[]): number {
  let breaks = 0;
  let mid = 0;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1];
    const after = lines[i];
    if (before.blank || after.blank) continue;
    breaks++;
    if (!CLAUSE_END.test(before.content) && LOWER_START.test(after.content)) mid++;
  }
  return breaks < MIN_BREAKS ? 0 : mid / breaks;
}
