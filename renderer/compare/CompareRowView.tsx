/**
 * One row of the side-by-side comparison: the earlier version's blocks on the left, the later one's on the
 * right, and between them the change's number, coloured by materiality. Rows are grid lines, so the two sides of
 * an aligned pair always start level. A moved block shows, at each of its two places, a link to the other.
 */
import { memo, type CSSProperties } from 'react';
import type { DocumentModel } from '../app/types';
import { CompareBlock } from './CompareBlock';
import type { CompareRow, WordMark } from './compareRows';
import { changeNumber, KIND_LABELS, sectionLabel } from './changeLabels';

interface Props {
  row: CompareRow;
  oldModel: DocumentModel;
  newModel: DocumentModel;
  active: boolean;
  /** Its text reports its first paint (paintTiming.ts). */
  timed: boolean;
  /** The other place of a move is hovered or in focus. */
  linked: boolean;
  /** Spans of the newer text outlined in this row (sorted). */
  outlines: WordMark[];
  onShowChange(changeId: string, end: 'from' | 'to'): void;
  onHoverMove(changeId: string | null): void;
}

/** Which way the other place of a move is: the rows are in the later version's order. */
function movedArrow(row: CompareRow): string {
  return row.movePartnerBelow ? '↓' : '↑';
}

function Placeholder({ text, onClick }: { text: string; onClick?: () => void }) {
  return (
    <div className="cmp-placeholder">
      {onClick ? (
        <button type="button" className="btn btn-link cmp-move-link" onClick={onClick}>
          {text}
        </button>
      ) : (
        <span>{text}</span>
      )}
    </div>
  );
}

export const CompareRowView = memo(function CompareRowView({ row, oldModel, newModel, active, timed, linked, outlines, onShowChange, onHoverMove }: Props) {
  const change = row.change;
  const isMove = row.kind === 'moved' && change !== null;
  const classes = ['cmp-row', `cmp-row-${row.kind}`];
  if (change) classes.push(change.material ? 'cmp-material' : 'cmp-minor');
  if (active) classes.push('active');
  if (linked) classes.push('linked');

  const oldSide = row.oldBlocks.length ? (
    row.oldBlocks.map((b) => <CompareBlock key={b.id} block={b} text={oldModel.text} marks={row.kind === 'deleted' ? [] : row.oldMarks} mark="del" timed={timed} />)
  ) : isMove && row.moveLead ? (
    <Placeholder text={`Moved here from ${sectionLabel(change.oldSection, 'elsewhere')} ${movedArrow(row)}`} onClick={() => onShowChange(change.id, 'from')} />
  ) : (
    <Placeholder text={row.kind === 'inserted' ? 'Not in the earlier version' : ''} />
  );
  const newSide = row.newBlocks.length ? (
    row.newBlocks.map((b) => (
      <CompareBlock
        key={b.id}
        block={b}
        text={newModel.text}
        marks={row.kind === 'inserted' ? [] : row.newMarks}
        mark="ins"
        outlines={outlines.length ? outlines : undefined}
        timed={timed}
      />
    ))
  ) : isMove && row.moveLead ? (
    <Placeholder text={`Moved to ${sectionLabel(change.newSection, 'elsewhere')} ${movedArrow(row)}`} onClick={() => onShowChange(change.id, 'to')} />
  ) : (
    <Placeholder text={row.kind === 'deleted' ? 'Removed in the later version' : ''} />
  );

  return (
    <div
      className={classes.join(' ')}
      data-row={row.index}
      data-kind={row.kind}
      data-change-id={change?.id}
      data-move-end={row.moveEnd ?? undefined}
      style={{ containIntrinsicSize: `auto ${row.estimatedHeight}px` } as CSSProperties}
      onMouseEnter={isMove ? () => onHoverMove(change.id) : undefined}
      onMouseLeave={isMove ? () => onHoverMove(null) : undefined}
    >
      <div className="cmp-side cmp-side-old" data-side="old">
        {oldSide}
      </div>
      <div className="cmp-spine">
        {change && (
          <button
            type="button"
            className="cmp-change-number"
            onClick={() => onShowChange(change.id, row.moveEnd ?? 'to')}
            title={`${KIND_LABELS[change.kind]}${change.material ? ', material' : ''}: ${change.summary}`}
            aria-label={`Change ${changeNumber(change.id)}: ${KIND_LABELS[change.kind]}${change.material ? ', material' : ''}`}
          >
            {changeNumber(change.id)}
          </button>
        )}
        {row.renumbered && (
          <span className="cmp-renumbered" title="Same wording, numbered differently">
            №
          </span>
        )}
      </div>
      <div className="cmp-side cmp-side-new" data-side="new">
        {newSide}
      </div>
    </div>
  );
});
