/** One change between a reference licence text and the analysed text, at word level. */
export interface LicenseDiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A known licence found in (or as) the analysed document. */
export interface LicenseMatch {
  /** Reference id, e.g. "llama-3.1-community", "apache-2.0", "cc-by-nc-4.0". */
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
}
