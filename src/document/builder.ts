import { createHash } from 'node:crypto';
import { BLOCK_SEPARATOR } from './model';
import type { Block, BlockKind, DocumentFormat, DocumentModel, Emphasis, PageInfo, TablePosition, TextBox } from './model';
import { CHAR_SPACE, CHAR_TEXT, classifyCode } from './normalise';

/** With the u flag a surrogate range matches only unpaired halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/** A piece of a block's text as the importer found it; the builder normalises it and tracks offsets. */
export interface Segment {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** PDF: where this piece (usually one line) sits on its page. */
  box?: Omit<TextBox, 'start' | 'end'>;
}

export interface BlockInput {
  kind: BlockKind;
  level?: number;
  number?: string | null;
  page?: number | null;
  table?: TablePosition;
  segments: Segment[];
}

/**
 * Builds a DocumentModel from blocks in reading order. Every importer goes through here so the text rules in
 * model.ts hold for all formats: whitespace collapsed per block, invisible characters dropped, blocks joined by
 * a blank line, offsets of blocks / emphasis / boxes computed on the final text.
 */
export class DocumentBuilder {
  private parts: string[] = [];
  private length = 0;
  private readonly blocks: Block[] = [];

  /** Adds a block; returns it, or null when its text is empty after normalisation (such blocks are dropped). */
  addBlock(input: BlockInput): Block | null {
    const out: string[] = [];
    let outLength = 0;
    let pendingSpace = false;
    const emphasis: Emphasis[] = [];
    const boxes: TextBox[] = [];
    const base = this.length + (this.blocks.length > 0 ? BLOCK_SEPARATOR.length : 0);

    for (const segment of input.segments) {
      let segStart = -1;
      let segEnd = -1;
      const t = segment.text;
      // Copies runs of visible characters as slices; spaces collapse to one, invisible characters vanish.
      let runStart = -1;
      const flush = (at: number) => {
        out.push(t.slice(runStart, at));
        outLength += at - runStart;
        segEnd = outLength;
        runStart = -1;
      };
      for (let i = 0; i < t.length; i++) {
        const kind = classifyCode(t.charCodeAt(i));
        if (kind === CHAR_TEXT) {
          if (runStart >= 0) continue;
          if (pendingSpace) {
            out.push(' ');
            outLength += 1;
            pendingSpace = false;
          }
          if (segStart < 0) segStart = outLength;
          runStart = i;
          continue;
        }
        if (runStart >= 0) flush(i);
        if (kind === CHAR_SPACE && outLength > 0) pendingSpace = true;
      }
      if (runStart >= 0) flush(t.length);
      if (segStart < 0) continue;
      const start = base + segStart;
      const end = base + segEnd;
      if (segment.bold) pushEmphasis(emphasis, { start, end, kind: 'bold' });
      if (segment.italic) pushEmphasis(emphasis, { start, end, kind: 'italic' });
      if (segment.box) boxes.push({ ...segment.box, start, end });
    }
    if (outLength === 0) return null;

    if (this.blocks.length > 0) {
      this.parts.push(BLOCK_SEPARATOR);
      this.length += BLOCK_SEPARATOR.length;
    }
    // Half a surrogate pair (a broken file, a bad character reference) is not text: stored as UTF-8 it would
    // come back as several characters and shift every offset after it. U+FFFD keeps the length.
    const joined = out.join('');
    const text = LONE_SURROGATE.test(joined) ? joined.replace(LONE_SURROGATES, '\uFFFD') : joined;
    this.parts.push(text);
    const start = this.length;
    this.length += text.length;

    const block: Block = {
      id: `b${this.blocks.length + 1}`,
      kind: input.kind,
      level: input.level ?? 0,
      number: input.number ?? null,
      start,
      end: this.length,
      page: input.page ?? boxes[0]?.page ?? null,
    };
    if (boxes.length > 0) block.boxes = boxes;
    if (input.table) block.table = input.table;
    if (emphasis.length > 0) block.emphasis = emphasis;
    this.blocks.push(block);
    return block;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  build(meta: {
    bytes: Uint8Array;
    format: DocumentFormat;
    title: string;
    pageCount: number | null;
    pages?: PageInfo[];
    warnings?: string[];
  }): DocumentModel {
    return {
      title: meta.title,
      format: meta.format,
      sha256: sha256Hex(meta.bytes),
      byteLength: meta.bytes.byteLength,
      pageCount: meta.pageCount,
      text: this.parts.join(''),
      blocks: this.blocks,
      pages: meta.pages ?? [],
      warnings: meta.warnings ?? [],
    };
  }
}

/** Merges an emphasis run into the previous one when they touch (two bold words separated by a space). */
function pushEmphasis(list: Emphasis[], run: Emphasis): void {
  const last = list.findLast((e) => e.kind === run.kind);
  if (last && run.start - last.end <= 1) {
    last.end = run.end;
    return;
  }
  list.push(run);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
