
import type { DocumentModel } from '../document/model';
import { tokenizeLegalText } from '../licenses/tokenize';

/**
 * The words two versions are compared on. They come from the licence tokenizer (src/licenses/tokenize.ts), so a
 * comparison ignores what identification ignores: case, punctuation, quote styles, whitespace and line breaks,
 * printed section and list numbers (a renumbered section compares equal), page-number lines, and Markdown/HTML
 * markup. Link targets are kept apart from words (a PDF prints the label, a Markdown file also has the target).
 */
export interface ComparisonTokens {
  text: string;
  /** Shared-dictionary id of each token: equal ids are equal words. */
  ids: Int32Array;
  /** Folded word of each token (for letter-level checks such as "non-commercial" vs "noncommercial"). */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where the token is part of a link target. */
  link: Uint8Array;
  /** Index of the block holding each token. */
  blockOf: Int32Array;
  /** First token of each block (blocks.length + 1 entries; a block without words has an empty range). */
  blockStart: Int32Array;
  /** Each block's printed number reduced to its letters and digits ("4.2(b)" -> "4.2.b"), or "". */
  blockNumbers: string[];
}

/** "4.2(b)" -> "4.2.b", "Section 3." -> "3", "iv." -> "iv": a printed number as the words a tokenizer sees. */
export function bareNumber(printed: string | null): string {
  if (!printed) return '';
  return (printed.toLowerCase().replace(/^(?:section|article|clause|§)\s*/, '').match(/[a-z0-9]+/g) ?? []).join('.');
}

/** Word -> id, shared by both sides of one comparison. */
export type WordDictionary = Map<string, number>;

export function tokenizeForComparison(model: Pick<DocumentModel, 'text' | 'blocks'>, dictionary: WordDictionary): ComparisonTokens {
  const tokens = tokenizeLegalText(model.text);
  const n = tokens.length;
  const ids = new Int32Array(n);
  const words: string[] = new Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const link = new Uint8Array(n);
  const blockOf = new Int32Array(n);
  let block = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const key = t.kind === 'link' ? `\u0001${t.word}` : t.word;
    let id = dictionary.get(key);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(key, id);
    }
    ids[i] = id;
    words[i] = t.word;
    starts[i] = t.start;
    ends[i] = t.end;
    link[i] = t.kind === 'link' ? 1 : 0;
    // Tokens come in text order, so the block index only moves forward.
    while (block + 1 < model.blocks.length && model.blocks[block + 1].start <= t.start) block++;
    blockOf[i] = model.blocks.length ? block : -1;
  }
  const blockStart = new Int32Array(model.blocks.length + 1);
  let t = 0;
  for (let b = 0; b < model.blocks.length; b++) {
    while (t < n && blockOf[t] < b) t++;
    blockStart[b] = t;
  }
  blockStart[model.blocks.length] = n;
  return { text: model.text, ids, words, starts, ends, link, blockOf, blockStart, blockNumbers: model.blocks.map((bl) => bareNumber(bl.number)) };
}

/** Token index of the first token starting at or after `offset`. */
export function tokenAtOrAfter(tokens: ComparisonTokens, offset: number): number {
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


