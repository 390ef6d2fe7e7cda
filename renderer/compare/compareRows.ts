/**
 * The rows the compare view draws, built from the engine's alignment (src/compare/types.ts): each row holds the
 * blocks that correspond on the two sides, so a row drawn as one grid line keeps aligned blocks level. The word
 * marks (insertions on the new side, deletions on the old) come from each change's parts, whose spans point into
 * each document's own text.
 */
import type { BlockPair, Change, Comparison } from '../../src/compare/types';
import type { Block, DocumentModel } from '../app/types';

export interface WordMark {
  start: number;
  end: number;
}

export interface CompareRow {
  index: number;
  kind: BlockPair['kind'];
  change: Change | null;
  oldBlocks: Block[];
  newBlocks: Block[];
  /** Deleted words (old side) and inserted words (new side), sorted, as offsets into each side's text. */
  oldMarks: WordMark[];
  newMarks: WordMark[];
  /** For a move: 'from' is the row at its old place, 'to' the row at its new place. */
  moveEnd: 'from' | 'to' | null;
  /** The first row at its end of a move (a move over several blocks has several rows at each place). */
  moveLead: boolean;
  /** The other place of the move is further down. */
  movePartnerBelow: boolean;
  renumbered: boolean;
  /** A rough height estimate (in pixels at the default size) used before the row is laid out. */
  estimatedHeight: number;
}

/** Characters per line and pixels per line of one column at the default size: only for estimates. */
const CHARS_PER_LINE = 62;
const LINE_PX = 24;
const BLOCK_GAP_PX = 12;

function estimateHeight(blocks: Block[]): number {
  let px = 0;
  for (const b of blocks) px += Math.max(1, Math.ceil((b.end - b.start) / CHARS_PER_LINE)) * LINE_PX + BLOCK_GAP_PX;
  return px;
}

function marksOf(change: Change | null, side: 'old' | 'new'): WordMark[] {
  if (!change) return [];
  const op = side === 'old' ? 'delete' : 'insert';
  const marks: WordMark[] = [];
  for (const part of change.parts) {
    const span = part[side];
    if (part.op === op && span && span.end > span.start) marks.push({ start: span.start, end: span.end });
  }
  return marks.sort((a, b) => a.start - b.start);
}

export function buildRows(comparison: Comparison, oldModel: DocumentModel, newModel: DocumentModel): CompareRow[] {
  const oldById = new Map(oldModel.blocks.map((b) => [b.id, b]));
  const newById = new Map(newModel.blocks.map((b) => [b.id, b]));
  const changes = new Map(comparison.changes.map((c) => [c.id, c]));
  const seenMoves = new Set<string>();
  const rows: CompareRow[] = comparison.alignment.map((pair, index) => {
    const change = pair.changeId ? (changes.get(pair.changeId) ?? null) : null;
    const oldBlocks = pair.oldBlocks.map((id) => oldById.get(id)).filter((b): b is Block => b !== undefined);
    const newBlocks = pair.newBlocks.map((id) => newById.get(id)).filter((b): b is Block => b !== undefined);
    let moveEnd: CompareRow['moveEnd'] = null;
    let moveLead = false;
    if (pair.kind === 'moved' && pair.changeId) {
      // A move has rows at each place: those with the old blocks are where it came from.
      moveEnd = oldBlocks.length > 0 && newBlocks.length === 0 ? 'from' : newBlocks.length > 0 && oldBlocks.length === 0 ? 'to' : seenMoves.has(`${pair.changeId}:from`) ? 'to' : 'from';
      moveLead = !seenMoves.has(`${pair.changeId}:${moveEnd}`);
      seenMoves.add(`${pair.changeId}:${moveEnd}`);
    }
    return {
      index,
      kind: pair.kind,
      change,
      oldBlocks,
      newBlocks,
      oldMarks: marksOf(change, 'old'),
      newMarks: marksOf(change, 'new'),
      moveEnd,
      moveLead,
      movePartnerBelow: false,
      renumbered: pair.renumbered,
      estimatedHeight: Math.max(estimateHeight(oldBlocks), estimateHeight(newBlocks), 28),
    };
  });
  const firstAt = new Map<string, number>();
  for (const row of rows) if (row.moveLead && row.change) firstAt.set(`${row.change.id}:${row.moveEnd}`, row.index);
  for (const row of rows) {
    if (!row.moveEnd || !row.change) continue;
    const partner = firstAt.get(`${row.change.id}:${row.moveEnd === 'from' ? 'to' : 'from'}`);
    row.movePartnerBelow = partner !== undefined && partner > row.index;
  }
  return rows;
}

