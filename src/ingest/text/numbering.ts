/**
 * Printed section and item numbers at the start of a line or paragraph ("1.", "4.2", "(a)", "iv.", "Section 3.",
 * "一、"), read the way legal documents write them. Shared by the plain-text and Markdown importers.
 */

/** A numbering family: items of one family are siblings; a different family nests or climbs. */
export type NumberingStyle = string;

export interface NumberInterpretation {
  style: NumberingStyle;
  /** Ordinal value (1 for "1", "a", "i"), used to recognise the next item of a list; null when it has none. */
  value: number | null;
}

export interface Marker {
  /** The number as printed, e.g. "1.", "(a)", "4.2", "Section 3.", "Attachment A". */
  number: string;
  /** How the marker can be read; two readings when it is ambiguous ("i." is a roman one or the letter after "h."). */
  readings: NumberInterpretation[];
  /** "keyword": Section/Article…; "decimal": 4.2.1; "simple": 1. (a) iv.; "cjk": 一、 */
  kind: 'keyword' | 'decimal' | 'simple' | 'cjk';
  /** Decimal depth ("4.2" -> 2; "1.0" -> 1); 1 for the other kinds. */
  depth: number;
  /** The text after the marker and its separator, trimmed. */
  rest: string;
}

const KEYWORDS =
  'Section|SECTION|Sec\\.|SEC\\.|Article|ARTICLE|Art\\.|Clause|CLAUSE|Part|PART|Chapter|CHAPTER|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Exhibit|EXHIBIT|Attachment|ATTACHMENT';
const KEYWORD_MARKER = new RegExp(`^(${KEYWORDS})\\s+(\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[A-Z])(?![\\w(])`);
const PARAGRAPH_SIGN_MARKER = /^§{1,2}\s?(\d{1,3}(?:\.\d{1,3})*[a-z]?)(\.?)(?=\s|$)/;
const DECIMAL_MARKER = /^(\d{1,3}(?:\.\d{1,3})+)(\.?)(?=\s|$)/;
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
const SIMPLE_MARKER = /^(?:\(([0-9]{1,3}|[a-zA-Z]|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\)|([0-9]{1,3}|[a-zA-Z]|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})([.)]))/;
const CJK_MARKER = /^([一二三四五六七八九十百]{1,4})[、．.]\s*/;
const CJK_KEYWORD_MARKER = /^第([一二三四五六七八九十百零〇]{1,6}|\d{1,3})([条章节款部])\s*/;
const BULLET = /^([•◦▪▫●○■□‣∙·*+\-–])\s+/;

