/** Characters that carry no visible text and would only split words: zero-width spaces/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Every kind of space (no-break, thin, ideographic …) and control whitespace (also NEL, U+0085, a C1 line break). */
const ANY_SPACE = /[\s\u0085\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Normalises a piece of inline text the way block text is stored: invisible characters dropped, spaces collapsed. */
export function normaliseInline(text: string): string {
  return text.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
}

export function isInvisible(ch: string): boolean {
  return classifyCode(ch.charCodeAt(0)) === CHAR_INVISIBLE;
}

export function isSpace(ch: string): boolean {
  return classifyCode(ch.charCodeAt(0)) === CHAR_SPACE;
}

export const CHAR_TEXT = 0;
export const CHAR_SPACE = 1;
export const CHAR_INVISIBLE = 2;

/**
 * The same classes as INVISIBLE and ANY_SPACE, by UTF-16 code unit: builders call this for every character of
 * every document, where a regular expression per character costs a third of a second on a 200-page PDF.
 */
export function classifyCode(c: number): typeof CHAR_TEXT | typeof CHAR_SPACE | typeof CHAR_INVISIBLE {
  if (c > 32 && c < 0x85) return CHAR_TEXT;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85) return CHAR_SPACE;
  if (c < 0x1680) return c === 0xad ? CHAR_INVISIBLE : CHAR_TEXT;
  if (c === 0xfeff || c === 0x2060 || (c >= 0x200b && c <= 0x200d)) return CHAR_INVISIBLE;
  if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) return CHAR_SPACE;
  return CHAR_TEXT;
}
