/**
 * Turns a licence text (a reference, or an imported document's text) into the word tokens that identification
 * compares. Both sides go through the same function, so whatever a rule drops is dropped consistently.
 *
 * What does not count as a difference, and why:
 * - case, accents, ligatures, punctuation, quote styles, dashes, bullets, whitespace and line breaks: tokens are
 *   the runs of letters and digits, NFKD-folded without combining marks and lower-cased (Chinese/Japanese
 *   characters are one token each, as they are written without spaces; a decimal number such as a version
 *   "3.1" is one token, so "Llama 3.4" differs from "Llama 3.3" by one word, not from "Llama 4" by one);
 * - section and list numbering ("1.", "a.", "iv.", "1.b.i", "10.2", "(a)", "(iv)"): renderers renumber lists
 *   (Markdown writes every item as "1."; Word keeps numbers outside the text), so an enumerator at the start of
 *   a line or right after a sentence ends, and any parenthesised enumerator, is dropped;
 * - Markdown / HTML markup (tags, entities, `**`, `#`): not letters, or dropped as tags;
 * - link targets: a parenthesised URL standing alone — "[label](url)" in Markdown source, "label (url)" as the
 *   document model writes links — is a `link` token; a PDF printed from the page shows only the label, so a link
 *   target that is present on one side and absent on the other is not a change (a changed URL still is);
 * - copyright statements ("Copyright (c) 2024 Stability AI", "Copyright [yyyy] [name of copyright owner]"): their
 *   tokens are `copyright` tokens, so the holder and year of an MIT/BSD/Apache copy do not make it "modified";
 * - page artefacts: a line that is only a page number ("3", "Page 3 of 12", "- 3 -") is dropped.
 */

export type TokenKind = 'word' | 'link' | 'copyright';

export interface LegalToken {
  /** Comparison form of the word. */
  word: string;
  /** [start, end) of the word in the analysed text. */
  start: number;
  end: number;
  kind: TokenKind;
}

const SKIP = 1;
const LINK = 2;
const COPYRIGHT = 3;

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const HTML_ENTITY = /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/g;
/** A parenthesised group holding one URL-like target and nothing else. */
const PAREN_URL = /\(\s*<?(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.|\/|#)[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*>?\s*\)/gi;
/** The target of a Markdown link written as source: "](anything)". */
const MARKDOWN_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const PAGE_NUMBER_LINE = /^[ \t]*(?:[-–—][ \t]*)?(?:page[ \t]+)?\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?(?:[ \t]*[-–—])?[ \t]*$/i;
/** A copyright statement anywhere: "Copyright (c) 2024", "© 2024", "Copyright [yyyy]" (a year or its placeholder). */
const COPYRIGHT_START = /(?:copyright[ \t]*(?:\(c\)|©)?[ \t]*(?:\d{4}|\[yyyy\]|<year>)|©[ \t]*\d{4})/gi;
/** A copyright statement opening a line may name only the holder: "Copyright (c) The gemma.cpp Project Authors". */
const COPYRIGHT_AT_LINE_START = /^[ \t>*•·#-]*(?:copyright\b|©)/i;
/** "(a)", "(iv)", "(12)" anywhere. */
const PAREN_ENUMERATOR = /\((?:\d{1,3}|[A-Za-z]|[ivxlc]{2,6}|[IVXLC]{2,6})\)/g;
/**
 * A dotted / closing-paren enumerator ("1.", "a)", "iv.", "1.b.i", "10.2", "4.2(b)") at the start of a line
 * (after indentation, bullets or Markdown markers) or right after a sentence ends. Group 1 is what precedes it;
 * group 2 the enumerator. (A lookbehind would say the same but makes the engine test every position.)
 */
const UNIT = String.raw`(?:\d{1,3}|[A-Za-z]|[ivxlc]{2,6}|[IVXLC]{2,6})`;
const ENUMERATOR = new RegExp(
  String.raw`((?:^|\n)(?:[^\S\n]|[>*•·▪◦‣#|+\-–—])*|[.:;!?]["'”’)\]]*[^\S\n]+)` +
    String.raw`(${UNIT}(?:(?:\\?\.|\))${UNIT})*(?:\\?\.|\))?(?:\(${UNIT}\))*)(?=\s|$)`,
  'g',
);
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;
/** Abbreviations that end in a dot inside a copyright holder's name. */
const HOLDER_ABBREVIATION = /(?:^|\W)(?:inc|ltd|co|corp|llc|gmbh|s\.a|b\.v|plc|pty|ag|sa)$/i;
const MAX_COPYRIGHT_WORDS = 20;

export function tokenizeLegalText(text: string): LegalToken[] {
  const mask = new Uint8Array(text.length);
  const mark = (start: number, end: number, value: number) => mask.fill(value, start, end);

  for (const m of text.matchAll(HTML_TAG)) mark(m.index, m.index + m[0].length, SKIP);
  for (const m of text.matchAll(HTML_ENTITY)) mark(m.index, m.index + m[0].length, SKIP);
  for (const m of text.matchAll(MARKDOWN_TARGET)) mark(m.index + 1, m.index + m[0].length, LINK);
  for (const m of text.matchAll(PAREN_URL)) mark(m.index, m.index + m[0].length, LINK);
  for (const m of text.matchAll(PAREN_ENUMERATOR)) {
    const inner = m[0].slice(1, -1);
    if (/^[a-z]{2,}$/i.test(inner) && !ROMAN.test(inner)) continue;
    mark(m.index, m.index + m[0].length, SKIP);
  }
  ENUMERATOR.lastIndex = 0;
  for (let m = ENUMERATOR.exec(text); m; m = ENUMERATOR.exec(text)) {
    const start = m.index + m[1].length;
    const end = start + m[2].length;
    if (isEnumerator(m[2])) mark(start, end, SKIP);
    // The enumerator's own closing "." can end the "sentence" before a nested one ("1. a. Grant").
    ENUMERATOR.lastIndex = Math.max(end - 1, m.index + 1);
  }
  markLines(text, mark);
  for (const m of text.matchAll(COPYRIGHT_START)) mark(m.index, copyrightEnd(text, m.index), COPYRIGHT);

  const tokens: LegalToken[] = [];
  scanWords(text, (start, end) => {
    const state = mask[start];
    if (state === SKIP) return;
    const word = foldWord(text.slice(start, end));
    if (!word) return;
    tokens.push({ word, start, end, kind: state === LINK ? 'link' : state === COPYRIGHT ? 'copyright' : 'word' });
  });
  return tokens;
}

export function foldWord(raw: string): string {
  // Most legal text is ASCII; only other words pay for Unicode folding.
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * Calls `emit` for every word: a run of letters, digits and combining marks, except that an ideographic
 * character (Chinese, Japanese) is a word by itself. A hand-written scanner: this runs over every imported
 * document and is several times faster than a Unicode-property regex.
 */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function scanWords(text: string, emit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind: 0 | 1 | 2; // 0 not a word character, 1 word character, 2 ideograph
    if (c < 128) {
      kind = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
      // A decimal point inside a number keeps it one word: "3.1" is a version, not the words "3" and "1".
      if (c === 46 && start >= 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) kind = 1;
    } else {
      let ch = text[i];
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) ch = text.slice(i, i + 2);
      kind = IDEOGRAPH.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0;
      if (ch.length === 2 && kind !== 0) {
        if (kind === 2) {
          if (start >= 0) emit(start, i);
          emit(i, i + 2);
          start = -1;
        } else if (start < 0) start = i;
        i++;
        continue;
      }
    }
    if (kind === 1) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) emit(start, i);
      start = -1;
      if (kind === 2) emit(i, i + 1);
    }
  }
  if (start >= 0) emit(start, text.length);
}

