import { DocumentBuilder, type Segment } from '../../document/builder';
import type { ClassifiedBlock } from './classify';
import { breaksInsideAddress, hyphenatedTail, keepsHyphen, WordEvidence } from './hyphenation';
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
  const texts: string[] = [];
  for (const block of blocks) {
    const lines = block.group.lines;
    const segments: Segment[] = lines.map((line, j) => {
      let text = j === 0 && block.dropPrefix > 0 ? line.text.slice(block.dropPrefix) : line.text;
      if (j < lines.length - 1) {
        const tail = hyphenatedTail(text);
        if (tail) {
          if (!keepsHyphen(tail.token, tail.word, lines[j + 1].text, evidence, tail.soft)) text = text.slice(0, -1);
        } else if (!breaksInsideAddress(text)) text += ' ';
      }
      return { text, box: boxOf(line, pageSizes) };
    });
    const added = builder.addBlock({ kind: block.kind, level: block.level, number: block.number, page: lines[0].page, segments });
    texts.push(added ? segments.map((s) => s.text).join('').replace(/\s+/g, ' ').trim() : '');
  }
  return texts;
}

/** The words printed inside lines; the pieces of words broken at a line end are left out (they are the question). */
function wordEvidence(blocks: readonly ClassifiedBlock[]): WordEvidence {
  const evidence = new WordEvidence();
  let brokeBefore = false;
  for (const block of blocks) {
    for (const line of block.group.lines) {
      let text = line.text;
      if (brokeBefore) text = text.replace(/^\S+/, '');
      const tail = hyphenatedTail(text);
      if (tail) text = text.slice(0, text.length - tail.token.length - 1);
      brokeBefore = tail !== null;
      evidence.add(text);
    }
    brokeBefore = false;
  }
  return evidence;
}

function boxOf(line: PlacedLine, pageSizes: PageSizes): NonNullable<Segment['box']> {
  const size = pageSizes.get(line.page);
  const clampX = (v: number) => (size ? Math.min(size.width, Math.max(0, v)) : v);
  const clampY = (v: number) => (size ? Math.min(size.height, Math.max(0, v)) : v);
  const x = clampX(line.x);
  const y = clampY(line.top);
  return {
    page: line.page,
    x: round(x),
    y: round(y),
    width: round(clampX(line.right) - x),
    height: round(clampY(line.bottom) - y),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
