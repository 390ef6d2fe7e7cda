/**
 * One part of the word-level comparison of a reference licence with the analysed text, in reading order.
 * `insert`: words in the document that the reference does not have; `delete`: reference words missing from the
 * document; `equal`: shared wording (long runs are shortened: `elided`, with "…" in place of the middle).
 */
export interface LicenseDiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** Document offsets: the span of an equal or inserted part; for a deletion, the point where the words are missing. */
  start?: number;
  end?: number;
  /** True when the middle of an equal run was replaced by "…". */
  elided?: boolean;
}

/** A known licence found in (or as) the analysed document. */
export interface LicenseMatch {
  /** Reference id, e.g. "llama3.1", "Apache-2.0", "CC-BY-NC-4.0" (resources/licenses/README.md: the id scheme). */
  id: string;
  name: string;
  /** 0..1 similarity of the analysed text (or the part that holds the licence) to the reference. */
  score: number;
  match: 'exact' | 'modified';
  /** Where in the analysed text the licence sits (the whole text, or an embedded part). */
  start: number;
  end: number;
  /** Word-level differences against the reference, only when modified. */
  diff?: LicenseDiffPart[];
  /** Licence family shared by versions of one licence, e.g. "gemma", "tongyi-qianwen", "cc-by-nc". */
  family?: string;
  /** Share of the analysed text (characters) that the licence spans: near 1 when the document is the licence. */
  coverage?: number;
}
