/**
 * Long comparisons are drawn in steps: the first rows (a couple of screens) at once, so the view paints quickly,
 * then the rest in the background, a slice per task, as transitions the reviewer's keys and scrolling can
 * interrupt. A row asked for before its turn (the reviewer jumped to a change far down) is drawn at once.
 */
import { startTransition, useEffect, useState } from 'react';
import type { CompareRow } from './compareRows';

/** Estimated pixels drawn before the first paint (about two screens), then per background slice. */
const FIRST_SLICE_PX = 2_000;
const SLICE_PX = 12_000;

function countFor(rows: CompareRow[], from: number, px: number): number {
  let total = 0;
  let i = from;
  while (i < rows.length && total < px) total += rows[i++].estimatedHeight;
  return Math.max(i, Math.min(rows.length, from + 1));
}

/** `started`: the first rows are on screen; the background slices wait for it so they never delay that paint. */
export function useProgressiveRows(rows: CompareRow[], neededIndex: number | null, started: boolean): number {
  const [count, setCount] = useState(() => countFor(rows, 0, FIRST_SLICE_PX));
  const [rowsSeen, setRowsSeen] = useState(rows);
  let shown = count;
  if (rowsSeen !== rows) {
    // Another comparison: start again from the top (state adjusted while rendering, as React recommends).
    shown = countFor(rows, 0, FIRST_SLICE_PX);
    setRowsSeen(rows);
    setCount(shown);
  }
  if (neededIndex !== null && neededIndex >= shown) {
    shown = Math.min(rows.length, neededIndex + 1 + 20);
    setCount(shown);
  }

  useEffect(() => {
    if (!started || count >= rows.length) return;
    const timer = setTimeout(() => startTransition(() => setCount((c) => countFor(rows, c, SLICE_PX))), 0);
    return () => clearTimeout(timer);
  }, [count, rows, started]);

  return Math.min(shown, rows.length);
}
