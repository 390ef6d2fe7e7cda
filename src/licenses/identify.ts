import type { DocumentModel } from '../document/model';
import { alignReference, type AlignedDocument, type Alignment } from './align';
import { findCandidates, type Candidate } from './candidates';
import { buildDiffParts } from './diff-parts';
import { compiledLibrary } from './reference-index';
import { tokenizeLegalText } from './tokenize';
import type { LicenseMatch } from './types';

/**
 * When is a text "clearly the same licence"? At least this share of the reference's words must be found in the
 * region, and this share of the region's words must be the reference's: a vendor agreement quoting one clause
 * of Apache-2.0, or a licence that reuses MIT's disclaimer (ChatGLM: about 55 % / 65 %), is not a copy of
 * Apache-2.0 or MIT, nor is Stability AI's licence built on Llama 2's wording (about 60 % / 65 %) a Llama licence.
 */
const MIN_COVERAGE = 0.7;
const MIN_PURITY = 0.7;
/** Fewer matched words than this is a shared phrase, not a licence. */
const MIN_MATCHED_WORDS = 25;
/** Alignments attempted per document, best candidates first; keeps a pathological document bounded. A real
 * document needs one or two per licence it holds (the licence and perhaps a close sibling). */
const MAX_ALIGNMENTS = 200;
/** Candidates with less than this share of the best overlapping candidate's shingles are not aligned. */
const SIBLING_SHARE = 0.6;
/** Two matches may share at most this share of the smaller one's words (adjacent licences touch at the edges). */
const MAX_OVERLAP = 0.2;

/**
 * Every known licence found in the document, in document order, none overlapping another: a licence file, a
 * licence followed by its acceptable use policy, a vendor agreement with a standard licence in an appendix.
 * Each is `exact` (same words once formatting, numbering, links and copyright lines are set aside) or `modified`
 * (with the word diff). A document that holds no known licence gives [].
 */
export function identifyLicenses(model: DocumentModel): LicenseMatch[] {
  const library = compiledLibrary();
  const tokens = tokenizeLegalText(model.text);
  if (tokens.length === 0) return [];
  const ids = new Int32Array(tokens.length);
  const core: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = library.vocabulary.get(tokens[i].word) ?? -1;
    if (tokens[i].kind === 'word') core.push(i);
  }
  const coreIndex = Int32Array.from(core);
  const coreIds = Int32Array.from(core, (i) => ids[i]);
  const doc: AlignedDocument = { text: model.text, tokens, ids };

  const alignments: Alignment[] = [];
  const candidates = findCandidates(library, coreIds, coreIndex, tokens.length);
  const exactRegions: Array<[number, number]> = [];
  let attempts = 0;
  for (const candidate of candidates) {
    // A sibling that shares far fewer shingles with this part of the document than the best candidate there
    // cannot win it; skipping it keeps the expensive alignment for contenders.
    const rival = candidates.find((other) => other.shingleShare > candidate.shingleShare * (1 / SIBLING_SHARE) && overlaps(other, candidate));
    if (rival) continue;
    // Nor can anything win a stretch already matched exactly (an exact match scores 1, and matches may not overlap).
    if (exactRegions.some(([from, to]) => covered(candidate, from, to) > 0.8)) continue;
    if (++attempts > MAX_ALIGNMENTS) break;
    const refLength = candidate.ref.tokens.length;
    const windowLength = candidate.windowTo - candidate.windowFrom;
    // Edits needed to explain the extra window around a copy, plus what a still-recognisable copy may change.
    const maxEdits = Math.abs(windowLength - refLength) + Math.ceil(refLength * 2 * (1 - MIN_COVERAGE)) + 40;
    const alignment = alignReference(candidate.ref, doc, candidate.windowFrom, candidate.windowTo, candidate.anchors, maxEdits);
    if (!alignment) continue;
    if (alignment.matched < MIN_MATCHED_WORDS || alignment.coverage < MIN_COVERAGE || alignment.purity < MIN_PURITY) continue;
    alignments.push(alignment);
    if (alignment.segments.every((seg) => seg.op !== 'change')) exactRegions.push([alignment.docFrom, alignment.docTo]);
  }

  alignments.sort((a, b) => b.score - a.score || b.matched - a.matched);
  const accepted: Alignment[] = [];
  for (const alignment of alignments) {
    const clash = accepted.some((other) => {
      const overlap = Math.min(other.docTo, alignment.docTo) - Math.max(other.docFrom, alignment.docFrom);
      const smaller = Math.min(other.docTo - other.docFrom, alignment.docTo - alignment.docFrom);
      return overlap > smaller * MAX_OVERLAP;
    });
    if (!clash) accepted.push(alignment);
  }

  return accepted.sort((a, b) => a.docFrom - b.docFrom).map((alignment) => toMatch(alignment, doc));
}

/**
 * The licence the document is: of the licences found, the one spanning most of the text. `coverage` says how
 * much of the document that is (a licence in an appendix of a long agreement has a low coverage).
 */
export function identifyLicense(model: DocumentModel): LicenseMatch | null {
  let best: LicenseMatch | null = null;
  for (const match of identifyLicenses(model)) {
    if (!best || match.end - match.start > best.end - best.start) best = match;
  }
  return best;
}

/** Share of the candidate's window inside document tokens [from, to). */
function covered(candidate: Candidate, from: number, to: number): number {
  const overlap = Math.min(candidate.windowTo, to) - Math.max(candidate.windowFrom, from);
  return overlap / Math.max(1, candidate.windowTo - candidate.windowFrom);
}

function overlaps(a: Candidate, b: Candidate): boolean {
  const overlap = Math.min(a.windowTo, b.windowTo) - Math.max(a.windowFrom, b.windowFrom);
  return overlap > 0.5 * Math.min(a.windowTo - a.windowFrom, b.windowTo - b.windowFrom);
}

function toMatch(alignment: Alignment, doc: AlignedDocument): LicenseMatch {
  const { ref } = alignment.ref;
  const exact = alignment.segments.every((s) => s.op !== 'change');
  const [start, end] = expandToLines(doc, alignment.docFrom, alignment.docTo);
  const match: LicenseMatch = {
    id: ref.id,
    name: ref.name,
    score: Math.round(alignment.score * 10000) / 10000,
    match: exact ? 'exact' : 'modified',
    start,
    end,
    family: ref.family,
    coverage: Math.round(((end - start) / Math.max(1, doc.text.length)) * 10000) / 10000,
  };
  if (!exact) match.diff = buildDiffParts(alignment, doc);
  return match;
}

/**
 * Character span of document tokens [from, to), widened to whole lines when nothing but numbering, bullets or
 * punctuation separates it from the line's edges (so "1. Definitions." is highlighted from the "1.").
 */
function expandToLines(doc: AlignedDocument, from: number, to: number): [number, number] {
  const { text, tokens } = doc;
  let start = tokens[from].start;
  let end = tokens[to - 1].end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (from === 0 || tokens[from - 1].end <= lineStart) {
    start = lineStart;
    while (start < tokens[from].start && /\s/.test(text[start])) start++;
  }
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (to === tokens.length || tokens[to].start >= lineEnd) {
    end = lineEnd;
    while (end > tokens[to - 1].end && /\s/.test(text[end - 1])) end--;
  }
  return [start, end];
}
