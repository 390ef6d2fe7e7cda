/**
 * Whether a short line reads as a title: "TERMS AND CONDITIONS", "Gemma Terms of Use", "Intellectual Property".
 * Sentences, definitions ("“Agreement” means …"), addresses and dates do not.
 */

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or per the to upon via vs with within without its their your our'.split(' '),
);
const MAX_TITLE_WORDS = 12;
const MAX_TITLE_LENGTH = 100;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A short phrase with no sentence inside it (used for the text after a section number). */
export function isTitlePhrase(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_TITLE_LENGTH) return false;
  if (/[,;:]$/.test(t)) return false;
  // A full stop followed by more words is a run-in heading and its body: "Grant of Rights. You are granted …"
  if (/[.!?]\s+\S|。\s*\S/.test(t.replace(/\b(e\.g|i\.e|etc|Inc|Ltd|No|Co|vs|U\.S)\./g, '$1'))) return false;
  if (CJK.test(t)) return !/[。；，]/.test(t) && t.length <= 40;
  return t.split(/\s+/).length <= MAX_TITLE_WORDS;
}

/** A standalone line that is a heading by its look: ALL CAPS or Title Case, short, not a sentence. */
export function isHeadingLine(text: string): boolean {
  const t = text.trim();
  // Definitions and quotations open with a quote; links and addresses are not titles.
  if (/^["“'‘(\[]/.test(t) || /https?:\/\/|www\.|@/.test(t)) return false;
  const allCaps = isAllCaps(t);
  // "TERMS AND CONDITIONS:" is a heading; "Subject to the following:" is a lead-in sentence.
  if (allCaps ? /[,;]$/.test(t) : /[.,;:]$/.test(t)) return false;
  if (!isTitlePhrase(t.replace(/[.:]$/, ''))) return false;
  if (CJK.test(t)) return !/[A-Za-z]{3}/.test(t) || isTitleCase(t);
  if (isDate(t) || isAddressLine(t)) return false;
  return allCaps || isTitleCase(t);
}

const STREET = /^\d{1,6}[a-z]?\s+(?:[\p{L}\d.'’-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|court|ct|parkway|pkwy|plaza|highway|hwy|terrace|quay|row)\b\.?(?=\s*(?:[,;]|$))/iu;
const POSTCODE = /(?:,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|\b[A-Z]\d{2}\s+[A-Z\d]{4})$/;
const COMPANY = /^[\p{L}\d&.,'’\s-]{2,60}?,?\s+(?:inc|llc|l\.l\.c|ltd|limited|gmbh|plc|corp|corporation|s\.a|b\.v|pte\.?\s+ltd)\.?$/iu;

/**
 * A line of a postal address set on lines of its own (a notices clause, a vendor's address under its name):
 * "1455 3rd Street", "San Francisco, CA 94158", "Dublin 1, D01 YC43", "PO Box 12", "OpenAI OpCo, LLC". Short and
 * capitalised as a caption is, it is no heading.
 */
export function isAddressLine(text: string): boolean {
  const t = text.replace(/^[_*]+|[_*,]+$/g, '').trim();
  return STREET.test(t) || POSTCODE.test(t) || /^p\.?\s?o\.?\s+box\s+\d/i.test(t) || COMPANY.test(t);
}

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const DATE = new RegExp(`^(${MONTH}\\s+(\\d{1,2}(st|nd|rd|th)?,?\\s+)?\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})$`, 'i');

/** "June 2023", "July 23, 2024", "1 December 2025": a date line under a title is not itself a heading. */
function isDate(text: string): boolean {
  return DATE.test(text);
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Every word that is not a small word starts with a capital (or is a number such as "3.1" or "2.0"). */
export function isTitleCase(text: string): boolean {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()) || /^\p{N}/u.test(w));
}
