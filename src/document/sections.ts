import type { Block, DocumentModel } from './model';

/**
 * The section reference of an offset as counsel would cite it: the printed numbers of the enclosing items from
 * the outermost in, e.g. "1", "b", "v" -> "1.b.v"; a number printed in full ("4.2(b)") is used as it stands.
 * Null when no numbered block encloses the offset.
 */
export function sectionAt(model: Pick<DocumentModel, 'blocks'>, offset: number): string | null {
  const index = blockIndexAt(model.blocks, offset);
  if (index < 0) return null;
  const chain: string[] = [];
  let level = Number.POSITIVE_INFINITY;
  for (let i = index; i >= 0; i--) {
    const block = model.blocks[i];
    if (!block.number) continue;
    const depth = block.kind === 'heading' ? 0 : block.level;
    if (chain.length > 0 && depth >= level) continue;
    const bare = bareNumber(block.number);
    if (!bare) continue;
    // "4.2(b)" under "4." already says 4: keep the inner one alone.
    if (chain.length > 0 && chain[0].startsWith(`${bare}.`)) {
      level = depth;
      continue;
    }
    chain.unshift(bare);
    level = depth;
    if (depth <= 1 && !/^[a-z]+$/i.test(bare)) break;
  }
  return chain.length ? chain.join('.').replace(/\.\(/g, '(') : null;
}

/** "1." -> "1", "(b)" -> "b", "a)" -> "a", "iv." -> "iv", "Section 3." -> "3", "4.2(b)" stays. */
function bareNumber(printed: string): string {
  let n = printed.trim().replace(/^(section|article|clause|§)\s*/i, '').replace(/[.:]+$/, '');
  if (/^\(.*\)$/.test(n)) n = n.slice(1, -1);
  else if (n.endsWith(')') && !n.includes('(')) n = n.slice(0, -1);
  return n;
}

/** Index of the block containing offset, or the last block starting before it. */
export function blockIndexAt(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