/** An enumerator carries a terminator (".", ")") or is a dotted number; a roman part must be a real numeral. */
function isEnumerator(candidate: string): boolean {
  const bare = candidate.replace(/\\/g, '');
  if (!/[.)]/.test(bare)) return false;
  if (/^\d+(?:\.\d+)+$/.test(bare)) return true;
  const parts = bare.split(/[.()]+/).filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p) || p.length === 1 || ROMAN.test(p));
}

function markLines(text: string, mark: (start: number, end: number, value: number) => void): void {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (PAGE_NUMBER_LINE.test(line)) {
      mark(lineStart, lineEnd, SKIP);
    } else if (COPYRIGHT_AT_LINE_START.test(line) && isCopyrightStatement(line)) {
      mark(lineStart, copyrightEnd(text, lineStart), COPYRIGHT);
    }
    lineStart = lineEnd + 1;
  }
}

/** "Copyright" opening a line is a statement, not a clause heading like "Copyright and Similar Rights means …". */
function isCopyrightStatement(line: string): boolean {
  return /(?:copyright[ \t]*(?:\(c\)|©|\d{4}|\[yyyy\]|<year>)|©)/i.test(line);
}

/** A copyright statement runs to the end of its line or sentence, and never past MAX_COPYRIGHT_WORDS words. */
function copyrightEnd(text: string, start: number): number {
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const sentence = /\.(?=[ \t]+["'“‘(]?[A-Z])/g;
  sentence.lastIndex = start;
  let end = lineEnd;
  for (let m = sentence.exec(text); m && m.index < lineEnd; m = sentence.exec(text)) {
    if (HOLDER_ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index))) continue;
    end = m.index + 1;
    break;
  }
  const words = /[\p{L}\p{N}]+/gu;
  words.lastIndex = start;
  let count = 0;
  for (let m = words.exec(text); m && m.index < end; m = words.exec(text)) {
    if (++count > MAX_COPYRIGHT_WORDS) return m.index;
  }
  return end;
}
