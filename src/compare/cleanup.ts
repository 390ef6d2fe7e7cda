import type { Run } from './align-tokens';
import type { ComparisonTokens } from './tokens';

/** A run after clean-up: `noise` is a difference that is not one of wording (a hyphenation, a link target). */
export interface AlignedRun {
  op: 'equal' | 'change' | 'noise';
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/** An equality this short, between two larger edits, is coincidence ("the", "of"), not shared wording. */
const MAX_COINCIDENTAL_EQUALITY = 3;

/**
 * Makes the alignment readable and honest:
 * - a few equal words stranded between two larger edits are folded into them (the semantic clean-up of
 *   diff-match-patch, at word level), so a rewritten sentence reads as replaced rather than as confetti;
 * - a change that is only a different split of the same letters ("non-commercial" / "noncommercial", a PDF's
 *   "com- mercial") or only a link target that one rendering prints and the other does not is `noise`.
 */
export function cleanUpRuns(runs: Run[], a: ComparisonTokens, b: ComparisonTokens): AlignedRun[] {
  const merged = splitWholeSentences(splitLeadingNumbers(foldCoincidentalEqualities(slideToBlockBoundaries(runs, a, b), a, b), a, b), a, b);
  return merged.map((r) => (r.op === 'change' && isNoise(r, a, b) ? { ...r, op: 'noise' } : { ...r }));
}

/** Token i starts a sentence: a stop stands between it and the word before, or it opens its block. */
function startsSentence(t: ComparisonTokens, i: number): boolean {
  if (i <= 0 || i >= t.ids.length) return true;
  return t.blockOf[i] !== t.blockOf[i - 1] || /[.;!?]/.test(t.text.slice(t.ends[i - 1], t.starts[i]));
}

/**
 * An edit inside a sentence that runs on through whole sentences struck out (or written in) on one side only —
 * "official blessing. Don’t mislead people … as applicable." now "official written consent." — is two edits:
 * the words replaced in the sentence, and the sentences removed (or added) whole, so each is read and said on
 * its own ("“blessing” replaced by “written consent”"; an obligation removed).
 */
function splitWholeSentences(runs: Run[], a: ComparisonTokens, b: ComparisonTokens): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.op !== 'change' || r.aTo === r.aFrom || r.bTo === r.bFrom || startsSentence(a, r.aFrom) || startsSentence(b, r.bFrom)) {
      out.push(r);
      continue;
    }
    const cut = (t: ComparisonTokens, from: number, to: number) => {
      for (let i = from + 1; i < to; i++) if (startsSentence(t, i)) return i;
      return -1;
    };
    const inA = cut(a, r.aFrom, r.aTo);
    const inB = cut(b, r.bFrom, r.bTo);
    // Only one side runs on, and the other side's edit ends its sentence there.
    if (inA > 0 && inB < 0 && startsSentence(b, r.bTo)) out.push({ ...r, aTo: inA }, { ...r, aFrom: inA, bFrom: r.bTo });
    else if (inB > 0 && inA < 0 && startsSentence(a, r.aTo)) out.push({ ...r, bTo: inB }, { ...r, aFrom: r.aTo, bFrom: inB });
    else out.push(r);
  }
  return out;
}

/**
 * The number a heading prints before its text ("1.**Services**"), glued to it so the tokenizer keeps it as a word:
 * true when token i opens its block, is a section number, and a stop or bracket follows it.
 */
function isLeadingNumber(t: ComparisonTokens, i: number): boolean {
  if (i < 0 || i >= t.blockOf.length || t.blockStart[t.blockOf[i]] !== i || !/^\d{1,3}(?:\.\d{1,3})*$/.test(t.words[i])) return false;
  return /^[.)]/.test(t.text.slice(t.ends[i], t.ends[i] + 1));
}

/**
 * A pure deletion (or insertion) that ends or starts in a heading's printed number — a paragraph struck just before
 * a heading whose number was dropped ("1.**Services**" now "Services") — is cut there, so the number alone can be
 * read as numbering rather than wording.
 */
function splitLeadingNumbers(runs: Run[], a: ComparisonTokens, b: ComparisonTokens): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const deletion = r.op === 'change' && r.bFrom === r.bTo;
    const insertion = r.op === 'change' && r.aFrom === r.aTo;
    if (!deletion && !insertion) {
      // An edit that runs into the next heading's printed number on one side only: the number is cut off its end.
      const aNumber = r.op === 'change' && isLeadingNumber(a, r.aTo - 1) && !isLeadingNumber(b, r.bTo - 1);
      const bNumber = r.op === 'change' && isLeadingNumber(b, r.bTo - 1) && !isLeadingNumber(a, r.aTo - 1);
      if (aNumber) out.push({ ...r, aTo: r.aTo - 1 }, { ...r, aFrom: r.aTo - 1, bFrom: r.bTo });
      else if (bNumber) out.push({ ...r, bTo: r.bTo - 1 }, { ...r, aFrom: r.aTo, bFrom: r.bTo - 1 });
      else out.push(r);
      continue;
    }
    const [t, from, to] = deletion ? [a, r.aFrom, r.aTo] : [b, r.bFrom, r.bTo];
    let start = from;
    for (let i = from; i < to; i++) {
      if (!isLeadingNumber(t, i)) continue;
      for (const [x, y] of [
        [start, i],
        [i, i + 1],
      ]) {
        if (y > x) out.push(deletion ? { ...r, aFrom: x, aTo: y } : { ...r, bFrom: x, bTo: y });
      }
      start = i + 1;
    }
    if (to > start) out.push(deletion ? { ...r, aFrom: start, aTo: to } : { ...r, bFrom: start, bTo: to });
  }
  return out;
}

