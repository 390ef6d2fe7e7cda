/**
 * A text selection in the document pane as [start, end) offsets into the document text. Both viewers build every
 * block (reading layout) and every PDF line (text layer) as an element carrying `data-start`, whose text is
 * exactly the document text from that offset on; so a boundary's offset is the element's start plus the length of
 * the text between the element's beginning and the boundary.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const CONTAINER = '[data-start]';

function containerOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>(CONTAINER) ?? null;
}

function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return Number(container.dataset.start) + range.toString().length;
}

/**
 * A boundary outside every text element (between two blocks, in a page's margin) moves to the nearest text in
 * the selection's direction: the start to the next element's beginning, the end to the previous element's end.
 */
function nearestContainer(root: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): HTMLElement | null {
  const point = document.createRange();
  point.setStart(node, offset);
  const containers = [...root.querySelectorAll<HTMLElement>(CONTAINER)];
  if (side === 'start') return containers.find((c) => point.comparePoint(c, 0) >= 0) ?? null;
  return containers.reverse().find((c) => point.comparePoint(c, c.childNodes.length) <= 0) ?? null;
}

function boundaryOffset(root: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const container = containerOf(node);
  if (container && root.contains(container)) return offsetIn(container, node, offset);
  const nearest = nearestContainer(root, node, offset, side);
  if (!nearest) return null;
  const start = Number(nearest.dataset.start);
  return side === 'start' ? start : start + (nearest.textContent ?? '').length;
}

/** The selection's span in the document text, trimmed of surrounding white space; null when it selects no text. */
export function selectionSpan(selection: Selection | null, root: HTMLElement, text: string): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const rawStart = boundaryOffset(root, range.startContainer, range.startOffset, 'start');
  const rawEnd = boundaryOffset(root, range.endContainer, range.endOffset, 'end');
  if (rawStart === null || rawEnd === null) return null;
  let start = Math.max(0, Math.min(rawStart, rawEnd));
  let end = Math.min(text.length, Math.max(rawStart, rawEnd));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
