import { DocumentBuilder, type Segment } from '../../document/builder';
import type { ClassifiedBlock } from './classify';
import { BOUND_PREFIXES, breaksInsideAddress, breaksWordsBetweenSyllables, hyphenatedTail, keepsHyphen, WordEvidence } from './hyphenation';
import type { PlacedLine } from './paragraphs';

/** Page sizes by page number, to keep boxes on their page. */
export type PageSizes = ReadonlyMap<number, { width: number; height: number }>;

/**
 * Adds the blocks to the builder: one segment per printed line, carrying the line's box, joined with a space,
 * or with nothing across a hyphenated line break (the hyphen kept or dropped as hyphenation.ts decides) or a web
 * address broken after a slash.
 * Returns each block's text as added, for the title.
 */
export function addBlocks(builder: DocumentBuilder, blocks: readonly ClassifiedBlock[], pageSizes: PageSizes): string[] {
  const evidence = wordEvidence(blocks);
  const wordsBreak = breaksWordsBetweenSyllables(lineEndBreaks(blocks), evidence);
  const texts: string[] = [];
  /** A line's text as it joins the next line of its block (or cell): hyphen kept or dropped, or a space. */
  const joined = (text: string, next: string | undefined): string => {
    if (next === undefined) return text;
    const tail = hyphenatedTail(text);
    const spaced = tail ? null : spacedHyphenBreak(text, next, evidence, wordsBreak);
    if (spaced !== null) return spaced;
    if (tail) return keepsHyphen(tail.token, tail.word, next, evidence, tail.soft, wordsBreak) ? text : text.slice(0, -1);
    return breaksInsideAddress(text) ? text : `${text} `;
  };
  for (const block of blocks) {
    const lines = block.group.lines;
    const cells = lines.length > 1 && lines[0].cells && block.dropPrefix === 0 ? rowByColumns(lines, pageSizes, joined) : null;
    const segments: Segment[] =
      cells ??
      lines.map((line, j) => {
        const text = j === 0 && block.dropPrefix > 0 ? line.text.slice(block.dropPrefix) : line.text;
        return { text: joined(text, lines[j + 1]?.text), box: boxOf(line, pageSizes) };
      });
    const added = builder.addBlock({ kind: block.kind, level: block.level, number: block.number, page: lines[0].page, segments });
    texts.push(added ? segments.map((s) => s.text).join('').replace(/\s+/g, ' ').trim() : '');
  }
  return texts;
}

/**
 * A table row whose cells wrap over several lines, read cell by cell: each column's pieces top to bottom, then the
 * next column ("Research or non-commercial use by individuals and academic institutions Stability AI Community
 * License, free of charge …"), not line by line across the row. Each piece keeps its own box.
 */
function rowByColumns(lines: readonly PlacedLine[], pageSizes: PageSizes, joined: (text: string, next: string | undefined) => string): Segment[] {
  const starts = [...new Set([lines[0].x, ...lines.flatMap((line) => line.cells ?? [])])].sort((a, b) => a - b);
  const columns: Array<Array<{ text: string; box: NonNullable<Segment['box']> }>> = starts.map(() => []);
  for (const line of lines) {
    const box = boxOf(line, pageSizes);
    for (const part of line.parts ?? [{ text: line.text, x: line.x, right: line.right }]) {
      let column = 0;
      while (column + 1 < starts.length && starts[column + 1] <= part.x + 2) column++;
      const x = Math.max(box.x, round(part.x));
      columns[column].push({ text: part.text, box: { ...box, x, width: round(Math.max(0, Math.min(box.x + box.width, part.right) - x)) } });
    }
  }
  // Within a cell, a piece joins the next as lines do (a hyphenated word mended); cells are set apart by a space.
  return columns.flatMap((pieces) => pieces.map((piece, k) => ({ text: k === pieces.length - 1 ? `${piece.text} ` : joined(piece.text, pieces[k + 1].text), box: piece.box })));
}

/**
 * A word broken at a line end whose hyphen is set apart from it, "possi -" + "ble." (LibreOffice stretches a
 * justified line up to its hyphenation mark, and the gap reads as a space). The line is returned to be joined to the
 * next with nothing between:
 * - with its hyphen, closed up, for a compound: the document writes it hyphenated elsewhere ("royalty -" + "free"
 *   where "royalty-free" is printed whole), or the first part is a prefix that is no word ("non -" + "exclusive");
 * - without it, for a word the document writes whole elsewhere ("possible"), or, in a document hyphenated between
 *   syllables, a piece that is no word of it ("rein -" + "states"), or any break where the document never sets a
 *   hyphen between spaces inside a line, so a spaced mark can only be a hyphenation mark ("world -" + "wide",
 *   "be -" + "ginning");
 * else null: a dash set between spaces ("the Licensor -" + "as defined below") stays as printed.
 */
function spacedHyphenBreak(text: string, next: string, evidence: WordEvidence, wordsBreak: boolean): string | null {
  if (!text.endsWith(' -')) return null;
  const before = /(\p{L}+) -$/u.exec(text)?.[1];
  const after = /^\p{Ll}+/u.exec(next)?.[0];
  if (!before || !after) return null;
  const hyphenated = evidence.count(`${before}-${after}`);
  const joined = evidence.count(before + after);
  if (hyphenated > joined || (hyphenated === joined && BOUND_PREFIXES.has(before.toLowerCase()))) return `${text.slice(0, -2)}-`;
  const broken = joined > 0 || (wordsBreak && (evidence.count(before) === 0 || evidence.spacedDashes() === 0));
  return broken ? text.slice(0, -2) : null;
}

/** Every hyphen at a line end inside a block, with the line after it. */
function* lineEndBreaks(blocks: readonly ClassifiedBlock[]): Generator<{ token: string; before: string; after: string; soft: boolean }> {
  for (const block of blocks) {
    const lines = block.group.lines;
    for (let j = 0; j < lines.length - 1; j++) {
      const tail = hyphenatedTail(lines[j].text);
      if (tail) yield { token: tail.token, before: tail.word, after: lines[j + 1].text, soft: tail.soft };
    }
  }
}

/** The words printed inside lines; the pieces of words broken at a line end are left out (they are the question). */
function wordEvidence(blocks: readonly ClassifiedBlock[]): WordEvidence {
  return new WordEvidence(function* () {
    for (const block of blocks) {
      let brokeBefore = false;
      for (const line of block.group.lines) {
        let text = line.text;
        if (brokeBefore) text = text.replace(/^\S+/, '');
        const tail = hyphenatedTail(text);
        // Tried only on a line that ends in " -": unanchored at its start, the pattern would be tried from every letter.
        const spaced = tail || !text.endsWith(' -') ? null : /\p{L}+ -$/u.exec(text);
        if (tail) text = text.slice(0, text.length - tail.token.length - 1);
        else if (spaced) text = text.slice(0, spaced.index);
        brokeBefore = tail !== null || spaced !== null;
        yield text;
      }
    }
  });
}

function boxOf(line: PlacedLine, pageSizes: PageSizes): NonNullable<Segment['box']> {
  const size = pageSizes.get(line.page);
  const width = size?.width ?? Number.POSITIVE_INFINITY;
  const height = size?.height ?? Number.POSITIVE_INFINITY;
  const x = clamp(line.x, width);
  const y = clamp(line.top, height);
  return { page: line.page, x: round(x), y: round(y), width: round(clamp(line.right, width) - x), height: round(clamp(line.bottom, height) - y) };
}

function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