/**
 * A pure insertion (or deletion) can often sit at several places with the same words around it: inserting a new
 * list item "Engage in any action …" before an old item that also starts "Engage in" can match the old item's
 * first words to the new item's. Like git's diff sliders, slide such an edit along the repeated words to where it
 * starts (and ideally ends) at a block boundary, so a new item reads as inserted whole.
 */
function slideToBlockBoundaries(input: Run[], a: ComparisonTokens, b: ComparisonTokens): Run[] {
  const runs = input.map((r) => ({ ...r }));
  for (let i = 1; i + 1 < runs.length; i++) {
    const prev = runs[i - 1];
    const r = runs[i];
    const next = runs[i + 1];
    if (r.op !== 'change' || prev.op !== 'equal' || next.op !== 'equal') continue;
    const insertion = r.aFrom === r.aTo;
    if (!insertion && r.bFrom !== r.bTo) continue;
    const side = insertion ? b : a;
    const ids = side.ids;
    const [from, to] = insertion ? [r.bFrom, r.bTo] : [r.aFrom, r.aTo];
    const boundary = (t: number) => t === 0 || t >= ids.length || side.blockOf[t] !== side.blockOf[t - 1];
    // Failing a block boundary, a sentence's: a sentence written into a clause that repeats the clause's opening
    // words ("IN NO EVENT WILL ACME …") reads as that sentence added, not as a cut from mid-word to mid-sentence.
    const sentenceStart = (t: number) => t > 0 && t < ids.length && /[.;:!?]/.test(side.text.slice(side.ends[t - 1], side.starts[t]));
    const score = (t0: number, t1: number) => (boundary(t0) ? 4 : 0) + (boundary(t1) ? 2 : 0) + (sentenceStart(t0) ? 1 : 0) + (sentenceStart(t1) ? 1 : 0);
    let left = 0;
    while (left < prev.aTo - prev.aFrom && from - left - 1 >= 0 && ids[from - left - 1] === ids[to - left - 1]) left++;
    let right = 0;
    while (right < next.aTo - next.aFrom && to + right < ids.length && ids[from + right] === ids[to + right]) right++;
    if (left === 0 && right === 0) continue;
    let best = 0;
    let bestScore = score(from, to);
    for (let shift = -left; shift <= right; shift++) {
      const here = score(from + shift, to + shift);
      if (here > bestScore) {
        best = shift;
        bestScore = here;
      }
    }
    if (best === 0) continue;
    prev.aTo += best;
    prev.bTo += best;
    r.aFrom += best;
    r.aTo += best;
    r.bFrom += best;
    r.bTo += best;
    next.aFrom += best;
    next.bFrom += best;
  }
  return runs.filter((r) => r.aTo > r.aFrom || r.bTo > r.bFrom);
}

function editSize(r: Run): number {
  return Math.max(r.aTo - r.aFrom, r.bTo - r.bFrom);
}

/**
 * Equal words that start or end where a block starts or ends on both sides (an unchanged heading between two
 * edited date lines of a page printed twice) are the documents' structure, not coincidence: never folded.
 */
function atSharedBoundary(r: Run, a: ComparisonTokens, b: ComparisonTokens): boolean {
  const boundary = (side: ComparisonTokens, t: number) => t === 0 || t >= side.ids.length || side.blockOf[t] !== side.blockOf[t - 1];
  return (boundary(a, r.aFrom) && boundary(b, r.bFrom)) || (boundary(a, r.aTo) && boundary(b, r.bTo));
}

function foldCoincidentalEqualities(input: Run[], a: ComparisonTokens, b: ComparisonTokens): Run[] {
  let runs = input.map((r) => ({ ...r }));
  let changed = true;
  while (changed) {
    changed = false;
    const out: Run[] = [];
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i];
      const before = out[out.length - 1];
      const after = runs[i + 1];
      const len = r.aTo - r.aFrom;
      if (r.op === 'equal' && before?.op === 'change' && after?.op === 'change' && len <= MAX_COINCIDENTAL_EQUALITY && len <= editSize(before) && len <= editSize(after) && !atSharedBoundary(r, a, b)) {
        before.aTo = after.aTo;
        before.bTo = after.bTo;
        i++;
        changed = true;
        continue;
      }
      if (before && before.op === r.op && before.aTo === r.aFrom && before.bTo === r.bFrom) {
        before.aTo = r.aTo;
        before.bTo = r.bTo;
        continue;
      }
      out.push({ ...r });
    }
    runs = out;
  }
  return runs;
}

