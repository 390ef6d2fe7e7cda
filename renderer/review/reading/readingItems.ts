import type { Block } from '../../app/types';

/** What the reading view lays out: single blocks, and table cells gathered into their tables' rows. */
export type ReadingItem = { type: 'block'; block: Block } | { type: 'table'; key: string; rows: Block[][]; first: Block };

export function toReadingItems(blocks: Block[]): ReadingItem[] {
  const items: ReadingItem[] = [];
  let table: Extract<ReadingItem, { type: 'table' }> | null = null;
  for (const block of blocks) {
    if (block.kind === 'table-cell' && block.table) {
      if (!table || table.first.table?.table !== block.table.table) {
        table = { type: 'table', key: block.id, rows: [], first: block };
        items.push(table);
      }
      const rowIndex = block.table.row - 1;
      while (table.rows.length <= rowIndex) table.rows.push([]);
      table.rows[rowIndex].push(block);
      continue;
    }
    table = null;
    items.push({ type: 'block', block });
  }
  for (const item of items) if (item.type === 'table') item.rows = item.rows.filter((r) => r.length > 0);
  return items;
}

/** The block holding an offset (or the last one starting before it), by binary search over block starts. */
export function blockIndexAt(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
