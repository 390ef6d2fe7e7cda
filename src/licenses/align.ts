import { diffArrays } from 'diff';
import { FLAG_OPTIONAL, type CompiledReference } from './reference-index';
import type { LegalToken } from './tokenize';

/**
 * Word alignment of one reference against a window of the document, and the decision, hunk by hunk, whether a
 * difference is a real change of wording or only an artefact of how the copy was made (see tokenize.ts).
 */

/** Consecutive equal words needed before the alignment is trusted as the start (or end) of the licence. */
const ANCHOR_WORDS = 3;

export interface AlignedDocument {
  text: string;
  tokens: LegalToken[];
  ids: Int32Array;
}

/** A stretch of the alignment. Ref ranges index ref.tokens, doc ranges index the document's tokens. */
export interface Segment {
  op: 'equal' | 'change' | 'ignorable';
  refFrom: number;
  refTo: number;
  docFrom: number;
  docTo: number;
}

export interface Alignment {
  ref: CompiledReference;
  segments: Segment[];
  /** Document token range [docFrom, docTo) holding the licence. */
  docFrom: number;
  docTo: number;
  /** Reference words found in the document (ignorable differences included). */
  matched: number;
  /** Reference words missing or replaced, and document words added or replacing, in real changes. */
  changedRef: number;
  changedDoc: number;
  /** 2·matched / (2·matched + changedRef + changedDoc): 1 for an exact copy. */
  score: number;
  /** Share of the reference found; share of the document region that is reference wording. */
  coverage: number;
  purity: number;
}

/**
 * Aligns `ref` with document tokens [windowFrom, windowTo). Returns null when the two are too far apart to be
 * the same licence (the diff would exceed `maxEdits`).
 */
export function alignReference(
  ref: CompiledReference,
  doc: AlignedDocument,
  windowFrom: number,
  windowTo: number,
  anchors: Int32Array,
  maxEdits: number,
): Alignment | null {
  const runs = alignRuns(ref, doc, windowFrom, windowTo, anchors, maxEdits);
  if (!runs) return null;

  const equalRuns = runs.filter((x) => x.equal);
  if (equalRuns.length === 0) return null;
  const first = equalRuns.find((x) => x.refTo - x.refFrom >= ANCHOR_WORDS) ?? equalRuns[0];
  const last = equalRuns.findLast((x) => x.refTo - x.refFrom >= ANCHOR_WORDS) ?? equalRuns[equalRuns.length - 1];

  const segments: Segment[] = [];
  // Before the first anchor: the reference words there are missing, unless the document replaced a few of them
  // in the same paragraph (an edited first words), in which case those document words belong to the licence.
  if (first.refFrom > 0) {
    const missing = countRequired(ref, 0, first.refFrom);
    const lead: Segment = { op: 'change', refFrom: 0, refTo: first.refFrom, docFrom: pullBack(doc, first.docFrom, missing, windowFrom), docTo: first.docFrom };
    // The copy's own heading or copyright line ("The MIT License (MIT)", "Copyright (c) 2016 Jane Doe") sits just
    // before the first shared words: take it into the licence when that costs no real change.
    const headed = { ...lead, docFrom: headingStart(doc, lead.docFrom, windowFrom) };
    segments.push(headed.docFrom < lead.docFrom && isIgnorable(ref, doc, headed) ? headed : lead);
  }
  let inChange: Segment | null = null;
  for (const run of runs) {
    if (run.docFrom < first.docFrom || run.refFrom < first.refFrom) continue;
    if (run.docTo > last.docTo || run.refTo > last.refTo) continue;
    if (run.equal) {
      inChange = null;
      segments.push({ op: 'equal', refFrom: run.refFrom, refTo: run.refTo, docFrom: run.docFrom, docTo: run.docTo });
    } else if (inChange) {
      inChange.refTo = run.refTo;
      inChange.docTo = run.docTo;
    } else {
      inChange = { op: 'change', refFrom: run.refFrom, refTo: run.refTo, docFrom: run.docFrom, docTo: run.docTo };
      segments.push(inChange);
    }
  }
  if (last.refTo < ref.tokens.length) {
    const missing = countRequired(ref, last.refTo, ref.tokens.length);
    const docTo = pushForward(doc, last.docTo, missing, windowTo);
    segments.push({ op: 'change', refFrom: last.refTo, refTo: ref.tokens.length, docFrom: last.docTo, docTo });
  }

  let matched = 0;
  let changedRef = 0;
  let changedDoc = 0;
  for (const s of segments) {
    if (s.op === 'equal') {
      matched += s.refTo - s.refFrom;
      continue;
    }
    if (isIgnorable(ref, doc, s)) {
      s.op = 'ignorable';
      matched += countRequired(ref, s.refFrom, s.refTo);
    } else {
      changedRef += s.refTo - s.refFrom;
      changedDoc += s.docTo - s.docFrom;
    }
  }
  const docFrom = segments[0].docFrom;
  const docTo = segments[segments.length - 1].docTo;
  const score = matched === 0 ? 0 : (2 * matched) / (2 * matched + changedRef + changedDoc);
  return {
    ref,
    segments,
    docFrom,
    docTo,
    matched,
    changedRef,
    changedDoc,
    score,
    coverage: matched / Math.max(1, matched + changedRef),
    purity: matched / Math.max(1, matched + changedDoc),
  };
}