function isNoise(r: Run, a: ComparisonTokens, b: ComparisonTokens): boolean {
  let aLetters = '';
  let bLetters = '';
  let aWords = 0;
  let bWords = 0;
  for (let i = r.aFrom; i < r.aTo; i++) {
    if (a.link[i] || isListMarker(a, i)) continue;
    aLetters += a.words[i];
    aWords++;
  }
  for (let j = r.bFrom; j < r.bTo; j++) {
    if (b.link[j] || isListMarker(b, j)) continue;
    bLetters += b.words[j];
    bWords++;
  }
  // A section number printed in one rendering's text where the other keeps it as the block's number (a PDF that
  // ran the heading "1.1 Definitions" into the heading before it).
  if (aWords === 0 && isPrintedNumberOf(b, r.bFrom, r.bTo, a, r.aFrom)) return true;
  if (bWords === 0 && isPrintedNumberOf(a, r.aFrom, r.aTo, b, r.bFrom)) return true;
  // A heading's own number printed in its text ("Section 3: Distribution" now "Section 5: Distribution"): the
  // section was renumbered, its words did not change.
  if (aWords > 0 && bWords > 0 && isOwnLeadingNumber(a, r.aFrom, r.aTo) && isOwnLeadingNumber(b, r.bFrom, r.bTo)) return true;
  // A heading's printed number dropped or added, glued to its text ("1.**Services**" now "Services").
  if ((aWords === 0 && r.bTo - r.bFrom === 1 && isLeadingNumber(b, r.bFrom)) || (bWords === 0 && r.aTo - r.aFrom === 1 && isLeadingNumber(a, r.aFrom))) return true;
  // A printed web address given or stripped of its scheme or "www." ("aka.ms/trust" now "https://aka.ms/trust").
  if (isAddressPrefix(a, r.aFrom, r.aTo) && isAddressPrefix(b, r.bFrom, r.bTo)) return true;
  const aLinks = r.aTo - r.aFrom - aWords;
  const bLinks = r.bTo - r.bFrom - bWords;
  // A link target on one side only: one rendering prints it, the other only the label. A changed target is real;
  // the same target split differently by a line break ("faceb ook.com", then no longer read as one link) is not.
  if ((aLinks > 0 || bLinks > 0) && allLetters(a, r.aFrom, r.aTo) === allLetters(b, r.bFrom, r.bTo)) return true;
  if (aLinks > 0 && bLinks > 0) return false;
  return aLetters === bLetters;
}

/**
 * True when tokens [from, to) are nothing, or only the scheme and "www." of a web address printed in the text:
 * "https" directly followed by "://", "www" by ".".
 */
function isAddressPrefix(t: ComparisonTokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = t.words[i];
    const after = t.text.slice(t.ends[i], t.ends[i] + 3);
    if (!((w === 'http' || w === 'https') && after === '://') && !(w === 'www' && after[0] === '.')) return false;
  }
  return true;
}

/**
 * A list number the tokenizer kept because it is not at a line start: "… following: 14. Generating … 15.
 * Generating" when a Markdown renderer ran nested items into their parent's paragraph. "15." or "(c)" followed by
 * a space numbers an item; it is not a word of the clause.
 */
function isListMarker(t: ComparisonTokens, i: number): boolean {
  if (!/^(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})$/.test(t.words[i])) return false;
  const after = t.text[t.ends[i]];
  const following = t.text[t.ends[i] + 1];
  if ((after === '.' || after === ')') && (following === undefined || /\s/.test(following))) return true;
  return t.text[t.starts[i] - 1] === '(' && after === ')';
}

/** True when tokens [from, to) of one side spell the printed number of the other side's block at `at` (or the one before). */
function isPrintedNumberOf(side: ComparisonTokens, from: number, to: number, other: ComparisonTokens, at: number): boolean {
  if (to - from > 4 || to <= from) return false;
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    // The tokenizer may keep "1.1" as one word or split it: compare its parts either way.
    for (const part of side.words[i].split(/[^a-z0-9]+/).filter(Boolean)) {
      if (!/^(?:\d{1,3}|[a-z]|[ivxlc]{1,6})$/.test(part)) return false;
      words.push(part);
    }
  }
  const spelled = words.join('.');
  const block = at < other.blockOf.length ? other.blockOf[at] : other.blockNumbers.length - 1;
  return [block, block - 1].some((b) => b >= 0 && other.blockNumbers[b] === spelled);
}

/** True when tokens [from, to) open their block (after at most one word, "Section") and spell the block's own number. */
function isOwnLeadingNumber(t: ComparisonTokens, from: number, to: number): boolean {
  if (to <= from || from >= t.blockOf.length) return false;
  const block = t.blockOf[from];
  if (t.blockOf[to - 1] !== block || from - t.blockStart[block] > 1 || !t.blockNumbers[block]) return false;
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(...t.words[i].split(/[^a-z0-9]+/).filter(Boolean));
  return words.join('.') === t.blockNumbers[block];
}

function allLetters(t: ComparisonTokens, from: number, to: number): string {
  let letters = '';
  for (let i = from; i < to; i++) letters += t.words[i];
  return letters;
}
