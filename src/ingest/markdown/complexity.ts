/**
 * Markdown too large or too deeply structured to read as Markdown. The parser (markdown-it, ./parse) is linear
 * on hostile input, but it stops reading containers nested past its own limit (100 levels), so their text would
 * be lost; and a paragraph of thousands of emphasis or link markers, or thousands of footnotes, is no document
 * anyone wrote. Real documents stay far below these limits; a file past one is read as plain text instead (its
 * words are kept, its Markdown structure is not) with a warning that says why.
 */
export const MARKDOWN_LIMITS = {
  /** Characters (a thousand pages of prose). */
  maxCharacters: 1_000_000,
  /** Container levels on one line: quote markers, list markers, and indentation (two columns a level). */
  maxNesting: 48,
  /** `*`, `_` and `[` in one paragraph. */
  maxDelimiters: 2_000,
  maxFootnoteDefinitions: 1_000,
} as const;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\n]{1,999}\]:/;
const FOOTNOTE_DEFINITIONS = /^ {0,3}\[\^[^\]\n]{1,999}\]:/gm;
const NOT_DELIMITER = /[^*_[]+/g;

/** Why `source` is too complex to read as Markdown, in words for the document's warning; null when it is not. */
export function markdownOverload(source: string): string | null {
  const limits = MARKDOWN_LIMITS;
  if (source.length > limits.maxCharacters) {
    return `it has ${source.length.toLocaleString('en')} characters, more than the ${limits.maxCharacters.toLocaleString('en')} License Desk reads as Markdown`;
  }
  // Counted over the whole file first: a document with fewer markers or footnotes in all than one paragraph may
  // hold cannot exceed those limits, and its lines need only the nesting check.
  const countDelimiters = source.replace(NOT_DELIMITER, '').length > limits.maxDelimiters;
  const countFootnotes = (source.match(FOOTNOTE_DEFINITIONS) ?? []).length > limits.maxFootnoteDefinitions;
  let fence: string | null = null;
  let delimiters = 0;
  let footnotes = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;

    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const { depth, blockStart } = containerPrefix(line);
    if (depth > limits.maxNesting) return `its lists or quotes are nested ${depth} levels deep (License Desk reads Markdown up to ${limits.maxNesting} levels)`;
    if (countDelimiters) {
      // A paragraph ends at a blank line or where another block starts (a list item, quote, heading).
      if (line.trim() === '' || blockStart) delimiters = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 0x2a || c === 0x5f || c === 0x5b) delimiters++;
      }
      if (delimiters > limits.maxDelimiters) return `a paragraph has more than ${limits.maxDelimiters.toLocaleString('en')} emphasis and link markers`;
    }
    if (countFootnotes && FOOTNOTE_DEFINITION.test(line) && ++footnotes > limits.maxFootnoteDefinitions) {
      return `it defines more than ${limits.maxFootnoteDefinitions.toLocaleString('en')} footnotes`;
    }
  }
  return null;
}

/**
 * How many containers a line opens or continues: each `>` and list marker in its prefix, and its indentation at
 * two columns a level (a nested list item is indented by its parent's marker width). A line of markers alone
 * ("- - -", a thematic break) opens nothing.
 */
function containerPrefix(line: string): { depth: number; blockStart: boolean } {
  let columns = 0;
  let markers = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ') {
      columns += 1;
      i += 1;
    } else if (c === '\t') {
      columns += 4 - (columns % 4);
      i += 1;
    } else if (c === '>') {
      markers += 1;
      i += 1;
    } else if ((c === '-' || c === '+' || c === '*') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      markers += 1;
      i += 2;
      columns += 2;
    } else {
      const ordered = /^\d{1,9}[.)][ \t]/.exec(line.slice(i, i + 12));
      if (!ordered) break;
      markers += 1;
      i += ordered[0].length;
      columns += ordered[0].length;
    }
  }
  const rest = line.slice(i);
  if (rest.trim() === '') return { depth: 0, blockStart: false };
  const indentLevels = Math.floor(Math.max(0, columns - 2 * markers) / 2);
  return { depth: markers + indentLevels, blockStart: markers > 0 || rest.startsWith('#') };
}
