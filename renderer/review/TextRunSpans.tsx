import { Fragment, type CSSProperties } from 'react';
import { annotationVars } from '../annotations/annotationColours';
import { categoryVars } from '../taxonomy/categories';
import type { TextRun } from './textRuns';

interface Props {
  text: string;
  runs: TextRun[];
  activeFindingId: number | null;
  onFindingClick(findingId: number): void;
}

/**
 * The runs of one block or PDF line as React text nodes (never HTML): plain runs as text, marked runs as spans
 * carrying their findings' (and annotations') ids, so tests and the sidebar can find a highlight by either.
 */
export function TextRunSpans({ text, runs, activeFindingId, onFindingClick }: Props) {
  return runs.map((run) => {
    const content = text.slice(run.start, run.end);
    const top = run.findings[0];
    // Counsel's own highlight: the one in focus, else the narrowest, colours the run.
    const note = [...run.annotations].sort((a, b) => Number(b.active) - Number(a.active) || a.end - a.start - (b.end - b.start))[0];
    if (!top && !note && !run.bold && !run.italic && !run.find && !run.flashed) return <Fragment key={run.start}>{content}</Fragment>;
    const classes: string[] = [];
    let style: CSSProperties | undefined;
    if (top) {
      classes.push('hl', `hl-${top.status}`);
      if (run.findings.some((f) => f.findingId === activeFindingId)) classes.push('hl-active');
      style = categoryVars(top.category) as CSSProperties;
    }
    if (note) {
      classes.push('ann');
      if (run.annotations.some((a) => a.active)) classes.push('ann-active');
      // The comment marker sits after the last characters of a commented highlight.
      if (run.annotations.some((a) => a.hasComment && a.end === run.end)) classes.push('ann-commented');
      style = { ...style, ...annotationVars(note.category) } as CSSProperties;
    }
    if (run.bold) classes.push('em-bold');
    if (run.italic) classes.push('em-italic');
    if (run.find) classes.push(run.find === 'current' ? 'find-current' : 'find-hit');
    if (run.flashed) classes.push('flashed');
    return (
      <span
        key={run.start}
        className={classes.join(' ')}
        style={style}
        data-offset={run.start}
        data-finding-ids={top ? run.findings.map((f) => f.findingId).join(' ') : undefined}
        data-category={top?.category}
        data-annotation-ids={note ? run.annotations.map((a) => a.id).join(' ') : undefined}
        // A click on counsel's own highlight selects it (the annotation layer listens), not the finding under it.
        onClick={top && !note ? () => onFindingClick(top.findingId) : undefined}
      >
        {content}
      </span>
    );
  });
}
