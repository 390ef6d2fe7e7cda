/**
 * One row of the single-column redline: unchanged blocks as the later version prints them, changes with the
 * removed words struck through and the added words underlined, in reading order. A moved block is shown in full
 * at its new place; its old place keeps a link to it.
 */
import { memo, type CSSProperties } from 'react';
import type { DocumentModel } from '../app/types';
import { blockClass, blockStyle, CompareBlock } from './CompareBlock';
import type { CompareRow, WordMark } from './compareRows';
import { redlineParagraphs } from './compareRows';
import { changeNumber, KIND_LABELS, sectionLabel } from './changeLabels';
import { FIRST_TEXT_TIMING_PROPS } from './paintTiming';

interface Props {
  row: CompareRow;
  oldModel: DocumentModel;
  newModel: DocumentModel;
  active: boolean;
  /** Its text reports its first paint (paintTiming.ts). */
  timed: boolean;
  linked: boolean;
  outlines: WordMark[];
  onShowChange(changeId: string, end: 'from' | 'to'): void;
  onHoverMove(changeId: string | null): void;
}

export const RedlineRowView = memo(function RedlineRowView({ row, oldModel, newModel, active, timed, linked, outlines, onShowChange, onHoverMove }: Props) {
  const change = row.change;
  const classes = ['cmp-row', 'redline-row', `cmp-row-${row.kind}`];
  if (change) classes.push(change.material ? 'cmp-material' : 'cmp-minor');
  if (active) classes.push('active');
  if (linked) classes.push('linked');
  const isMove = row.kind === 'moved' && change !== null;
  // A move over several blocks leaves several rows at its old place; the redline links it from the first and
  // leaves the others out (kept in the list, collapsed, so row indexes still match the rows drawn).
  if (isMove && row.moveEnd === 'from' && !row.moveLead) classes.push('redline-row-empty');

  let body;
  if (!change) {
    body = row.newBlocks.map((b) => <CompareBlock key={b.id} block={b} text={newModel.text} marks={[]} mark="ins" outlines={outlines.length ? outlines : undefined} timed={timed} />);
  } else if (isMove && row.moveEnd === 'from') {
    body = !row.moveLead ? null : (
      <div className="cmp-placeholder">
        <button type="button" className="btn btn-link cmp-move-link" onClick={() => onShowChange(change.id, 'to')}>
          {`${sectionLabel(change.oldSection, 'A passage')} moved to ${sectionLabel(change.newSection, 'another place')} ${row.movePartnerBelow ? '↓' : '↑'}`}
        </button>
      </div>
    );
  } else {
    body = redlineParagraphs(row).map((p) => (
      <p key={p.key} className={`${blockClass(p.block)}${p.whole ? ` redline-whole-${p.whole}` : ''}`} style={blockStyle(p.block)} data-block-id={p.block.id}>
        {p.pieces.map((piece) => {
          if (piece.op === 'delete')
            return (
              <del key={`d${piece.start}`} className="cmp-del" data-offset={piece.start} data-side="old">
                {oldModel.text.slice(piece.start, piece.end)}
              </del>
            );
          const text = newModel.text.slice(piece.start, piece.end);
          return piece.op === 'insert' ? (
            <ins key={`i${piece.start}`} className="cmp-ins" data-offset={piece.start} data-side="new">
              {text}
            </ins>
          ) : (
            <span key={`e${piece.start}`} data-offset={piece.start} data-side="new" {...(timed ? FIRST_TEXT_TIMING_PROPS : {})}>
              {text}
            </span>
          );
        })}
      </p>
    ));
  }

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
      <div className="cmp-spine">
        {change && !classes.includes('redline-row-empty') && (
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
      </div>
      <div className="redline-text" data-side="new">
        {body}
      </div>
    </div>
  );
});