/** Reads the printed number at the start of `line` (indentation already removed), or null. */
export function parseMarker(line: string): Marker | null {
  const keyword = KEYWORD_MARKER.exec(line);
  if (keyword) {
    // The number must end the line or be followed by a separator, so "Section 3 of this Agreement" stays prose.
    const after = line.slice(keyword[0].length);
    const dotted = /^\.(\s|$)/.test(after);
    if (dotted || /^(\s*(:|--|[-–—]\s|\)\s)|\s{2,}|\s*$)/.test(after)) {
      const number = `${keyword[1]} ${keyword[2]}${dotted ? '.' : ''}`;
      const rest = stripSeparator(dotted ? after.slice(1) : after);
      return { number, readings: [{ style: `keyword:${keyword[1].toLowerCase()}`, value: ordinalOf(keyword[2]) }], kind: 'keyword', depth: 1, rest };
    }
  }
  const sign = PARAGRAPH_SIGN_MARKER.exec(line);
  if (sign) {
    return { number: sign[0], readings: [{ style: 'keyword:§', value: ordinalOf(sign[1]) }], kind: 'keyword', depth: 1, rest: line.slice(sign[0].length).trim() };
  }
  const cjkKeyword = CJK_KEYWORD_MARKER.exec(line);
  if (cjkKeyword) {
    return {
      number: cjkKeyword[0].trim(),
      readings: [{ style: `keyword:${cjkKeyword[2]}`, value: cjkValue(cjkKeyword[1]) }],
      kind: 'keyword',
      depth: 1,
      rest: line.slice(cjkKeyword[0].length).trim(),
    };
  }
  const decimal = DECIMAL_MARKER.exec(line);
  if (decimal) {
    const parts = decimal[1].split('.').map(Number);
    // "1.0 DEFINITIONS" is section 1: trailing zero components do not nest.
    let depth = parts.length;
    while (depth > 1 && parts[depth - 1] === 0) depth--;
    return {
      number: decimal[1] + decimal[2],
      readings: [{ style: `decimal`, value: parts[depth - 1] }],
      kind: 'decimal',
      depth,
      rest: line.slice(decimal[0].length).trim(),
    };
  }
  const cjk = CJK_MARKER.exec(line);
  if (cjk) {
    return { number: cjk[0].trim(), readings: [{ style: 'cjk', value: cjkValue(cjk[1]) }], kind: 'cjk', depth: 1, rest: line.slice(cjk[0].length).trim() };
  }
  const simple = SIMPLE_MARKER.exec(line);
  if (simple) {
    const after = line.slice(simple[0].length);
    // A marker is followed by a space or the end of the line ("e.g." and "U.S." are words); "3.限制" needs none.
    const body = simple[1] ?? simple[2];
    const arabic = /^\d/.test(body);
    if (!(after === '' || /^\s/.test(after) || (arabic && CJK_CHAR.test(after[0])))) return null;
    const shape = simple[1] !== undefined ? '()' : simple[3];
    const readings = readingsOf(body, shape);
    if (readings.length === 0) return null;
    return { number: simple[0], readings, kind: 'simple', depth: 1, rest: after.trim() };
  }
  return null;
}

/** A bullet symbol (•, -, *) at the start of a line, or null. `offset` is where the item's text (`rest`) starts. */
export function parseBullet(line: string): { symbol: string; offset: number; rest: string } | null {
  const m = BULLET.exec(line);
  if (!m) return null;
  // "- - -" and "***" are rules, not items.
  if (/^([-*_])(\s*\1){2,}\s*$/.test(line)) return null;
  return { symbol: m[1], offset: m[0].length, rest: line.slice(m[0].length).trim() };
}

function readingsOf(body: string, shape: string): NumberInterpretation[] {
  const out: NumberInterpretation[] = [];
  if (/^\d+$/.test(body)) return [{ style: `arabic${shape}`, value: Number(body) }];
  const roman = romanValue(body);
  const lower = body === body.toLowerCase();
  if (roman !== null) out.push({ style: `${lower ? 'roman' : 'ROMAN'}${shape}`, value: roman });
  if (body.length === 1) out.push({ style: `${lower ? 'lower' : 'upper'}${shape}`, value: body.toLowerCase().charCodeAt(0) - 96 });
  // Single letters that are not the usual first roman numerals read as letters first ("c." is the third item).
  if (out.length === 2 && !/^[ivx]$/i.test(body)) out.reverse();
  return out;
}

function stripSeparator(rest: string): string {
  return rest.replace(/^\s*(?::|--|[-–—.)])?\s*/, '').trim();
}

function ordinalOf(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  if (/^\d/.test(token)) return parseInt(token.split('.').pop()!, 10);
  return romanValue(token) ?? (token.length === 1 ? token.toLowerCase().charCodeAt(0) - 96 : null);
}

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a well-formed roman numeral up to 60 ("iv" -> 4), or null ("iiii", "vx" and words are not numerals). */
export function romanValue(token: string): number | null {
  const s = token.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i]];
    const next = ROMAN_DIGITS[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  // Lists never run to "mix." (1009): a cap keeps words that happen to be numerals out.
  return toRoman(total) === s && total <= 60 ? total : null;
}

/** 4 -> "iv" (lower case). */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

const CJK_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cjkValue(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  let total = 0;
  let current = 0;
  for (const ch of token) {
    if (ch === '十' || ch === '百') {
      total += (current || 1) * (ch === '十' ? 10 : 100);
      current = 0;
    } else if (ch in CJK_DIGITS) current = CJK_DIGITS[ch];
    else return null;
  }
  return total + current;
}
