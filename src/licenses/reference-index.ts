import { referenceLicenses, type ReferenceLicense } from './library';
import { tokenizeLegalText, type LegalToken } from './tokenize';

/**
 * The reference library prepared for matching: every reference tokenised, its words interned to integers, and an
 * inverted index from word shingles to where they occur. Built once, on first identification.
 */

/** Words per shingle: long enough that boilerplate shared by unrelated texts rarely collides, short enough that a
 * single changed word leaves most shingles of a paragraph intact. */
export const SHINGLE_SIZE = 5;

export const FLAG_OPTIONAL = 1;

export interface CompiledReference {
  index: number;
  ref: ReferenceLicense;
  tokens: LegalToken[];
  /** Interned word ids, parallel to tokens. */
  ids: Int32Array;
  /** FLAG_OPTIONAL for tokens inside a span a copy may leave out. */
  flags: Uint8Array;
  /** Index into ref.variables for tokens inside a template phrase, else -1. */
  variable: Int16Array;
  /** Token indices of the `word` tokens (the ones shingled). */
  core: Int32Array;
  /** Number of distinct shingles of the reference. */
  shingleCount: number;
}

export interface CompiledLibrary {
  references: CompiledReference[];
  vocabulary: Map<string, number>;
  /** Shingle hash -> postings, each `referenceIndex * POSTING_STRIDE + corePosition`. */
  shingles: Map<number, number[]>;
}

export const POSTING_STRIDE = 1 << 20;

let compiled: { source: readonly ReferenceLicense[]; library: CompiledLibrary } | undefined;

export function compiledLibrary(): CompiledLibrary {
  const source = referenceLicenses();
  if (compiled && compiled.source === source) return compiled.library;
  compiled = { source, library: compile(source) };
  return compiled.library;
}

function compile(source: readonly ReferenceLicense[]): CompiledLibrary {
  const vocabulary = new Map<string, number>();
  const shingles = new Map<number, number[]>();
  const references = source.map((ref, index): CompiledReference => {
    const tokens = tokenizeLegalText(ref.text);
    const ids = new Int32Array(tokens.length);
    const flags = new Uint8Array(tokens.length);
    const variable = new Int16Array(tokens.length).fill(-1);
    const core: number[] = [];
    // Per-character maps of the optional and template spans, so each token is classified in O(1).
    const optionalAt = new Uint8Array(ref.text.length);
    for (const span of ref.optional) optionalAt.fill(1, span.start, span.end);
    const variableAt = new Int16Array(ref.text.length).fill(-1);
    ref.variables.forEach((span, v) => variableAt.fill(v, span.start, span.end));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let id = vocabulary.get(t.word);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(t.word, id);
      }
      ids[i] = id;
      if (optionalAt[t.start] && optionalAt[t.end - 1]) flags[i] |= FLAG_OPTIONAL;
      variable[i] = variableAt[t.start] === variableAt[t.end - 1] ? variableAt[t.start] : -1;
      if (t.kind === 'word') core.push(i);
    }
    const coreIds = core.map((i) => ids[i]);
    const distinct = new Set<number>();
    for (let p = 0; p + SHINGLE_SIZE <= coreIds.length; p++) {
      const h = shingleHash(coreIds, p);
      if (distinct.has(h)) continue;
      distinct.add(h);
      const postings = shingles.get(h);
      if (postings) postings.push(index * POSTING_STRIDE + p);
      else shingles.set(h, [index * POSTING_STRIDE + p]);
    }
    return { index, ref, tokens, ids, flags, variable, core: Int32Array.from(core), shingleCount: distinct.size };
  });
  return { references, vocabulary, shingles };
}

/** 32-bit hash of SHINGLE_SIZE word ids starting at `at`. */
export function shingleHash(ids: ArrayLike<number>, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE_SIZE; k++) {
    h = Math.imul(h ^ ids[at + k], 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}
