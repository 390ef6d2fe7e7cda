/**
 * Where every page sits in the scrolling column, computed from the page sizes the importer stored, so the whole
 * document has its true height before any page is drawn and a text offset maps to a scroll position directly.
 */
import type { Block, PageInfo, TextBox } from '../../app/types';
import { blockIndexAt } from '../reading/readingItems';

/** pdf.js and browsers draw 1 PDF point as 96/72 CSS pixels at 100 %. */
export const CSS_PX_PER_PT = 96 / 72;
export const PAGE_GAP = 16;
export const COLUMN_PADDING = 20;

export interface PageSlot {
  number: number;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface PageLayout {
  slots: PageSlot[];
  width: number;
  height: number;
  /** CSS pixels per PDF point. */
  scale: number;
}

export function layoutPages(pages: PageInfo[], zoom: number): PageLayout {
  const scale = zoom * CSS_PX_PER_PT;
  const width = Math.max(0, ...pages.map((p) => p.width * scale));
  let top = COLUMN_PADDING;
  const slots = pages.map((p) => {
    const slot = { number: p.number, top, left: (width - p.width * scale) / 2, width: p.width * scale, height: p.height * scale };
    top += slot.height + PAGE_GAP;
    return slot;
  });
  return { slots, width, height: top - PAGE_GAP + COLUMN_PADDING, scale };
}

/** The page whose slot contains y (or the nearest one). */
export function pageAt(layout: PageLayout, y: number): PageSlot | null {
  const { slots } = layout;
  if (!slots.length) return null;
  let lo = 0;
  let hi = slots.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (slots[mid].top <= y) lo = mid;
    else hi = mid - 1;
  }
  return slots[lo];
}

/** Every PDF line box, grouped by page number. */
export function boxesByPage(blocks: Block[]): Map<number, TextBox[]> {
  const map = new Map<number, TextBox[]>();
  for (const block of blocks) {
    for (const box of block.boxes ?? []) {
      const list = map.get(box.page);
      if (list) list.push(box);
      else map.set(box.page, [box]);
    }
  }
  return map;
}

/** The vertical position (in the column) of a text offset: its line box if it has one, else its block's page. */
export function offsetPosition(layout: PageLayout, blocks: Block[], offset: number): { page: number; y: number } | null {
  if (!blocks.length) return null;
  const block = blocks[blockIndexAt(blocks, offset)];
  const box = block.boxes?.find((b) => b.end > offset) ?? block.boxes?.[block.boxes.length - 1];
  const pageNumber = box?.page ?? block.page ?? 1;
  const slot = layout.slots[pageNumber - 1];
  if (!slot) return null;
  return { page: pageNumber, y: slot.top + (box ? box.y * layout.scale : 0) };
}
