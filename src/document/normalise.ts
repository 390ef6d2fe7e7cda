/** Characters that carry no visible text and would only split words: zero-width spaces/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Every kind of space (no-break, thin, ideographic …) and control whitespace. */
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Normalises a piece of inline text the way block text is stored: invisible characters dropped, spaces collapsed. */
export function normaliseInline(text: string): string {
  return text.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
}

export function isInvisible(ch: string): boolean {
  return ch === '\u00AD' || ch === '\uFEFF' || ch === '\u2060' || (ch >= '\u200B' && ch <= '\u200D');
}

export function isSpace(ch: string): boolean {
  return /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/.test(ch);
}
