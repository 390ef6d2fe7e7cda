/**
 * One block of one side of a comparison, as React text nodes only (nothing from an imported file is parsed as
 * HTML): plain words, and the words a change inserted (<ins>) or deleted (<del>). Every piece carries its offset
 * into its document's text, so a selection in the view can be turned back into offsets.
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Block } from '../app/types';
import { piecesOf, type WordMark } from './compareRows';
import { FIRST_TEXT_TIMING_PROPS } from './paintTiming';

export function blockClass(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `cmp-block cmp-heading cmp-h${Math.min(4, Math.max(1, block.level))}`;
    case 'list-item':
      return 'cmp-block cmp-item';
    case 'table-cell':
      return 'cmp-block cmp-cell';
    default:
      return 'cmp-block cmp-paragraph';
  }
}

export function blockStyle(block: Block): CSSProperties | undefined {
  return block.kind === 'list-item' ? ({ ['--level' as string]: String(Math.max(1, block.level)) } as CSSProperties) : undefined;
}

interface Props {
  block: Block;
  text: string;
  marks: WordMark[];
  /** How marked words are drawn on this side. */
  mark: 'ins' | 'del';
  /** Spans of the text to outline (a carried annotation waiting for confirmation), sorted by start. */
  outlines?: WordMark[];
  /** Its text reports its first paint (paintTiming.ts). */
  timed?: boolean;
}

function withOutlines(start: number, end: number, content: string, outlines: WordMark[] | undefined): ReactNode {
  if (!outlines?.some((o) => o.start < end && o.end > start)) return content;
  return piecesOf(start, end, outlines).map((p) =>
    p.marked ? (
      <mark key={p.start} className="cmp-outline" data-offset={p.start}>
        {content.slice(p.start - start, p.end - start)}
      </mark>
    ) : (
      <span key={p.start} data-offset={p.start}>
        {content.slice(p.start - start, p.end - start)}
      </span>
    ),
  );
}

export const CompareBlock = memo(function CompareBlock({ block, text, marks, mark, outlines, timed }: Props) {
  const Mark = mark;
  const timing = timed ? FIRST_TEXT_TIMING_PROPS : undefined;
  return (
    <p className={blockClass(block)} style={blockStyle(block)} data-block-id={block.id} data-start={block.start}>
      {piecesOf(block.start, block.end, marks).map((piece) => {
        const content = text.slice(piece.start, piece.end);
        return piece.marked ? (
          <Mark key={piece.start} className={`cmp-${mark}`} data-offset={piece.start} {...timing}>
            {withOutlines(piece.start, piece.end, content, outlines)}
          </Mark>
        ) : (
          <span key={piece.start} data-offset={piece.start} {...timing}>
            {withOutlines(piece.start, piece.end, content, outlines)}
          </span>
        );
      })}
    </p>
  );
});
