import { Fragment, type CSSProperties } from 'react';
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
 * carrying their findings' ids, so tests and the sidebar can find a highlight by finding.
 */
export function TextRunSpans({ text, runs, activeFindingId, onFindingClick }: Props) {
  return runs.map((run) => {
    const content = text.slice(run.start, run.end);
    const top = run.findings[0];
    if (!top && !run.bold && !run.italic && !run.find && !run.flashed) return <Fragment key={run.start}>{content}</Fragment>;
    const classes: string[] = [];
    let style: CSSProperties | undefined;
    if (top) {
      classes.push('hl', `hl-${top.status}`);
      if (run.findings.some((f) => f.findingId === activeFindingId)) classes.push('hl-active');
      style = categoryVars(top.category) as CSSProperties;
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
        onClick={top ? () => onFindingClick(top.findingId) : undefined}
      >
        {content}
      </span>
    );
  });
}
