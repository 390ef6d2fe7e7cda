/**
 * The text layer of one PDF page, built from the document model's own line boxes rather than pdf.js's text:
 * each line is a transparent span holding the model's text for that line, stretched over the line's box. So a
 * highlight, a find hit or (later) a selection on the page maps straight to offsets in the document text.
 */
import { memo, type CSSProperties } from 'react';
import type { TextBox } from '../../app/types';
import { splitRuns, type DocumentMarks } from '../textRuns';
import { TextRunSpans } from '../TextRunSpans';
import { measureTextWidth } from './textMeasure';

interface Props {
  boxes: TextBox[];
  text: string;
  /** CSS pixels per PDF point. */
  scale: number;
  marks: DocumentMarks;
  onFindingClick(findingId: number): void;
}

export const PdfTextLayer = memo(function PdfTextLayer({ boxes, text, scale, marks, onFindingClick }: Props) {
  return (
    <div className="pdf-text-layer">
      {boxes.map((box) => {
        const lineText = text.slice(box.start, box.end);
        const height = box.height * scale;
        const fontSize = height * 0.92;
        const natural = measureTextWidth(lineText, fontSize);
        const stretch = natural > 0 ? (box.width * scale) / natural : 1;
        const style: CSSProperties = {
          left: box.x * scale,
          top: box.y * scale,
          height,
          lineHeight: `${height}px`,
          fontSize,
          transform: `scaleX(${stretch.toFixed(4)})`,
        };
        return (
          <span key={box.start} className="pdf-line" style={style} data-start={box.start} data-end={box.end}>
            <TextRunSpans text={text} runs={splitRuns(box.start, box.end, marks)} activeFindingId={marks.activeFindingId} onFindingClick={onFindingClick} />
          </span>
        );
      })}
    </div>
  );
});
