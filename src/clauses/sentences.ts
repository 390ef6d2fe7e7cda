/**
 * Splits a block of legal text into the units a finding may cover: sentences, list items that an importer left
 * inside one block ("You must: (a) …; (b) …"), and run-in headings joined to the sentence they introduce
 * ("a. Grant of Rights. You are granted …").
 *
 * Everything here is a single left-to-right pass with precompiled patterns, so it stays linear in the length
 * of the text (a 200-page agreement is split in a few milliseconds).
 */

export interface TextSpan {
  /** [start, end) into the document text. */
  start: number;
  end: number;
}

export interface TextUnit extends TextSpan {
  /**
   * When the unit continues a sentence after a colon or semicolon ("You must not: (a) …; (b) …"), the unit that
   * opened the sentence: its words (the subject, the "must not") are needed to read the continuation.
   */
  lead?: TextSpan;
}

/**
 * Words that end with a full stop without ending the sentence. Lower-case, without the final stop.
 * Single letters and dotted initialisms ("U.S.", "e.g.") are handled by shape, not listed here.
 */
const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'gmbh', 'bv', 'pty', 'sa', 'ag', 'nv',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr',
  'no', 'nos', 'sec', 'secs', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'cl', 'ch', 'chap', 'vol', 'fig', 'ex', 'exh', 'sch',
  'vs', 'v', 'cf', 'viz', 'approx', 'incl', 'esp', 'resp', 'etc.,',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * A list number or bullet that opens a unit: "1.", "4.2", "a.", "(b)", "iv.", "(iii)", "A)", "-", "*", "•". Levels are
 * bounded: a number is a few levels deep, and unbounded repeats let a long run of "1.1.1." be split in every way.
 */
const LEADING_ENUMERATOR =
  /^(?:[-*•◦▪‣]|\(?(?:\d{1,3}(?:\.\d{1,3}){0,5}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})[.)](?:\d{1,3}[.)]?){0,3}|\((?:\d{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})\)|§\s?\d{1,4}(?:\.\d{1,4}){0,5})(?=\s)/;

/** The same shapes, as seen right after a break candidate (must be followed by a space and more text). */
const NEXT_ENUMERATOR =
  /^(?:[-*•◦▪‣]\s|\(?(?:\d{1,3}(?:\.\d{1,3}){0,5}|[a-z]{1,2}|[ivxlc]{1,6})[.)]\s|\((?:\d{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})\)\s|(?:and|or)\s+\((?:\d{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})\)\s)/;

