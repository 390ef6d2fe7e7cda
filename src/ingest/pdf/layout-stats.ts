import type { PdfLine, PdfPageText } from './page-text';

/**
 * How far (points) a justified line may end from the right margin at least: a stretched line ends on it, within
 * the rounding of its typesetter (none for Chromium; LibreOffice's lines end up to a point or so either side).
 */
export const JUSTIFIED_SLACK = 0.5;
/** How far, in font sizes, the lines of a justified text may scatter around the right margin at most. */
const JUSTIFIED_SCATTER = 0.15;

/** The measurements of a document's body text that paragraph and heading decisions are relative to. */
export interface LayoutStats {
  /** Font size carrying most of the characters. */
  bodySize: number;
  /** Typeface carrying most of the characters (the body typeface). */
  bodyFont: string;
  /** Distance between baselines of consecutive body lines inside a paragraph. */
  linePitch: number;
  /** Where body lines usually start (the left margin) and how far the longest of them reach (right margin). */
  leftEdge: number;
  rightEdge: number;
  /**
   * The leftmost start shared by at least three body lines: the text margin. Not always leftEdge, which in a
   * document made mostly of indented list items is where the items start.
   */
  leftMargin: number;
  /** Whether lines are justified: body lines end exactly at the right margin, so one that stops short ends a block. */
  justified: boolean;
  /** How far from the right margin a stretched line of this document may end (see JUSTIFIED_SLACK). */
  justifiedSlack: number;
}

export function measureLayout(pages: readonly PdfPageText[]): LayoutStats {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      bump(sizes, roundTo(line.size, 0.5), line.text.length);
      if (line.font) bump(fonts, line.font, line.text.length);
    }
  }
  const bodySize = mostCommon(sizes) ?? 11;
  const isBody = (line: PdfLine) => Math.abs(line.size - bodySize) <= 0.1 * bodySize;

  const pitches: number[] = [];
  const lefts = new Map<number, number>();
  const rights: number[] = [];
  const columnLines: PdfLine[] = [];
  for (const page of pages) {
    let previous: PdfLine | undefined;
    for (const line of page.lines) {
      if (isBody(line)) {
        // A column's lines have their own margins (line.column); the page margins are measured without them.
        if (line.column) columnLines.push(line);
        else {
          bump(lefts, Math.round(line.x), 1);
          rights.push(line.right);
        }
        if (previous && isBody(previous)) {
          const pitch = line.baseline - previous.baseline;
          if (pitch >= 0.8 * bodySize && pitch <= 2.5 * bodySize) pitches.push(pitch);
        }
      }
      previous = line;
    }
  }
  if (rights.length === 0) {
    for (const line of columnLines) {
      bump(lefts, Math.round(line.x), 1);
      rights.push(line.right);
    }
  }
  const rightEdge = quantile(rights, 0.9) ?? Math.max(0, ...pages.map((p) => p.width));
  const shortfalls = [...rights.map((right) => rightEdge - right), ...columnLines.map((line) => line.column!.right - line.right)];
  return {
    bodySize,
    bodyFont: mostCommon(fonts) ?? '',
    // The lower quartile: inside paragraphs lines follow at the pitch; gaps between paragraphs only add to it.
    linePitch: quantile(pitches, 0.25) ?? bodySize * 1.25,
    leftEdge: mostCommon(lefts) ?? 0,
    leftMargin: Math.min(mostCommon(lefts) ?? 0, ...[...lefts].filter(([, lines]) => lines >= 3).map(([x]) => x)),
    rightEdge,
    // Ragged lines end at the same point only by chance; justified ones all do, except the last of each block.
    ...justification(shortfalls, bodySize),
  };
}

/** The right edge a line can reach: its column's, or the page's. */
export function rightEdgeOf(line: PdfLine, stats: LayoutStats): number {
  return line.column?.right ?? stats.rightEdge;
}

/** The left margin a line is indented from: its column's, or the page's. */
export function leftMarginOf(line: PdfLine, stats: LayoutStats): number {
  return line.column?.left ?? stats.leftMargin;
}

/**
 * Whether the body lines are justified, and how closely: a quarter of them end within a small scatter of their
 * right edge (ragged lines end anywhere across a word's width). `shortfalls`: how far each line ends before it.
 */
function justification(shortfalls: number[], bodySize: number): { justified: boolean; justifiedSlack: number } {
  const scatter = Math.max(JUSTIFIED_SLACK, JUSTIFIED_SCATTER * bodySize);
  const atMargin = shortfalls.filter((shortfall) => Math.abs(shortfall) <= scatter).map(Math.abs);
  const justified = atMargin.length >= 5 && atMargin.length >= 0.25 * shortfalls.length;
  if (!justified) return { justified, justifiedSlack: JUSTIFIED_SLACK };
  // Most stretched lines show how far this typesetter scatters; the last tenth may be short lines by chance, so
  // the scatter of the rest is doubled rather than taken to its end.
  return { justified, justifiedSlack: Math.min(scatter, Math.max(JUSTIFIED_SLACK, 2 * (quantile(atMargin, 0.9) ?? 0))) };
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The key with the highest count; among equals, the first seen. */
function mostCommon<K>(map: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of map) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
