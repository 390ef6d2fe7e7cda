/**
 * Words broken across a line end with a hyphen: "inter-" + "national" is one word ("international"), but
 * "non-" + "commercial" is a hyphenated compound that must stay "non-commercial".
 *
 * The rule, in order (the first that applies decides):
 * 0. A soft hyphen (U+00AD) printed at the line end only marks the break → join.
 * 1. Either side belongs to a web address, e-mail address or path, the part before is a number, or an acronym
 *    before a lowercase word → keep the hyphen: "https://stability.ai/use-|policy", "ar-|enterprise@openai.com",
 *    "API-|based". A capital after the break keeps it too ("Third-|Party", "Meta-|Global"), unless both parts
 *    are in capitals, where case tells nothing ("NON-|INFRINGEMENT" but "PARTI-|CULAR"): the next rules decide.
 *    So does a break after a compound already hyphenated ("text-to-|speech", "state-of-the-|art"): a typesetter
 *    breaks such a word at its hyphens, never between syllables.
 * 2. The document itself says how it writes the word: if the hyphenated form ("royalty-free") occurs elsewhere
 *    in it more often than the joined form ("royaltyfree"), keep the hyphen; if the joined form occurs more
 *    often, join.
 * 3. The part before the hyphen is a prefix that English hyphenates (non-, self-, quasi-, co-, …), or a prefix
 *    ending in the vowel the next part starts with ("re-|enter", "co-|operate", "pre-|existing") → keep.
 * 4. Both parts occur as words on their own elsewhere in the document → keep: a compound of two words
 *    ("then-|current", "machine-|learning", "fine-|tuning").
 * 5. Otherwise join: a word broken between syllables, whose halves are not words ("inter-|national",
 *    "agree-|ment", "distri-|bution") — but only in a document whose typesetter breaks words (see
 *    `breaksWordsBetweenSyllables`). Chromium, LibreOffice and Word do not hyphenate unless told to: there
 *    every hyphen at a line end is the word's own ("machine-|generated", "mouse-|clicks", "fine-|tuning"), even
 *    when the document prints neither half anywhere else, and is kept.
 */

/** Prefixes written with a hyphen in legal and technical English even before a lowercase word. */
const HYPHENATED_PREFIXES = new Set(['non', 'self', 'quasi', 'pseudo', 'ex', 'all', 'cross', 'half', 'well', 'co', 'semi', 'multi', 'anti', 'post', 'pre', 'sub', 'sui', 'opt', 'third', 'first', 'second', 'end', 'high', 'low', 'open', 'closed', 'full', 'part']);

/** Prefixes that are no words on their own: one before a hyphen set apart at a line end is a compound's hyphen. */
export const BOUND_PREFIXES = new Set(['non', 'self', 'quasi', 'pseudo', 'co', 'semi', 'multi', 'anti', 'sub', 'sui', 'pre']);

/** Prefixes that take a hyphen when the next part starts with the vowel they end in (re-enter, co-operate). */
const VOWEL_PREFIXES = ['re', 'pre', 'de', 'co', 'anti', 'semi', 'multi', 'intra', 'extra', 'ultra', 'micro', 'macro'];

/**
 * What the rest of the document says about words: single words and hyphenated compounds, lowercased, counted.
 * Counted on the first question only: most documents never ask one.
 */
export class WordEvidence {
  private words: Map<string, number> | undefined;
  private spacedDashCount = 0;

  /** `texts`: the text printed inside lines (the fragments at line ends are not evidence). */
  constructor(private readonly texts: () => Iterable<string>) {}

  count(word: string): number {
    this.words ??= this.tally();
    return this.words.get(word.toLowerCase()) ?? 0;
  }

  /** How often a hyphen set between spaces stands between two words inside a line ("the Licensor - as defined"). */
  spacedDashes(): number {
    this.words ??= this.tally();
    return this.spacedDashCount;
  }