/** The row showing a change: for a move, the row at the requested end. */
export function rowOfChange(rows: CompareRow[], changeId: string, end: 'from' | 'to' = 'to'): CompareRow | null {
  let first: CompareRow | null = null;
  for (const row of rows) {
    if (row.change?.id !== changeId) continue;
    if (row.moveEnd === null || row.moveEnd === end) return row;
    first ??= row;
  }
  return first;
}

/** One piece of a block's text: plain, or a word mark. */
export interface TextPiece {
  start: number;
  end: number;
  marked: boolean;
}

/** Cuts [start, end) of a side's text at its word marks (marks sorted by start). */
export function piecesOf(start: number, end: number, marks: WordMark[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = start;
  for (const m of marks) {
    if (m.end <= at || m.start >= end) continue;
    const s = Math.max(m.start, at);
    const e = Math.min(m.end, end);
    if (s > at) pieces.push({ start: at, end: s, marked: false });
    pieces.push({ start: s, end: e, marked: true });
    at = e;
  }
  if (at < end) pieces.push({ start: at, end, marked: false });
  return pieces;
}

/** A paragraph of the single-column redline: its look from a block, and its words in reading order. */
export interface RedlineParagraph {
  key: string;
  block: Block;
  /** A whole paragraph only one side has (an inserted or deleted block). */
  whole: 'insert' | 'delete' | null;
  pieces: { op: 'equal' | 'insert' | 'delete'; start: number; end: number }[];
}

/** The blocks overlapping [start, end), each with the overlapping sub-span (blocks sorted by start). */
function splitByBlocks(blocks: Block[], start: number, end: number): { block: Block; start: number; end: number }[] {
  const out: { block: Block; start: number; end: number }[] = [];
  for (const b of blocks) {
    const s = Math.max(start, b.start);
    const e = Math.min(end, b.end);
    if (e > s) out.push({ block: b, start: s, end: e });
  }
  return out;
}

/** The last block starting at or before an offset, else the first. */
function blockBefore(blocks: Block[], offset: number): Block | null {
  let found: Block | null = blocks[0] ?? null;
  for (const b of blocks) if (b.start <= offset) found = b;
  return found;
}

/**
 * The redline of one change row as paragraphs, in reading order: the change's parts cut at block boundaries.
 * Words of the newer text go to the paragraph of their block; deleted words sit where they were, inside the
 * paragraph being written; a deleted block that is gone whole is a struck paragraph of its own.
 */
export function redlineParagraphs(row: CompareRow): RedlineParagraph[] {
  const change = row.change;
  if (!change) return [];
  const paragraphs: RedlineParagraph[] = [];
  const paragraphFor = (block: Block, whole: RedlineParagraph['whole']): RedlineParagraph => {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.block === block && last.whole === whole) return last;
    const next: RedlineParagraph = { key: `${row.index}:${paragraphs.length}`, block, whole, pieces: [] };
    paragraphs.push(next);
    return next;
  };
  let cursor = row.newBlocks[0]?.start ?? 0;
  for (const part of change.parts) {
    if (part.new) {
      for (const piece of splitByBlocks(row.newBlocks, part.new.start, part.new.end)) {
        const whole = part.op === 'insert' && piece.start === piece.block.start && piece.end === piece.block.end ? 'insert' : null;
        paragraphFor(piece.block, whole).pieces.push({ op: part.op, start: piece.start, end: piece.end });
      }
      cursor = part.new.end;
      continue;
    }
    if (!part.old) continue;
    for (const piece of splitByBlocks(row.oldBlocks, part.old.start, part.old.end)) {
      const wholeBlock = piece.start === piece.block.start && piece.end === piece.block.end;
      const host = wholeBlock ? null : blockBefore(row.newBlocks, cursor);
      const paragraph = host ? paragraphFor(host, null) : paragraphFor(piece.block, 'delete');
      paragraph.pieces.push({ op: 'delete', start: piece.start, end: piece.end });
    }
  }
  return paragraphs;
}
