/**
 * Splits a span of the document text into runs that each carry the same marks: findings, bold/italic, find
 * hits, the passage a search opened. Both viewers draw highlights from these runs, so a highlight always sits
 * on exactly the characters of its [start, end) offsets.
 */
import type { Category, Block, StoredFinding } from '../app/types';
import type { FindHit } from '../state/viewer';

export interface TextRun {
  start: number;
  end: number;
  /** Findings covering the run, the one to colour it by first. */
  findings: StoredFinding[];
  bold: boolean;
  italic: boolean;
  find: 'hit' | 'current' | null;
  flashed: boolean;
  /** Counsel's annotations covering the run (drawn apart from the findings). */
  annotations: AnnotationMark[];
}

/** Counsel's own highlight as the viewers draw it. */
export interface AnnotationMark {
  id: number;
  start: number;
  end: number;
  /** A clause category or 'note'. */
  category: string;
  hasComment: boolean;
  /** The annotation in focus in the sidebar. */
  active: boolean;
}

/** Everything that can mark the text, gathered once per render of the document. */
export interface DocumentMarks {
  /** Shown findings, sorted by start. */
  findings: StoredFinding[];
  /** The longest shown finding, to bound the search for findings overlapping a span. */
  maxFindingLength: number;
  /** Find-bar hits, sorted by start, and the index of the current one. */
  findHits: FindHit[];
  currentFind: number;
  flashed: FindHit | null;
  activeFindingId: number | null;
  /** Counsel's annotations, sorted by start (few: looked through in full per span). */
  annotations?: AnnotationMark[];
}

/** Index of the first hit ending after `offset` (hits sorted by start, non-overlapping). */
function firstHitEndingAfter(hits: FindHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Findings overlapping [start, end): those starting before `end` and after `start - maxFindingLength` are the
 * only candidates, found by binary search, so a long document with thousands of findings stays cheap per line.
 */
export function findingsOverlapping(marks: DocumentMarks, start: number, end: number): StoredFinding[] {
  const list = marks.findings;
  const from = start - marks.maxFindingLength;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: StoredFinding[] = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end > start) out.push(list[i]);
  return out;
}

/** Colour a run by the finding in focus if it covers it, else by the narrowest (the most specific clause). */
function byPriority(activeId: number | null) {
  return (a: StoredFinding, b: StoredFinding) =>
    (b.findingId === activeId ? 1 : 0) - (a.findingId === activeId ? 1 : 0) || a.end - a.start - (b.end - b.start) || a.start - b.start;
}

export function splitRuns(start: number, end: number, marks: DocumentMarks, block?: Pick<Block, 'emphasis'>): TextRun[] {
  const cuts = new Set<number>([start, end]);
  const cut = (s: number, e: number) => {
    if (e <= start || s >= end) return;
    cuts.add(Math.max(start, s));
    cuts.add(Math.min(end, e));
  };
  const findings = findingsOverlapping(marks, start, end);
  for (const f of findings) cut(f.start, f.end);
  const emphasis = (block?.emphasis ?? []).filter((e) => e.start < end && e.end > start);
  for (const e of emphasis) cut(e.start, e.end);
  const hitsFrom = firstHitEndingAfter(marks.findHits, start);
  const hits: { hit: FindHit; index: number }[] = [];
  for (let i = hitsFrom; i < marks.findHits.length && marks.findHits[i].start < end; i++) {
    hits.push({ hit: marks.findHits[i], index: i });
    cut(marks.findHits[i].start, marks.findHits[i].end);
  }
  if (marks.flashed) cut(marks.flashed.start, marks.flashed.end);
  const annotations = (marks.annotations ?? []).filter((a) => a.start < end && a.end > start);
  for (const a of annotations) cut(a.start, a.end);

  const points = [...cuts].sort((a, b) => a - b);
  const order = byPriority(marks.activeFindingId);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    if (e <= s) continue;
    const covers = (m: { start: number; end: number }) => m.start <= s && m.end >= e;
    const hit = hits.find((h) => covers(h.hit));
    runs.push({
      start: s,
      end: e,
      findings: findings.filter(covers).sort(order),
      bold: emphasis.some((m) => m.kind === 'bold' && covers(m)),
      italic: emphasis.some((m) => m.kind === 'italic' && covers(m)),
      find: hit ? (hit.index === marks.currentFind ? 'current' : 'hit') : null,
      flashed: !!marks.flashed && covers(marks.flashed),
      annotations: annotations.filter(covers),
    });
  }
  return runs;
}

/** The category a run is coloured by, or null. */
export function runCategory(run: TextRun): Category | null {
  return run.findings[0]?.category ?? null;
}