  /**
   * One pass over each line by hand: the words (runs of letters and digits, joined by hyphens into compounds) and the
   * spaced dashes between letters, as `[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*` and `\p{L} - \p{L}` would find them;
   * Unicode-property patterns over a long document's whole text cost several times more.
   */
  private tally(): Map<string, number> {
    const words = new Map<string, number>();
    const bump = (word: string) => words.set(word, (words.get(word) ?? 0) + 1);
    for (const raw of this.texts()) {
      const line = raw.toLowerCase();
      this.spacedDashCount += countSpacedDashes(line);
      let i = 0;
      while (i < line.length) {
        const size = wordCharSize(line, i);
        if (size === 0) {
          i++;
          continue;
        }
        const start = i;
        let hyphenated = false;
        i = endOfWord(line, i + size);
        while (i < line.length && (line[i] === '-' || line[i] === '‐') && wordCharSize(line, i + 1) > 0) {
          hyphenated = true;
          i = endOfWord(line, i + 1);
        }
        const token = line.slice(start, i);
        if (!hyphenated) {
          bump(token);
          continue;
        }
        bump(token.replace(/‐/g, '-'));
        for (const part of token.split(/[-‐]/)) bump(part);
      }
    }
    return words;
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** Length in UTF-16 units of the code point at `at` if it is a letter or digit (`letterOnly`: a letter), else 0. */
function wordCharSize(text: string, at: number, letterOnly = false): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!letterOnly && c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(at)!;
  const ch = String.fromCodePoint(cp);
  return (letterOnly ? LETTER : LETTER_OR_DIGIT).test(ch) ? ch.length : 0;
}

function endOfWord(text: string, at: number): number {
  let i = at;
  for (let size = wordCharSize(text, i); size > 0; size = wordCharSize(text, i)) i += size;
  return i;
}

/** A letter, a space, a hyphen, a space and a letter, counted without overlap as a global pattern counts them. */
function countSpacedDashes(line: string): number {
  let count = 0;
  let from = 0;
  for (let at = line.indexOf(' - ', from); at >= 0; at = line.indexOf(' - ', from)) {
    // The letter before: one UTF-16 unit, or a surrogate pair; it must not be the letter that ended the last match.
    const low = line.charCodeAt(at - 1);
    const beforeAt = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
    const before = beforeAt >= from ? wordCharSize(line, beforeAt, true) : 0;
    const after = before > 0 && beforeAt + before === at ? wordCharSize(line, at + 3, true) : 0;
    if (after > 0) {
      count++;
      from = at + 3 + after;
    } else from = at + 1;
  }
  return count;
}

/**
 * The last word of a line that ends in a hyphen, without the hyphen ("…non-" -> "non"), and the whole last token
 * it ends ("https://a.b/use"); null if the line does not end in a hyphen right after a letter or digit.
 */
export function hyphenatedTail(line: string): { word: string; token: string; soft: boolean } | null {
  const mark = line[line.length - 1];
  if (mark !== '-' && mark !== '‐' && mark !== '\u00AD') return null;
  // Sliced rather than matched against the whole line: a regex anchored at the end would rescan it from each start.
  const token = line.slice(line.lastIndexOf(' ') + 1, -1);
  const word = /[\p{L}\p{N}]+$/u.exec(token)?.[0];
  if (!word) return null;
  return { word, token, soft: mark === '\u00AD' };
}

/** A web address or path broken after a slash: the next line carries on the same address, with no space. */
export function breaksInsideAddress(line: string): boolean {
  return line.endsWith('/') && /[a-z][a-z0-9+.-]*:\/\/|www\./i.test(line.slice(line.lastIndexOf(' ') + 1));
}

/**
 * Whether the hyphen ending a line is part of the word (keep it and join with no space) or only marks the
 * break (drop it and join). `token` is the whole last token of the line without the hyphen ("https://a.b/use"),
 * `before` its last word ("use"), `after` the first token of the next line.
 */
export function keepsHyphen(token: string, before: string, after: string, evidence: WordEvidence, soft = false, wordsBreak = true): boolean {
  const verdict = evidenceVerdict(token, before, after, evidence, soft);
  return verdict === 'open' ? !wordsBreak : verdict === 'keep';
}

/**
 * Whether the document's typesetter breaks words between syllables: at least two of its line-end breaks (a
 * soft hyphen counts as one) look like syllable breaks — the document writes the word joined elsewhere, or
 * neither rule 1 to 4 explains the hyphen — and they are at least half of all its breaks. One unexplained break
 * is not enough: a compound nobody else in the document uses ("mouse-|clicks") looks the same.
 */
export function breaksWordsBetweenSyllables(breaks: Iterable<{ token: string; before: string; after: string; soft: boolean }>, evidence: WordEvidence): boolean {
  let all = 0;
  let syllabic = 0;
  for (const b of breaks) {
    all++;
    const verdict = evidenceVerdict(b.token, b.before, b.after, evidence, b.soft);
    if (verdict === 'join' || verdict === 'open') syllabic++;
  }
  return syllabic >= 2 && syllabic * 2 >= all;
}

/** Rules 0 to 4: 'keep' or 'join' where they decide, 'open' where only the document's typesetting can (rule 5). */
function evidenceVerdict(token: string, before: string, after: string, evidence: WordEvidence, soft: boolean): 'keep' | 'join' | 'open' {
  if (soft) return 'join';
  return decides(token, before, after, evidence) ?? 'open';
}

function decides(token: string, before: string, after: string, evidence: WordEvidence): 'keep' | 'join' | null {
  const keep = (yes: boolean) => (yes ? 'keep' : null);
  const next = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
  if (!next) return 'keep';
  const nextToken = after.split(/\s/, 1)[0];
  if (/[/@:]|www\./i.test(token) || /[/@]|:\/\/|^www\./i.test(nextToken)) return 'keep';
  if (/[\p{L}\p{N}][-‐][\p{L}\p{N}]/u.test(token)) return 'keep';
  if (/^\p{N}/u.test(next) || /^\p{N}+$/u.test(before)) return 'keep';
  const capitals = (word: string) => /^\p{Lu}+$/u.test(word);
  if (capitals(before) && before.length >= 2 && /^\p{Ll}/u.test(next)) return 'keep';
  if (/^\p{Lu}/u.test(next) && !(capitals(before) && capitals(next))) return 'keep';

  const lowerBefore = before.toLowerCase();
  const lowerNext = next.toLowerCase();
  const hyphenated = evidence.count(`${lowerBefore}-${lowerNext}`);
  const joined = evidence.count(lowerBefore + lowerNext);
  if (hyphenated !== joined) return hyphenated > joined ? 'keep' : 'join';

  if (HYPHENATED_PREFIXES.has(lowerBefore)) return 'keep';
  if (VOWEL_PREFIXES.some((prefix) => lowerBefore === prefix && lowerNext.startsWith(prefix[prefix.length - 1]))) return 'keep';

  return keep(evidence.count(lowerBefore) > 0 && evidence.count(lowerNext) > 0);
}
