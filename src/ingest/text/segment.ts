import type { BlockKind } from '../../document/model';
import { isHeadingLine, isTitlePhrase } from './headings';
import type { Layout, SourceLine } from './lines';
import { parseBullet, parseMarker, toRoman, type Marker } from './numbering';
import { LIST_JOINER_END, REFERENCE_END, SENTENCE_END } from './line-ends';
import { NumberingOutline } from './outline';

/** A block of a plain-text document before it goes through the DocumentBuilder. */
export interface TextBlock {
  lines: SourceLine[];
  /** Where the text starts in the first line (after a dropped bullet symbol). */
  from: number;
  marker: Marker | null;
  bullet: string | null;
  kind: BlockKind;
  level: number;
  /** An unnumbered, unbulleted indented line read as a list item (lists typed without bullets). */
  indentedItem?: boolean;
  /** A single line with a rule of "=" or "-" right under it. */
  underlined?: boolean;
}

const RULE = /^([-=_*~#])(\s*\1){2,}$/;

/**
 * Groups lines into blocks: blank lines separate paragraphs; within a paragraph a new block starts at a numbered
 * or bulleted line (unless it is the middle of a sentence: "… version\n2.0 of the License"), after a heading-like
 * line, and where the author clearly ended a line early. Hard-wrapped lines are joined; in files written one
 * paragraph per line, every line break ends a block except a line that plainly continues the sentence.
 */
export function segmentBlocks(lines: SourceLine[], layout: Layout): TextBlock[] {
  const outline = new NumberingOutline();
  const paragraphWidth = measureParagraphs(lines);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;

  const close = () => {
    if (!current) return;
    finishUnnumbered(current, blocks[blocks.length - 1], layout, outline);
    blocks.push(current);
    current = null;
  };
  const open = (line: SourceLine, marker: Marker | null, bullet: { symbol: string; offset: number } | null): TextBlock => {
    const block: TextBlock = { lines: [line], from: 0, marker, bullet: null, kind: 'paragraph', level: 0 };
    if (marker) {
      block.kind = 'list-item';
      block.level = outline.place(marker, line.indent).level;
    } else if (bullet) {
      block.kind = 'list-item';
      block.bullet = bullet.symbol;
      block.from = bullet.offset;
      block.level = outline.placeBullet(bullet.symbol, line.indent);
    }
    return block;
  };

  for (const line of lines) {
    if (line.blank) {
      close();
      continue;
    }
    if (RULE.test(line.content)) {
      // "Title\n=====": the rule underlines the line above it.
      if (current && current.lines.length === 1 && !current.marker && !current.bullet) current.underlined = true;
      close();
      continue;
    }
    const marker = parseMarker(line.content);
    const bullet = marker ? null : parseBullet(line.content);
    if (!current) {
      current = open(line, marker, bullet);
      continue;
    }
    const previous = current.lines[current.lines.length - 1];
    const startsNew =
      endsAfterCentredTitle(current, previous, line, layout) ||
      (marker || bullet
        ? startsItem(current, previous, line, marker, bullet?.symbol ?? null, layout, outline)
        : endsBefore(current, previous, line, layout, paragraphWidth.get(previous.index) ?? layout.wrapWidth));
    if (startsNew) {
      close();
      current = open(line, marker, bullet);
    } else {
      current.lines.push(line);
    }
  }
  close();
  return blocks;
}

/** Does a numbered or bulleted line start a new item, or is it the middle of the current sentence? */
function startsItem(
  current: TextBlock,
  previous: SourceLine,
  line: SourceLine,
  marker: Marker | null,
  bullet: string | null,
  layout: Layout,
  outline: NumberingOutline,
): boolean {
  if (isBareNumber(current)) return false;
  if (!layout.hardWrapped) return true;
  const text = previous.content;
  if (marker && !FULL_STOP_END.test(text) && continuesInlineEnumeration(current, marker)) return false;
  if (SENTENCE_END.test(text) || LIST_JOINER_END.test(text)) return true;
  if (REFERENCE_END.test(text)) return false;
  if (marker && outline.continues(marker, line.indent)) return true;
  if (bullet && current.bullet === bullet && Math.abs(current.lines[0].indent - line.indent) <= 2) return true;
  return current.lines.length === 1 && !current.marker && isHeadingLine(text);
}

const FULL_STOP_END = /[.!?。！？]["'”’)\]]*$/;

/**
 * "(ii)" opening a wrapped line whose "(i)" stands inside the current block's text ("… for (i) any commercial
 * purpose, or\n(ii) military purposes …") is the sentence's own enumeration going on, not a new item. A block that
 * itself opens with "(i)" is a list item, and "(ii)" its sibling.
 */
function continuesInlineEnumeration(current: TextBlock, marker: Marker): boolean {
  if (marker.kind !== 'simple' || !marker.number.startsWith('(')) return false;
  const text = current.lines.map((l) => l.content).join(' ');
  const opening = current.marker?.number ?? '';
  return marker.readings.some((reading) => {
    const label = previousLabel(reading.style, reading.value);
    if (!label || opening === label) return false;
    const at = text.indexOf(label, opening.length);
    return at > 0 && /\s/.test(text[at - 1]);
  });
}

/** The parenthesised label before `value` in a style ("roman()", 2 -> "(i)"), or null. */
function previousLabel(style: string, value: number | null): string | null {
  if (value === null || value < 2 || !style.endsWith('()')) return null;
  const family = style.slice(0, -2);
  const before = value - 1;
  if (family === 'arabic') return `(${before})`;
  if (family === 'lower' || family === 'upper') {
    const letter = String.fromCharCode(96 + before);
    return `(${family === 'upper' ? letter.toUpperCase() : letter})`;
  }
  if (family === 'roman' || family === 'ROMAN') {
    const roman = toRoman(before);
    return `(${family === 'ROMAN' ? roman.toUpperCase() : roman})`;
  }
  return null;
}

/** Does the current block end before this (unnumbered) line? */
function endsBefore(current: TextBlock, previous: SourceLine, line: SourceLine, layout: Layout, paragraphWidth: number): boolean {
  if (isBareNumber(current)) return false;
  const text = previous.content;
  if (/\p{L}-$/u.test(text)) return false;
  if (!layout.hardWrapped) {
    if (current.lines.length === 1 && !current.marker && !current.bullet && isHeadingLine(text)) return true;
    return !(/^\p{Ll}/u.test(line.content) && !SENTENCE_END.test(text) && !LIST_JOINER_END.test(text));
  }
  const single = current.lines.length === 1;
  const plain = !current.marker && !current.bullet;
  if (single && plain && line.indent !== previous.indent && isCentred(previous, layout.wrapWidth)) return true;
  const room = previous.width + 1 + firstWordLength(line.content);
  if (single && room <= layout.wrapWidth) {
    const title = current.marker ? isShortTitle(current.marker.rest.replace(/[.:]$/, '')) : plain && isShortTitle(text);
    if (title) return true;
  }
  // The next word would have fitted on this line, the sentence ended and the next one starts: the author broke
  // the line on purpose. (A semicolon, or a lower-case start, is the same sentence going on.)
  return /[.!?:。！？：]["'”’)\]]*$/.test(text) && !/^\p{Ll}/u.test(line.content) && room <= paragraphWidth;
}

/**
 * A centred caption standing on its own line ("Section 1: DEFINITIONS", "1.1 Definitions" centred over the text,
 * as a text printed for paper sets its headings) ends there, numbered or not: the next line, set elsewhere, opens
 * the next block.
 */
function endsAfterCentredTitle(current: TextBlock, previous: SourceLine, line: SourceLine, layout: Layout): boolean {
  if (!layout.hardWrapped || current.lines.length !== 1 || current.bullet || line.indent === previous.indent) return false;
  if (!isCentred(previous, layout.wrapWidth)) return false;
  return isTitlePhrase(current.marker ? current.marker.rest : previous.content) && !SENTENCE_END.test(previous.content.replace(/[.:]$/, ''));
}

/** Titles that head a paragraph without a blank line are short: longer capitals are a disclaimer's first line. */
function isShortTitle(text: string): boolean {
  return isHeadingLine(text) && text.split(/\s+/).length <= 8;
}

/** A title-page line centred between the margins ("Apache License" over "Version 2.0, January 2004"). */
function isCentred(line: SourceLine, wrapWidth: number): boolean {
  const right = wrapWidth - line.width;
  const short = line.width - line.indent <= wrapWidth * 0.6;
  return short && line.indent >= 10 && right > 0 && Math.abs(line.indent - right) <= 6;
}

/** A line that is only a number ("1.2"): its text follows on the next line(s). */
function isBareNumber(block: TextBlock): boolean {
  return block.lines.length === 1 && block.marker !== null && block.marker.rest === '' && block.marker.kind !== 'keyword';
}

function firstWordLength(text: string): number {
  return /^\S*/.exec(text)![0].length;
}

/** The widest line of each paragraph (lines between blank lines), by line index: its own wrap width. */
function measureParagraphs(lines: SourceLine[]): Map<number, number> {
  const widths = new Map<number, number>();
  let group: SourceLine[] = [];
  const flush = () => {
    const max = group.reduce((m, l) => Math.max(m, l.width), 0);
    for (const l of group) widths.set(l.index, max);
    group = [];
  };
  for (const line of lines) {
    if (line.blank) flush();
    else group.push(line);
  }
  flush();
  return widths;
}

/** An unnumbered block is a heading, a bullet-less list item, or a paragraph. */
function finishUnnumbered(block: TextBlock, previous: TextBlock | undefined, layout: Layout, outline: NumberingOutline): void {
  if (block.marker || block.bullet) return;
  const first = block.lines[0];
  if (block.lines.length === 1 && (isHeadingLine(first.content) || (block.underlined && isTitlePhrase(first.content)))) {
    block.kind = 'heading';
    block.level = 1;
    outline.reset();
    return;
  }
  // One-paragraph-per-line files indent list items without bullets ("You must not use …:\n    for …;\n    in …").
  const lastText = previous ? previous.lines[previous.lines.length - 1].content : '';
  if (!layout.hardWrapped && first.indent >= 2 && previous && (previous.indentedItem || /:$/.test(lastText))) {
    block.kind = 'list-item';
    block.level = outline.depth + 1;
    block.indentedItem = true;
    return;
  }
  outline.closeDeeperThan(first.indent);
}
