import { DocumentBuilder, type Segment } from '../../document/builder';
import type { ClassifiedBlock } from './classify';
import { breaksInsideAddress, breaksWordsBetweenSyllables, hyphenatedTail, keepsHyphen, WordEvidence } from './hyphenation';
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
  for (const block of blocks) {
    const lines = block.group.lines;
    const segments: Segment[] = lines.map((line, j) => {
      let text = j === 0 && block.dropPrefix > 0 ? line.text.slice(block.dropPrefix) : line.text;
      if (j < lines.length - 1) {
        const tail = hyphenatedTail(text);
        const spaced = tail ? null : spacedHyphenBreak(text, lines[j + 1].text, evidence, wordsBreak);
        if (spaced !== null) text = spaced;
        else if (tail) {
          if (!keepsHyphen(tail.token, tail.word, lines[j + 1].text, evidence, tail.soft, wordsBreak)) text = text.slice(0, -1);
        } else if (!breaksInsideAddress(text)) text += ' ';
      }
      return { text, box: boxOf(line, pageSizes) };
    });
    const added = builder.addBlock({ kind: block.kind, level: block.level, number: block.number, page: lines[0].page, segments });
    texts.push(added ? segments.map((s) => s.text).join('').replace(/\s+/g, ' ').trim() : '');
  }
  return texts;
}

/**
 * A word broken at a line end whose hyphen is set apart from it, "possi -" + "ble." (LibreOffice stretches a
 * justified line up to its hyphenation mark, and the gap reads as a space): the line without the mark, to be joined
 * to the next with nothing between, when the document writes the joined word elsewhere ("possible") or, in a document
 * hyphenated between syllables, the piece is no word of it ("rein -" + "states"); else null, as a dash set between
 * spaces ("the Licensor -" + "as defined below") stays as printed.
 */
function spacedHyphenBreak(text: string, next: string, evidence: WordEvidence, wordsBreak: boolean): string | null {
  if (!text.endsWith(' -')) return null;
  const before = /(\p{L}+) -$/u.exec(text)?.[1];
  const after = /^\p{Ll}+/u.exec(next)?.[0];
  if (!before || !after) return null;
  // In a document hyphenated between syllables, a piece that is no word of the document is a broken word too.
  const broken = evidence.count(before + after) > 0 || (wordsBreak && evidence.count(before) === 0);
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
        const spaced = tail ? null : /\p{L}+ -$/u.exec(text);
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
