import { DocumentBuilder, type Segment } from '../../document/builder';
import type { DocumentModel } from '../../document/model';
import { normaliseInline } from '../../document/normalise';
import { titleFromFileName, type ImportContext } from '../context';
import { isTitlePhrase } from './headings';
import { measureLayout, splitLines } from './lines';
import { withoutPageChrome } from './page-chrome';
import { segmentBlocks, type TextBlock } from './segment';

/** Blocks this far into a document can still hold its title ("Copyright …", then "Apache License"). */
const TITLE_SEARCH_BLOCKS = 3;

/**
 * Plain text -> document model, with the structure read from the text itself: paragraphs, hard-wrapped lines
 * joined, numbered sections and items with their printed numbers and outline levels, bullets, and headings
 * (ALL CAPS / Title Case lines standing alone, "Section 2 -- Scope.", "1.1 Definitions").
 */
export function importPlainText(text: string, bytes: Uint8Array, ctx: ImportContext): DocumentModel {
  const paged = withoutPageChrome(text);
  if (paged.removed > 0) {
    ctx.warnings.push(`The text is printed to pages: ${paged.removed} running ${paged.removed === 1 ? 'line' : 'lines'} at the head or foot of its pages (titles, page numbers) ${paged.removed === 1 ? 'was' : 'were'} left out.`);
  }
  const lines = splitLines(paged.text);
  const blocks = promoteNumberedHeadings(mergeBareNumbers(segmentBlocks(lines, measureLayout(lines))));

  const builder = new DocumentBuilder();
  let title: string | null = null;
  blocks.forEach((block, i) => {
    const built = builder.addBlock({
      kind: block.kind,
      level: block.kind === 'heading' ? Math.min(6, Math.max(1, block.level)) : block.level,
      number: block.marker?.number ?? null,
      segments: segmentsOf(block),
    });
    if (built && title === null && i < TITLE_SEARCH_BLOCKS && block.kind === 'heading' && !block.marker) {
      title = normaliseInline(segmentsOf(block).map((s) => s.text).join(''));
    }
  });
  return builder.build({ bytes, format: 'text', title: title ?? titleFromFileName(ctx.name), pageCount: null, warnings: ctx.warnings });
}

/** "1.2" alone on a line, then its paragraph: one numbered block, as the reader takes it. */
function mergeBareNumbers(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (
      block.marker &&
      block.marker.kind !== 'keyword' &&
      block.marker.rest === '' &&
      block.lines.length === 1 &&
      next &&
      !next.marker &&
      !next.bullet &&
      next.kind !== 'heading'
    ) {
      out.push({ ...block, lines: [...block.lines, ...next.lines.map((l, k) => (k === 0 && next.from > 0 ? { ...l, content: l.content.slice(next.from) } : l))] });
      i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * A numbered line standing alone with a title and no sentence ("5. Intellectual Property.", "1.1 Definitions",
 * "Section 2 -- Scope.") is a heading when it opens a section rather than being one item of a list of short
 * items: the next block is not its sibling, and (below the top level) the next block is body text.
 */
function promoteNumberedHeadings(blocks: TextBlock[]): TextBlock[] {
  blocks.forEach((block, i) => {
    const marker = block.marker;
    if (!marker || block.kind !== 'list-item') return;
    const standalone = block.lines.length === 1;
    if (marker.kind === 'keyword') {
      if (standalone && (marker.rest === '' || isTitlePhrase(marker.rest))) block.kind = 'heading';
      return;
    }
    if (!standalone || !isTitlePhrase(marker.rest)) return;
    const next = blocks[i + 1];
    if (!next) return;
    const sibling = next.marker !== null && next.level === block.level && next.marker.readings[0].style === marker.readings[0].style;
    if (sibling) return;
    // Deeper down, a titled item over its own sub-items ("b. Redistribution and Use." then "i.", "ii.") stays an item.
    if (marker.kind === 'simple' && block.level !== 1 && next.kind !== 'paragraph') return;
    block.kind = 'heading';
  });
  return blocks;
}

/** The block's text as builder segments: lines joined (a word hyphenated across lines is rejoined), bold kept. */
function segmentsOf(block: TextBlock): Segment[] {
  const segments: Segment[] = [];
  block.lines.forEach((line, k) => {
    const from = k === 0 ? block.from : 0;
    const piece = line.content.slice(from);
    if (k > 0) {
      const last = segments[segments.length - 1];
      const joinTight = last && /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(piece);
      if (last && !joinTight) last.text += ' ';
    }
    let at = from;
    for (const [start, end] of line.bold) {
      if (end <= at) continue;
      const s = Math.max(start, at);
      if (s > at) segments.push({ text: line.content.slice(at, s) });
      segments.push({ text: line.content.slice(s, end), bold: true });
      at = end;
    }
    if (at < line.content.length) segments.push({ text: line.content.slice(at) });
  });
  return segments;
}
