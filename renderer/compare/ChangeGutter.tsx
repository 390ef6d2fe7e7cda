/**
 * A strip beside the comparison's scrollbar with a mark at the height of every change the list shows (red for a
 * material change, slate for the others) and a box for the part in view: the whole comparison at a glance. A mark
 * goes to its change; a click elsewhere on the strip scrolls there.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { CompareLayout } from '../state/compare';
import { changeNumber, kindLabel } from './changeLabels';
import type { CompareRow } from './compareRows';

interface Props {
  rows: CompareRow[];
  /** Rows drawn so far (the rest are placed by their estimated height). */
  drawn: number;
  visibleChangeIds: Set<string>;
  activeChangeId: string | null;
  scrollRef: RefObject<HTMLDivElement | null>;
  layout: CompareLayout;
  onShowChange(changeId: string, end: 'from' | 'to'): void;
}

interface Marker {
  key: string;
  changeId: string;
  end: 'from' | 'to';
  /** 0..1 down the document. */
  top: number;
  material: boolean;
  label: string;
}

export function ChangeGutter({ rows, drawn, visibleChangeIds, activeChangeId, scrollRef, layout, onShowChange }: Props) {
  const [markers, setMarkers] = useState<Marker[]>([]);
  const thumbRef = useRef<HTMLDivElement>(null);

  const measure = useCallback(() => {
    const container = scrollRef.current;
    const list = container?.querySelector<HTMLElement>('.cmp-rows');
    if (!container || !list) return;
    const total = Math.max(1, container.scrollHeight);
    const estimatedTotal = Math.max(1, rows.reduce((sum, r) => sum + r.estimatedHeight, 0));
    const next: Marker[] = [];
    // One mark a change (two for a move: where it was, where it went), at its first row: a change over several
    // rows is one card in the list and one mark here.
    const placed = new Set<string>();
    let estimatedTop = 0;
    for (const row of rows) {
      const change = row.change;
      const end = row.moveEnd ?? 'to';
      if (change && visibleChangeIds.has(change.id) && !placed.has(`${change.id}:${end}`)) {
        placed.add(`${change.id}:${end}`);
        const element = row.index < drawn ? (list.children[row.index] as HTMLElement | undefined) : undefined;
        const top = element ? element.offsetTop / total : estimatedTop / estimatedTotal;
        next.push({
          key: `${change.id}:${end}`,
          changeId: change.id,
          end,
          top: Math.min(0.995, Math.max(0, top)),
          material: change.material,
          label: `Change ${changeNumber(change.id)}: ${kindLabel(change)}${change.material ? ', material' : ''}. ${change.summary}`,
        });
      }
      estimatedTop += row.estimatedHeight;
    }
    setMarkers(next);
  }, [rows, drawn, visibleChangeIds, scrollRef]);

  const placeThumb = useCallback(() => {
    const container = scrollRef.current;
    const thumb = thumbRef.current;
    if (!container || !thumb) return;
    const total = Math.max(1, container.scrollHeight);
    thumb.style.top = `${(container.scrollTop / total) * 100}%`;
    thumb.style.height = `${Math.min(1, container.clientHeight / total) * 100}%`;
  }, [scrollRef]);

  useLayoutEffect(() => {
    measure();
    placeThumb();
  }, [measure, placeThumb, layout]);

  // Rows take their real height as they are laid out (and the window can be resized): measure again, once a frame.
  useEffect(() => {
    const container = scrollRef.current;
    const list = container?.querySelector('.cmp-rows');
    if (!container || !list) return;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
        placeThumb();
      });
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(list);
    observer.observe(container);
    container.addEventListener('scroll', placeThumb, { passive: true });
    return () => {
      observer.disconnect();
      container.removeEventListener('scroll', placeThumb);
      cancelAnimationFrame(frame);
    };
  }, [measure, placeThumb, scrollRef]);

  const scrollToPoint = (e: MouseEvent<HTMLDivElement>) => {
    const container = scrollRef.current;
    if (!container || e.target !== e.currentTarget) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const fraction = (e.clientY - rect.top) / rect.height;
    container.scrollTop = fraction * container.scrollHeight - container.clientHeight / 2;
  };

  return (
    <div className="cmp-gutter" data-testid="change-gutter" aria-label="Where the changes are" onClick={scrollToPoint}>
      <div className="cmp-gutter-thumb" ref={thumbRef} aria-hidden="true" />
      {markers.map((m) => (
        <button
          key={m.key}
          type="button"
          tabIndex={-1}
          className={`cmp-gutter-mark ${m.material ? 'material' : 'minor'}${m.changeId === activeChangeId ? ' active' : ''}`}
          style={{ top: `${m.top * 100}%` }}
          data-change-id={m.changeId}
          title={m.label}
          aria-label={m.label}
          onClick={() => onShowChange(m.changeId, m.end)}
        />
      ))}
    </div>
  );
}
