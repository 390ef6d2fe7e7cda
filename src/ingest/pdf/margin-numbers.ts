import type { PlacedRun } from './page-lines';

/** Line numbers are counted from this many on a page: two numbers agreeing by chance prove nothing. */
const MIN_NUMBERS = 3;
/** How far (points) the right edges of right-aligned line numbers may stray from each other. */
const SAME_EDGE = 1.5;
/** The share of steps between successive numbers that must follow the lines (the rest: a numbered header). */
const FOLLOWING_SHARE = 0.75;

/**
 * Finds the line numbers a word processor prints in the left margin of a contract draft (Word's and LibreOffice's
 * "line numbering", pleading paper): a column of bare numbers, right-aligned, standing left of every other text on
 * the page, that count the lines down the page — each number exceeds the one above by the number of printed lines
 * between them (every line numbered, or every fifth), or, on pleading paper that numbers a fixed ruler, by a step
 * proportional to the distance between them. Read into the text they would open every line ("3 “Agreement” means …
 * Llama 4 Materials").
 *
 * A numbered list is not taken: its numbers stand at the text margin (other lines start there or further left),
 * carry a full stop or bracket, or do not follow the lines.
 *
 * `lines` are the runs of each printed line of the page, top to bottom; returns the runs that are line numbers.
 */
export function findMarginNumbers(lines: ReadonlyArray<readonly PlacedRun[]>): Set<PlacedRun> {
  const candidates: Array<{ run: PlacedRun; value: number; line: number }> = [];
  lines.forEach((runs, line) => {
    let first: PlacedRun | undefined;
    let next: PlacedRun | undefined;
    for (const run of runs) {
      if (!first || run.x0 < first.x0) [first, next] = [run, first];
      else if (!next || run.x0 < next.x0) next = run;
    }
    if (!first || !/^\s*\d{1,4}\s*$/.test(first.str)) return;
    if (next && next.x0 - first.x1 < 0.5 * first.size) return;
    candidates.push({ run: first, value: Number(first.str), line });
  });
  if (candidates.length < MIN_NUMBERS) return new Set();

  // The column: the right edge most candidates share (numbers are right-aligned, so 9 and 10 end together).
  let column: typeof candidates = [];
  for (const c of candidates) {
    const same = candidates.filter((o) => Math.abs(o.run.x1 - c.run.x1) <= SAME_EDGE);
    if (same.length > column.length) column = same;
  }
  if (column.length < MIN_NUMBERS) return new Set();
  const numbers = new Set(column.map((c) => c.run));
  const edge = Math.max(...column.map((c) => c.run.x1));
  // Left of all the page's other text, with room between.
  for (const runs of lines) for (const run of runs) if (!numbers.has(run) && run.x0 < edge + 0.3 * run.size) return new Set();
  return followsLines(column) ? numbers : new Set();
}

/** Whether the numbers, top to bottom, count the printed lines, or step evenly down a ruler. */
function followsLines(column: ReadonlyArray<{ run: PlacedRun; value: number; line: number }>): boolean {
  const sorted = [...column].sort((a, b) => a.run.baseline - b.run.baseline);
  let counting = 0;
  const pitches: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const step = sorted[i].value - sorted[i - 1].value;
    if (step > 0 && step === sorted[i].line - sorted[i - 1].line) counting++;
    if (step > 0) pitches.push((sorted[i].run.baseline - sorted[i - 1].run.baseline) / step);
  }
  const steps = sorted.length - 1;
  if (counting >= FOLLOWING_SHARE * steps) return true;
  // A ruler: every step down the page increases the number, by the same distance per unit.
  if (pitches.length !== steps) return false;
  const pitch = pitches.slice().sort((a, b) => a - b)[Math.floor(pitches.length / 2)];
  return pitch > 0 && pitches.every((p) => Math.abs(p - pitch) <= 0.1 * pitch);
}
