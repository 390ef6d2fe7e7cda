import type { TextSpan } from './types';

/**
 * Finding a highlight again in a later version of the text, from its W3C selectors: the exact quote with some
 * context (TextQuoteSelector) and where it was (TextPositionSelector, mapped through the version alignment as a
 * hint). An exact quote found with its context is anchored; a quote found only approximately (its wording was
 * edited) needs confirmation and is never moved silently; one that cannot be found at all is an orphan.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export type ReanchorStatus = 'anchored' | 'needs-confirmation' | 'orphaned';

export interface Reanchored {
  status: ReanchorStatus;
  /** 0..1 */
  confidence: number;
  /** Where the highlight now is; for an orphan, the place the alignment points to (only a hint). */
  start: number;
  end: number;
  method: 'exact' | 'fuzzy' | 'alignment' | 'none';
}

/** At or above: anchored. Every exact match of a unique quote reaches it; ambiguous ones need a clear context. */
export const ANCHORED_CONFIDENCE = 0.8;
/** A fuzzy match must keep this share of the quote (1 − edits / length) to be offered for confirmation. */
export const FUZZY_MIN_SIMILARITY = 0.6;
/**
 * When the alignment says the passage's words are gone, a look-alike elsewhere is far more likely another clause
 * than the passage itself: it must then be this close to count.
 */
const FUZZY_MIN_SIMILARITY_IF_REMOVED = 0.85;
/** Below this share of its words kept (per the alignment), a passage counts as removed. */
const REMOVED_BELOW = 0.3;
/** Quotes longer than this are matched word by word through the alignment instead of character by character. */
const MAX_FUZZY_CHARS = 600;

/** Same-length folding so that offsets stay valid: case, curly quotes, dashes and spaces do not matter. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch;
    if (c === '“' || c === '”' || c === '„' || c === '″') c = '"';
    else if (c === '‘' || c === '’' || c === '′') c = "'";
    else if (c === '–' || c === '—' || c === '‑') c = '-';
    else if (/\s/.test(c)) c = ' ';
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** How well one context string matches another: the share of its characters next to the quote that agree. */
function contextAgreement(expected: string, actual: string, side: 'before' | 'after'): number {
  if (!expected) return 1;
  let same = 0;
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = side === 'before' ? expected[expected.length - 1 - i] : expected[i];
    const a = side === 'before' ? actual[actual.length - 1 - i] : actual[i];
    if (e !== a) break;
    same++;
  }
  const exact = same / expected.length;
  const words = (s: string) => new Set(s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
  const we = words(expected);
  const wa = words(actual);
  let shared = 0;
  for (const w of we) if (wa.has(w)) shared++;
  const overlap = we.size ? shared / we.size : 1;
  return Math.max(exact, overlap);
}

/**
 * `hint` is where the alignment maps the old position; `keptShare` the share of the passage's words the alignment
 * found in the new version (1 when unknown).
 */
export function reanchorQuote(selector: QuoteSelector, newText: string, hint: TextSpan, keptShare = 1): Reanchored {
  const minSimilarity = keptShare < REMOVED_BELOW ? FUZZY_MIN_SIMILARITY_IF_REMOVED : FUZZY_MIN_SIMILARITY;
  const quote = fold(selector.exact);
  const text = fold(newText);
  const prefix = fold(selector.prefix);
  const suffix = fold(selector.suffix);
  if (!quote.trim()) return orphan(hint, newText);

  // 1. The quote as it was, scored by its context and by how near it is to where the alignment points.
  const occurrences: Array<{ at: number; score: number; context: number }> = [];
  for (let at = text.indexOf(quote); at >= 0 && occurrences.length < 500; at = text.indexOf(quote, at + 1)) {
    const context =
      (contextAgreement(prefix, text.slice(Math.max(0, at - prefix.length), at), 'before') + contextAgreement(suffix, text.slice(at + quote.length, at + quote.length + suffix.length), 'after')) / 2;
    const distance = Math.abs(at - hint.start) / Math.max(1, newText.length);
    occurrences.push({ at, context, score: 0.75 * context + 0.25 * (1 - Math.min(1, distance * 4)) });
  }
  if (occurrences.length > 0) {
    occurrences.sort((x, y) => y.score - x.score);
    const best = occurrences[0];
    const margin = occurrences.length > 1 ? best.score - occurrences[1].score : 1;
    // A unique quote is the passage even if what surrounds it was edited; among several, the context must decide.
    const confidence = occurrences.length === 1 ? 0.9 + 0.1 * best.context : Math.min(0.95, 0.55 + 0.3 * best.context + Math.min(0.3, margin));
    return {
      status: confidence >= ANCHORED_CONFIDENCE ? 'anchored' : 'needs-confirmation',
      confidence: round(confidence),
      start: best.at,
      end: best.at + quote.length,
      method: 'exact',
    };
  }

  // 2. The quote with its wording edited: the closest substring near the hint, within a bounded edit distance.
  if (quote.length <= MAX_FUZZY_CHARS) {
    const window = Math.max(1500, quote.length * 3);
    const from = Math.max(0, Math.min(hint.start, text.length) - window);
    const to = Math.min(text.length, Math.max(hint.end, hint.start) + window);
    const match = closestSubstring(quote, text, from, to, Math.floor(quote.length * (1 - minSimilarity)));
    if (match) {
      const similarity = 1 - match.distance / quote.length;
      return { status: 'needs-confirmation', confidence: round(Math.min(0.79, similarity * 0.8)), start: match.start, end: match.end, method: 'fuzzy' };
    }
    return orphan(hint, newText);
  }

  // 3. A long passage: where the alignment maps it, if enough of its words are still there.
  const span = { start: Math.min(hint.start, newText.length), end: Math.min(Math.max(hint.end, hint.start), newText.length) };
  const similarity = wordSimilarity(selector.exact, newText.slice(span.start, span.end));
  if (span.end > span.start && similarity >= minSimilarity) {
    return { status: 'needs-confirmation', confidence: round(Math.min(0.79, similarity * 0.8)), start: span.start, end: span.end, method: 'alignment' };
  }
  return orphan(hint, newText);
}

function orphan(hint: TextSpan, newText: string): Reanchored {
  const start = Math.max(0, Math.min(hint.start, newText.length - 1));
  return { status: 'orphaned', confidence: 0, start, end: Math.max(start + 1, Math.min(newText.length, hint.end)), method: 'none' };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function wordSimilarity(a: string, b: string): number {
  const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/**
 * The substring of text[from, to) closest to `pattern` by edit distance (Sellers' algorithm: a match may start
 * anywhere), or null when even the best needs more than `maxEdits` edits. Each cell carries where its match
 * started, so the span comes out of one pass.
 */
function closestSubstring(pattern: string, text: string, from: number, to: number, maxEdits: number): { start: number; end: number; distance: number } | null {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    start[i] = from;
  }
  let best: { start: number; end: number; distance: number } | null = null;
  for (let j = from; j < to; j++) {
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    const c = text[j];
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1] + (pattern[i - 1] === c ? 0 : 1);
      const remove = cost[i] + 1;
      const insert = nextCost[i - 1] + 1;
      if (substitute <= remove && substitute <= insert) {
        nextCost[i] = substitute;
        nextStart[i] = start[i - 1];
      } else if (remove <= insert) {
        nextCost[i] = remove;
        nextStart[i] = start[i];
      } else {
        nextCost[i] = insert;
        nextStart[i] = nextStart[i - 1];
      }
    }
    const d = nextCost[m];
    if (d <= maxEdits && (!best || d < best.distance)) best = { start: nextStart[m], end: j + 1, distance: d };
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  return best;
}