interface Run {
  equal: boolean;
  refFrom: number;
  refTo: number;
  docFrom: number;
  docTo: number;
}

/**
 * Equal and unequal runs covering the whole reference and the window. Anchor pairs are equal by construction;
 * only the gaps between them go through the word diff, so a near-copy of a long licence costs little.
 */
function alignRuns(ref: CompiledReference, doc: AlignedDocument, windowFrom: number, windowTo: number, anchors: Int32Array, maxEdits: number): Run[] | null {
  const runs: Run[] = [];
  let budget = maxEdits;
  let r = 0;
  let d = windowFrom;
  const diffGap = (refTo: number, docTo: number): boolean => {
    if (refTo === r && docTo === d) return true;
    if (refTo === r || docTo === d) {
      pushRun(runs, false, r, refTo, d, docTo);
      budget -= refTo - r + (docTo - d);
    } else {
      const changes = diffArrays(Array.from(ref.ids.subarray(r, refTo)), Array.from(doc.ids.subarray(d, docTo)), { maxEditLength: Math.max(0, budget) });
      if (!changes) return false;
      for (const change of changes) {
        const n = change.count ?? change.value.length;
        if (change.added) {
          pushRun(runs, false, r, r, d, d + n);
          d += n;
          budget -= n;
        } else if (change.removed) {
          pushRun(runs, false, r, r + n, d, d);
          r += n;
          budget -= n;
        } else {
          pushRun(runs, true, r, r + n, d, d + n);
          r += n;
          d += n;
        }
      }
    }
    r = refTo;
    d = docTo;
    return budget >= 0;
  };
  for (let i = 0; i < anchors.length; i += 2) {
    const docToken = anchors[i];
    const refToken = anchors[i + 1];
    if (docToken < windowFrom || docToken >= windowTo) continue;
    if (!diffGap(refToken, docToken)) return null;
    pushRun(runs, true, refToken, refToken + 1, docToken, docToken + 1);
    r = refToken + 1;
    d = docToken + 1;
  }
  if (!diffGap(ref.tokens.length, windowTo)) return null;
  return runs;
}

function pushRun(runs: Run[], equal: boolean, refFrom: number, refTo: number, docFrom: number, docTo: number): void {
  if (refFrom === refTo && docFrom === docTo) return;
  const prev = runs[runs.length - 1];
  if (prev && prev.equal === equal && prev.refTo === refFrom && prev.docTo === docFrom) {
    prev.refTo = refTo;
    prev.docTo = docTo;
    return;
  }
  runs.push({ equal, refFrom, refTo, docFrom, docTo });
}

/** Reference tokens in [from, to) a copy must contain (not in an optional span). */
function countRequired(ref: CompiledReference, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!(ref.flags[i] & FLAG_OPTIONAL)) n++;
  return n;
}

/** Up to `count` document tokens before `at` that sit in the same paragraph (no blank line between). */
function pullBack(doc: AlignedDocument, at: number, count: number, floor: number): number {
  let from = at;
  while (from > floor && at - from < count && !blankLineBetween(doc, from - 1, from)) from--;
  return from;
}

function pushForward(doc: AlignedDocument, at: number, count: number, ceiling: number): number {
  let to = at;
  while (to < ceiling && to - at < count && !blankLineBetween(doc, to - 1, to)) to++;
  return to;
}

/** Start of the (at most two) short blocks — headings, copyright lines — right before document token `at`. */
const HEADING_BLOCK_WORDS = 15;

