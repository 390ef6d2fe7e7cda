/**
 * The compared documents in one scrolling pane: side by side (a grid line per aligned pair, so both sides scroll
 * together and aligned blocks stay level) or as a single-column redline. It obeys the store's requests to bring a
 * change or a span into view, draws long comparisons progressively, and marks each change in the gutter.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentModel } from '../app/types';
import type { ChangeScrollRequest, CompareLayout, SpanFocus } from '../state/compare';
import { ChangeGutter } from './ChangeGutter';
import { rowOfChange, type CompareRow, type WordMark } from './compareRows';
import { CompareRowView } from './CompareRowView';
import { RedlineRowView } from './RedlineRowView';
import { whenTextPainted } from './paintTiming';
import { useProgressiveRows } from './useProgressiveRows';

interface Props {
  rows: CompareRow[];
  oldModel: DocumentModel;
  newModel: DocumentModel;
  layout: CompareLayout;
  activeChangeId: string | null;
  /** Changes the list shows (the gutter marks these). */
  visibleChangeIds: Set<string>;
  /** Spans of the newer text to outline (carried annotations to check), sorted by start. */
  outlines: WordMark[];
  scrollRequest: ChangeScrollRequest | null;
  spanFocus: SpanFocus | null;
  onShowChange(changeId: string, end: 'from' | 'to'): void;
  /** Called once, when the first rows' text has been painted (performance.now() clock). */
  onFirstPaint(paintedAt: number): void;
  /** The column titles, kept at the top of the scrolling pane (inside it, so they line up with the columns). */
  header: ReactNode;
}

const NO_MARKS: WordMark[] = [];
/** Rows whose text reports its first paint (the top of the comparison, on screen when it opens). */
const TIMED_ROWS = 3;

type Target = { kind: 'change'; rowIndex: number; nonce: number } | { kind: 'span'; rowIndex: number; start: number; nonce: number };

function rowSpan(row: CompareRow): { start: number; end: number } | null {
  if (!row.newBlocks.length) return null;
  return { start: row.newBlocks[0].start, end: row.newBlocks[row.newBlocks.length - 1].end };
}

function rowHoldingNewOffset(rows: CompareRow[], offset: number): CompareRow | null {
  let best: CompareRow | null = null;
  for (const row of rows) {
    const span = rowSpan(row);
    if (!span) continue;
    if (span.start <= offset) best = row;
    if (span.end >= offset && span.start <= offset) return row;
  }
  return best;
}

export function CompareDocumentPane({ rows, oldModel, newModel, layout, activeChangeId, visibleChangeIds, outlines, scrollRequest, spanFocus, onShowChange, onFirstPaint, header }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [hoveredMove, setHoveredMove] = useState<string | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [painted, setPainted] = useState(false);
  const count = useProgressiveRows(rows, target?.rowIndex ?? null, painted);

  // The first paint, as the browser reports it; the rest of a long comparison is drawn only after that.
  useLayoutEffect(() => {
    if (painted) return;
    performance.mark('ld:compare-committed');
    const frame = requestAnimationFrame(() => performance.mark('ld:compare-frame'));
    const cancel = whenTextPainted(performance.now(), (paintedAt) => {
      onFirstPaint(paintedAt);
      setPainted(true);
    });
    return () => {
      cancelAnimationFrame(frame);
      cancel();
    };
  }, [painted, onFirstPaint]);

  const handledChange = useRef(0);
  useEffect(() => {
    if (!scrollRequest || handledChange.current === scrollRequest.nonce) return;
    handledChange.current = scrollRequest.nonce;
    const row = rowOfChange(rows, scrollRequest.changeId, scrollRequest.end);
    if (row) setTarget({ kind: 'change', rowIndex: row.index, nonce: scrollRequest.nonce });
  }, [scrollRequest, rows]);

  const handledSpan = useRef(0);
  useEffect(() => {
    if (!spanFocus || handledSpan.current === spanFocus.nonce) return;
    handledSpan.current = spanFocus.nonce;
    const row = rowHoldingNewOffset(rows, spanFocus.start);
    if (row) setTarget({ kind: 'span', rowIndex: row.index, start: spanFocus.start, nonce: spanFocus.nonce });
  }, [spanFocus, rows]);

  // Bring the target into view once its row is drawn; again a frame later, when rows near it (laid out lazily)
  // have taken their real height.
  const scrolled = useRef(0);
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (!target || !container || scrolled.current === target.nonce || target.rowIndex >= count) return;
    scrolled.current = target.nonce;
    const find = () => {
      const row = container.querySelector<HTMLElement>(`[data-row="${target.rowIndex}"]`);
      if (!row || target.kind === 'change') return { element: row, block: 'start' as const };
      const marks = [...row.querySelectorAll<HTMLElement>('[data-side="new"] [data-offset]')];
      const at = marks.filter((m) => Number(m.dataset.offset) <= target.start).pop();
      return { element: at ?? row, block: 'center' as const };
    };
    const aim = () => {
      const { element, block } = find();
      element?.scrollIntoView({ block, behavior: 'instant' });
    };
    aim();
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(aim);
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [target, count, layout]);

  const outlinesByRow = useMemo(() => {
    const map = new Map<number, WordMark[]>();
    if (!outlines.length) return map;
    for (const row of rows) {
      const span = rowSpan(row);
      if (!span) continue;
      const inRow = outlines.filter((o) => o.start < span.end && o.end > span.start);
      if (inRow.length) map.set(row.index, inRow);
    }
    return map;
  }, [rows, outlines]);

  const activeIsMove = useMemo(() => rows.some((r) => r.kind === 'moved' && r.change?.id === activeChangeId), [rows, activeChangeId]);
  const onHoverMove = useCallback((changeId: string | null) => setHoveredMove(changeId), []);
  const RowView = layout === 'redline' ? RedlineRowView : CompareRowView;

  return (
    <div className="cmp-pane">
      <div className="cmp-scroll" ref={scrollRef} data-testid="compare-scroll" data-layout={layout} tabIndex={-1}>
        {header}
        <div className={layout === 'redline' ? 'cmp-rows redline' : 'cmp-rows side-by-side'} role="document" aria-label={layout === 'redline' ? 'Redline of the changes' : 'The two versions side by side'}>
          {rows.slice(0, count).map((row) => {
            const id = row.change?.id ?? null;
            const linked = row.kind === 'moved' && id !== null && (hoveredMove === id || (activeIsMove && activeChangeId === id));
            return (
              <RowView
                key={row.index}
                row={row}
                oldModel={oldModel}
                newModel={newModel}
                active={id !== null && id === activeChangeId}
                timed={row.index < TIMED_ROWS}
                linked={linked}
                outlines={outlinesByRow.get(row.index) ?? NO_MARKS}
                onShowChange={onShowChange}
                onHoverMove={onHoverMove}
              />
            );
          })}
          {count < rows.length && (
            <p className="cmp-more muted" aria-live="polite">
              Drawing the rest of the documents…
            </p>
          )}
        </div>
      </div>
      <ChangeGutter rows={rows} drawn={count} visibleChangeIds={visibleChangeIds} activeChangeId={activeChangeId} scrollRef={scrollRef} layout={layout} onShowChange={onShowChange} />
    </div>
  );
}
