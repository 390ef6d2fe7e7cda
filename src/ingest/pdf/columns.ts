import type { PlacedRun } from './page-lines';

/** Where a text column sits on its page: the left edge of its lines and how far its lines reach. */
export interface ColumnEdges {
  left: number;
  right: number;
}

/** Runs printed on one line of the page (one baseline), left to right, and the column they belong to if any. */
export interface RunRow {
  runs: PlacedRun[];
  column?: ColumnEdges;
}

/** A gap between two runs of a row at least this many font sizes wide may be the space between two columns. */
const GUTTER_GAP = 0.8;
/** Rows with text on both sides of the gutter needed before a page counts as set in two columns. */
const MIN_TWO_SIDED_ROWS = 6;
/** The narrower column is at least this share of the wider one (a definitions table has a narrow term column). */
const MIN_WIDTH_RATIO = 0.5;
/** Share of a column's lines that run (nearly) to the column's right edge, as lines of running text do. */
const MIN_FILLED_SHARE = 0.5;

/**
 * Puts the rows of a page in reading order when part of it is set in two columns (a newsletter-style licence,
 * a Word or LibreOffice section with two columns): rows that share a baseline across the gutter are split, and
 * the left column is read to its end before the right one. Rows that cross the gutter (a title, a footer, a
 * full-width clause between two-column sections) stay where they are and bound the two-column stretches.
 *
 * A two-column stretch is told from a table by what its text does: both columns are of comparable width and
 * most of their lines run to the column's right edge, as wrapped prose does; a definitions table (short terms
 * beside long meanings) or a fee table (short cells) fails that and is read row by row as before.
 */
export function readColumns(rows: RunRow[]): RunRow[] {
  const gutter = findGutter(rows);
  if (gutter === null) return rows;
  const crosses = rows.map((row) => row.runs.some((run) => run.x0 < gutter - 1 && run.x1 > gutter + 1));
  const out: RunRow[] = [];
  let i = 0;
  while (i < rows.length) {
    if (crosses[i]) {
      out.push(rows[i++]);
      continue;
    }
    let end = i;
    while (end < rows.length && !crosses[end]) end++;
    out.push(...readStretch(rows.slice(i, end), gutter));
    i = end;
  }
  return out;
}

/**
 * The x of the page's gutter: the place covered by the wide gaps of the most rows, when at least
 * MIN_TWO_SIDED_ROWS rows have such a gap there; null when the page has none.
 */
function findGutter(rows: RunRow[]): number | null {
  const events: Array<[number, number]> = [];
  const gaps: Array<[number, number]> = [];
  for (const row of rows) {
    const runs = [...row.runs].sort((p, q) => p.x0 - q.x0);
    let reach = runs[0]?.x1 ?? 0;
    for (const run of runs.slice(1)) {
      const size = Math.min(run.size, runs[0].size);
      if (run.x0 - reach >= GUTTER_GAP * size) {
        gaps.push([reach, run.x0]);
        events.push([reach, 1], [run.x0, -1]);
      }
      reach = Math.max(reach, run.x1);
    }
  }
  if (gaps.length < MIN_TWO_SIDED_ROWS) return null;
  events.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let open = 0;
  let best = 0;
  let bestX = 0;
  for (const [x, delta] of events) {
    open += delta;
    if (open > best) {
      best = open;
      bestX = x;
    }
  }
  if (best < MIN_TWO_SIDED_ROWS) return null;
  // The middle of the space every one of those gaps leaves free.
  const around = gaps.filter(([from, to]) => from <= bestX && to > bestX);
  const from = Math.max(...around.map(([start]) => start));
  const to = Math.min(...around.map(([, stop]) => stop));
  return (from + to) / 2;
}

/** Rows between two crossing rows: read as two columns if they are set that way, else unchanged. */
function readStretch(rows: RunRow[], gutter: number): RunRow[] {
  const sides = rows.map((row) => ({
    left: row.runs.filter((run) => run.x1 <= gutter + 1),
    right: row.runs.filter((run) => run.x0 >= gutter - 1),
  }));
  const twoSided = sides.map((side) => side.left.length > 0 && side.right.length > 0);
  const first = twoSided.indexOf(true);
  const last = twoSided.lastIndexOf(true);
  if (first < 0 || twoSided.filter(Boolean).length < MIN_TWO_SIDED_ROWS) return rows;
  // One-sided rows just above or below belong to the columns (the longer column's last lines); a header or a
  // page number further off does not.
  let start = first;
  while (start > 0 && closeBelow(rows[start - 1], rows[start])) start--;
  let end = last + 1;
  while (end < rows.length && closeBelow(rows[end - 1], rows[end])) end++;

  const left = sides.slice(start, end).map((side) => side.left).filter((runs) => runs.length > 0);
  const right = sides.slice(start, end).map((side) => side.right).filter((runs) => runs.length > 0);
  const leftEdges = columnEdges(left);
  const rightEdges = columnEdges(right);
  const widths = [leftEdges.right - leftEdges.left, rightEdges.right - rightEdges.left];
  if (Math.min(...widths) < MIN_WIDTH_RATIO * Math.max(...widths)) return rows;
  if (!mostlyFilled(left, leftEdges) || !mostlyFilled(right, rightEdges)) return rows;
  return [
    ...rows.slice(0, start),
    ...left.map((runs) => ({ runs, column: leftEdges })),
    ...right.map((runs) => ({ runs, column: rightEdges })),
    ...rows.slice(end),
  ];
}

/** Whether `below` follows `above` at about a line's distance (not across a margin's blank space). */
function closeBelow(above: RunRow, below: RunRow): boolean {
  const size = Math.max(...above.runs.map((run) => run.size), ...below.runs.map((run) => run.size));
  return baseline(below) - baseline(above) <= 2.5 * size;
}

function baseline(row: RunRow): number {
  return Math.min(...row.runs.map((run) => run.baseline));
}

/** The column's left margin (where most of its lines start) and right edge (how far its long lines reach). */
function columnEdges(lines: PlacedRun[][]): ColumnEdges {
  const lefts = lines.map((runs) => Math.min(...runs.map((run) => run.x0))).sort((p, q) => p - q);
  const rights = lines.map((runs) => Math.max(...runs.map((run) => run.x1))).sort((p, q) => p - q);
  return { left: lefts[Math.floor(0.1 * lefts.length)], right: rights[Math.min(rights.length - 1, Math.floor(0.9 * rights.length))] };
}

/** Whether most lines reach close to the column's right edge, within a long word's width. */
function mostlyFilled(lines: PlacedRun[][], edges: ColumnEdges): boolean {
  const size = lines[0]?.[0]?.size ?? 10;
  const slack = Math.max(4 * size, 0.2 * (edges.right - edges.left));
  const filled = lines.filter((runs) => Math.max(...runs.map((run) => run.x1)) >= edges.right - slack).length;
  return filled >= MIN_FILLED_SHARE * lines.length;
}