function headingStart(doc: AlignedDocument, at: number, floor: number): number {
  let from = at;
  for (let block = 0; block < 2 && from > floor; block++) {
    // Tokens [blockStart, from) are the block (paragraph) that ends right before `from`.
    let blockStart = from - 1;
    while (blockStart > floor && !blankLineBetween(doc, blockStart - 1, blockStart)) blockStart--;
    if (from - blockStart > HEADING_BLOCK_WORDS) break;
    from = blockStart;
  }
  return from;
}

function blankLineBetween(doc: AlignedDocument, a: number, b: number): boolean {
  if (a < 0 || b >= doc.tokens.length) return true;
  return /\n[ \t]*\n/.test(doc.text.slice(doc.tokens[a].end, doc.tokens[b].start));
}

/**
 * A hunk is not a change of wording when, once optional reference words and copyright statements are set aside:
 * - only a link target was added or dropped (a rendering shows either the label or the target);
 * - the same letters remain, split or joined differently ("non-commercial" / "noncommercial", a PDF's
 *   "com- mercial");
 * - it replaces a template phrase of the reference (BSD's "the copyright holder") with at most its allowed words.
 */
function isIgnorable(ref: CompiledReference, doc: AlignedDocument, s: Segment): boolean {
  const refWords: number[] = [];
  const docWords: number[] = [];
  let refLinks = 0;
  let docLinks = 0;
  for (let i = s.refFrom; i < s.refTo; i++) {
    if (ref.flags[i] & FLAG_OPTIONAL) continue;
    const kind = ref.tokens[i].kind;
    if (kind === 'word') refWords.push(i);
    else if (kind === 'link') refLinks++;
  }
  for (let j = s.docFrom; j < s.docTo; j++) {
    const kind = doc.tokens[j].kind;
    if (kind === 'word') docWords.push(j);
    else if (kind === 'link') docLinks++;
  }
  if (refLinks > 0 && docLinks > 0) return false;
  if (refWords.length === 0 && docWords.length === 0) return true;
  if ((refWords.length === 0) !== (docWords.length === 0)) {
    const [text, tokens, words] = refWords.length > 0 ? [ref.ref.text, ref.tokens, refWords] : [doc.text, doc.tokens, docWords];
    if (isSectionNumber(text, tokens[words[0]], tokens[words[words.length - 1]])) return true;
  }
  const refJoined = refWords.map((i) => ref.tokens[i].word).join('');
  const docJoined = docWords.map((j) => doc.tokens[j].word).join('');
  if (refJoined === docJoined) return true;
  return replacesVariable(ref, s, refWords, docWords.length);
}

/**
 * A section number present on one side only: "under section 7. This requirement" joined from a hard-wrapped
 * line on one side and a list number on the other, or a heading "Section 1: DEFINITIONS 1.1 Definitions" that a
 * PDF importer put on one line. Numbering is not wording. Only short numbers shaped like an enumerator ("7.",
 * "1.1", "b)", "iv.") qualify, so a dropped "700" in "700 million" is still a change.
 */
const SECTION_NUMBER = /^(?:\d{1,2}|[a-z]|[ivxlc]{2,5})(?:\\?[.)](?:\d{1,2}|[a-z]|[ivxlc]{2,5}))*\\?[.)]?$/i;

function isSectionNumber(text: string, first: LegalToken, last: LegalToken): boolean {
  let end = last.end;
  if (/[.)]/.test(text[end] ?? '')) end++;
  const raw = text.slice(first.start, end);
  if (raw.length > 12 || !/[.)]/.test(raw)) return false;
  return SECTION_NUMBER.test(raw) && /^(?:\s|$)/.test(text.slice(end, end + 1));
}

function replacesVariable(ref: CompiledReference, s: Segment, refWords: number[], docWordCount: number): boolean {
  let v = -1;
  if (refWords.length > 0) {
    v = ref.variable[refWords[0]];
    if (v < 0 || refWords.some((i) => ref.variable[i] !== v)) return false;
  } else {
    // An insertion inside (or at the edge of) a template phrase whose other words were kept.
    const before = s.refFrom > 0 ? ref.variable[s.refFrom - 1] : -1;
    const after = s.refFrom < ref.tokens.length ? ref.variable[s.refFrom] : -1;
    v = before >= 0 ? before : after;
    if (v < 0) return false;
    // The kept words of the phrase count towards what may stand in its place.
    let kept = 0;
    for (let i = 0; i < ref.variable.length; i++) if (ref.variable[i] === v) kept++;
    return docWordCount + kept <= ref.ref.variables[v].maxWords;
  }
  return docWordCount <= ref.ref.variables[v].maxWords;
}