/** Punctuation that may end a unit, the closing quotes/brackets/markup that stay with it, and the gap after. */
const BREAK_CANDIDATE = /([.!?]+|[;:])(["'”’»)\]*_]*)(\s*)/g;

/** What a new sentence may start with after a full stop (besides a list enumerator). */
const SENTENCE_START = /^(?:["'“‘«(\[*_#]*[A-Z0-9À-Ý§])/;

const WORD_BEFORE = /(\S+)$/;

/**
 * Splits `text.slice(start, end)` (one block; offsets are absolute) into units. Leading/trailing spaces are
 * trimmed from every unit; empty units are dropped.
 */
export function splitUnits(text: string, start = 0, end = text.length): TextUnit[] {
  const block = text.slice(start, end);
  const breaks: Array<{ cut: number; continues: boolean }> = [];
  let unitStart = 0;
  let leadEnd = enumeratorEnd(block, 0);

  const quotes = new QuotationTracker(block);
  BREAK_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK_CANDIDATE.exec(block))) {
    const punct = m[1];
    const cut = m.index + punct.length + m[2].length;
    const next = m.index + m[0].length;
    if (next >= block.length) break;
    if (quotes.insideAt(m.index, m[2])) continue;
    const following = block.slice(next, next + 12);
    const glued = m[3].length === 0;
    if (glued ? isGluedBreak(block, m.index, punct, following, unitStart) : isBreak(block, m.index, punct, following, leadEnd, unitStart)) {
      breaks.push({ cut, continues: punct === ';' || punct === ':' });
      unitStart = next;
      leadEnd = enumeratorEnd(block, next);
    }
  }

  const pieces: Array<TextSpan & { continues: boolean }> = [];
  let from = 0;
  let continues = false;
  for (const { cut, continues: nextContinues } of [...breaks, { cut: block.length, continues: false }]) {
    const unit = trimmed(block, from, cut);
    if (unit) pieces.push({ ...unit, continues });
    from = cut;
    continues = nextContinues;
  }
  const units: TextUnit[] = [];
  let opener: TextSpan | null = null;
  for (const piece of joinRunInHeadings(block, pieces)) {
    const unit: TextUnit = { start: piece.start + start, end: piece.end + start };
    if (piece.continues && opener) unit.lead = opener;
    else opener = { start: unit.start, end: unit.end };
    units.push(unit);
  }
  return units;
}

/** How far a quotation (a notice to reproduce, a quoted name) may run: a stray quote mark must not join sentences. */
const QUOTATION_REACH = 300;

/**
 * Whether a break candidate falls inside an open quotation: "retain this notice: “Acme Model … Copyright (c) Acme.
 * All Rights Reserved.”" is one sentence, its full stops the notice's own. A quotation counts as open only when it
 * opened within QUOTATION_REACH before the candidate and closes within it after, so an unbalanced quote mark (an
 * inch sign, a lost closing quote) cannot swallow the sentences after it. Scans forward once: linear in the block.
 */
class QuotationTracker {
  private scanned = 0;
  private openedAt = -1;
  /** Whether the quotation opened at `openedAt` closes within reach (computed once per quotation). */
  private closes: boolean | null = null;

  constructor(private readonly block: string) {}

  insideAt(at: number, closers: string): boolean {
    for (; this.scanned < at; this.scanned++) {
      const c = this.block[this.scanned];
      if (c === '“' || (c === '"' && this.openedAt < 0)) {
        this.openedAt = this.scanned;
        this.closes = null;
      } else if (c === '”' || c === '"') this.openedAt = -1;
    }
    if (this.openedAt < 0 || at - this.openedAt > QUOTATION_REACH) return false;
    // The quote mark that closes the quotation is kept with the stop ("… Reserved.”"): the sentence may end there.
    if (/["”]/.test(closers)) return false;
    if (this.closes === null) {
      const ahead = this.block.slice(at, this.openedAt + QUOTATION_REACH).search(/["”“]/);
      this.closes = ahead >= 0 && this.block[at + ahead] !== '“';
    }
    return this.closes;
  }
}

/** Web pages flattened to one line glue sentences and list items together: "…Terms.Subject to …", "…:(i) …;(ii) …". */
const GLUED_ITEM = /^\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)\s/;
const GLUED_SENTENCE = /^[A-Z][a-z]/;
const WORD_BEFORE_GLUE = /([A-Za-z]{2,})\)?$/;

function isGluedBreak(block: string, at: number, punct: string, following: string, unitStart: number): boolean {
  if (punct === ';') return GLUED_ITEM.test(following);
  if (punct === ':') return GLUED_ITEM.test(following) && countWords(block, unitStart, at) >= 3;
  if (punct !== '.' || !GLUED_SENTENCE.test(following)) return false;
  const before = block.slice(Math.max(0, at - 30), at);
  const word = WORD_BEFORE_GLUE.exec(before);
  // Not inside an address, e-mail or dotted abbreviation: "openai.com", "U.S.Code".
  if (!word || /[/@.]\S*$/.test(before) || ABBREVIATIONS.has(word[1].toLowerCase())) return false;
  return /[a-z)]$/.test(before);
}

/** End of the list number that opens the unit starting at `from` (or `from` when there is none). */
function enumeratorEnd(block: string, from: number): number {
  const m = LEADING_ENUMERATOR.exec(block.slice(from, from + 24));
  return from + (m ? m[0].length : 0);
}

function isBreak(block: string, at: number, punct: string, following: string, leadEnd: number, unitStart: number): boolean {
  const nextIsEnumerator = NEXT_ENUMERATOR.test(following);
  if (punct === ';') return nextIsEnumerator;
  if (punct === ':') {
    // A colon ends a unit only where an inline list goes on ("…: (a) …; (b) …"), and not after a lone subject
    // ("Customer: (a) retains …; and (b) owns …" reads as one clause per item, each needing "Customer").
    return nextIsEnumerator && countWords(block, unitStart, at) >= 3;
  }
  if (punct.startsWith('.') && punct.length >= 3) return SENTENCE_START.test(following); // ellipsis
  if (!nextIsEnumerator && !SENTENCE_START.test(following)) return false;
  if (punct !== '.') return true;
  const before = WORD_BEFORE.exec(block.slice(Math.max(0, at - 40), at + 1));
  const word = before ? before[1] : '';
  // "1." / "a." / "iv." opening a unit is its list number, not a sentence.
  if (at + 1 <= leadEnd) return false;
  return !isAbbreviation(word);
}

function countWords(block: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = /\s/.test(block[i]);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** `word` includes its final full stop, e.g. "Inc.", "U.S.", "(e.g.". */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^["'“‘(\[*_]+/, '');
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower.slice(0, -1))) return true;
  // Dotted initialisms: "U.S.", "e.g.", "i.e.", "a.k.a.".
  if (/^(?:[a-z]\.){2,}$/i.test(bare)) return true;
  // A single capital initial ("J. Smith") — but not a list letter, which the caller handles by position.
  if (/^[A-Z]\.$/.test(bare)) return true;
  return false;
}

function trimmed(block: string, from: number, to: number): TextUnit | null {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(block[s])) s++;
  while (e > s && /\s/.test(block[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * A short title-like unit ("a. Grant of Rights.", "Ownership of Outputs.", "**Trademarks.**") introduces the
 * sentence after it; joining them keeps the heading's words (often the category's name) with the clause and
 * matches how counsel quotes such clauses.
 */
function joinRunInHeadings<T extends TextSpan & { continues: boolean }>(block: string, units: T[]): T[] {
  const out: T[] = [];
  let pending: T | null = null;
  for (const unit of units) {
    const merged: T = pending ? { ...pending, end: unit.end } : unit;
    pending = null;
    if (isRunInHeading(block.slice(unit.start, unit.end)) && unit !== units[units.length - 1]) {
      pending = merged;
      continue;
    }
    out.push(merged);
  }
  if (pending) out.push(pending);
  return out;
}

const HEADING_WORD = /^[A-Z0-9&]/;
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'vs']);
/** Words a heading does not contain: a unit with one of them is a (short) sentence. */
const SENTENCE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'may', 'shall', 'will', 'must', 'can', 'cannot', 'should', 'would', 'does', 'do',
  'not', 'has', 'have', 'had', 'i', 'you', 'we', 'it', 'they', 'he', 'she', 'this', 'that', 'these', 'those', 'our', 'your',
  'apply', 'applies', 'means', 'agree', 'agrees',
]);

export function isRunInHeading(unit: string): boolean {
  const withoutEnumerator = unit.replace(LEADING_ENUMERATOR, '').replace(/[*_]/g, '').trim();
  // Only a full stop: "Title:" before a list is the list's introduction and stays a unit of its own.
  // Headings carry no commas: "Meta Platforms, Inc. All Rights Reserved." is the end of a notice.
  if (!withoutEnumerator.endsWith('.') || withoutEnumerator.length > 70 || withoutEnumerator.includes(',')) return false;
  const words = withoutEnumerator.slice(0, -1).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (!HEADING_WORD.test(words[0])) return false;
  if (words.some((w) => SENTENCE_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')))) return false;
  // Title case (most words capitalised) or a short label ("Ownership of content.").
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const capitalised = significant.filter((w) => HEADING_WORD.test(w)).length;
  return words.length <= 3 || capitalised / Math.max(1, significant.length) >= 0.6;
}

/** The list number or bullet a unit starts with, e.g. "1.", "(b)", "iv.", or null. */
export function leadingEnumerator(unit: string): string | null {
  const m = LEADING_ENUMERATOR.exec(unit);
  return m ? m[0] : null;
}
