/**
 * The passage counsel has selected in the later version's text, as offsets into that text: how a carried
 * annotation that could not be placed with confidence is moved by hand. Read from the pieces' data-offset marks
 * (every piece of text the compare view draws carries its offset and its side).
 */
import { useEffect, useState } from 'react';

export interface TextSelectionSpan {
  start: number;
  end: number;
  text: string;
}

function offsetAt(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>('[data-offset]');
  if (!piece || piece.closest('[data-side]')?.getAttribute('data-side') !== 'new') return null;
  const base = Number(piece.dataset.offset);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base;
}

export function readNewTextSelection(root: Element | null): TextSelectionSpan | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetAt(range.startContainer, range.startOffset);
  const end = offsetAt(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: selection.toString().replace(/\s+/g, ' ').trim() };
}

/** The current selection in the later version's text inside `rootSelector`, kept after focus moves to a button. */
export function useNewTextSelection(rootSelector: string): TextSelectionSpan | null {
  const [span, setSpan] = useState<TextSelectionSpan | null>(null);
  useEffect(() => {
    const onChange = () => {
      const next = readNewTextSelection(document.querySelector(rootSelector));
      // A click on a button collapses nothing, but a click elsewhere in the view does: only a new selection replaces.
      if (next) setSpan((current) => (current && current.start === next.start && current.end === next.end ? current : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [rootSelector]);
  return span;
}
