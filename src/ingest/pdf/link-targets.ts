import type { PlacedRun } from './page-lines';

/** A web or e-mail link annotation on the page: its target and the area it covers, in viewport coordinates. */
export interface LinkArea {
  url: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/**
 * Writes each link's target after its text, "label (https://…)", as the document model does for every format
 * (an incorporated policy's address matters to counsel), unless the printed text already is the target. A link
 * broken over two lines comes as one annotation per line with the same target: the target follows the last line's.
 * The position inside a run is found by the share of the run's width the link covers, moved to the nearest
 * word boundary (glyphs differ in width, so the share is only close).
 */
export function placeLinkTargets(runs: PlacedRun[], links: readonly LinkArea[]): void {
  for (let i = 0; i < links.length; ) {
    let j = i + 1;
    while (j < links.length && links[j].url === links[i].url) j++;
    placeLink(runs, links.slice(i, j));
    i = j;
  }
}

function placeLink(runs: PlacedRun[], parts: readonly LinkArea[]): void {
  let label = '';
  let end: { run: PlacedRun; at: number } | undefined;
  // In reading order: LibreOffice lists a link's pieces on two lines from the lower one up.
  const ordered = [...parts].sort((a, b) => (Math.abs(a.top - b.top) < 2 ? a.x0 - b.x0 : a.top - b.top));
  for (const part of ordered) {
    const covered = runs.filter((run) => covers(part, run)).sort((a, b) => a.x0 - b.x0);
    for (const run of covered) {
      let from = charIndex(run, part.x0);
      // A label starts where a word does: a start measured inside a token goes back to the token's start.
      if (label === '' && from < run.str.length && !/\s/.test(run.str[from])) {
        while (from > 0 && !/[\s(“"']/.test(run.str[from - 1])) from--;
      }
      const to = charIndex(run, part.x1);
      label += run.str.slice(from, to);
      end = { run, at: to };
    }
  }
  if (!end) return;
  const url = parts[0].url;
  const rest = addressTail(label, end.run.str.slice(end.at));
  // The printed text is the target itself (a stop measured into the label is not part of it).
  if (plain(label + rest).replace(/[.,;:]+$/, '') === plain(url).replace(/[.,;:]+$/, '')) return;
  // A link measured to end past the space or the stop after its label (the end is estimated from glyph widths): the
  // target goes before them ("Terms (…) and", "OpenAI Codex (…),", "this form (…)."); a label does not end in a
  // comma or colon, nor in the full stop ending a sentence.
  let at = end.at + rest.length;
  while (at > 0 && /\s/.test(end.run.str[at - 1])) at--;
  const str = end.run.str;
  if (rest === '' && at > 1 && /[,;:.]/.test(str[at - 1]) && /[\p{L}\p{N})]/u.test(str[at - 2]) && (str[at - 1] !== '.' || at === str.length || /\s/.test(str[at]))) at--;
  (end.run.inserts ??= []).push({ at, text: ` (${url})` });
}

/**
 * The rest of an address the link's measured end fell short of ("falconllm.partnerships@tii." + "ae"): the
 * target goes after the whole address, never inside it. Only for a label that is an address, whose characters
 * run on with no space; a full stop after it ends the sentence, not the address.
 */
function addressTail(label: string, after: string): string {
  if (!/@|:\/\/|^www\./i.test(label.trim()) || /\s$/.test(label)) return '';
  return /^[\p{L}\p{N}._%+\-/@]*[\p{L}\p{N}/]/u.exec(after)?.[0] ?? '';
}

/** Whether a link area covers (part of) a run: half the run's height inside it, and some of its width. */
function covers(link: LinkArea, run: PlacedRun): boolean {
  const vertical = Math.min(link.bottom, run.bottom) - Math.max(link.top, run.top);
  return vertical >= 0.5 * (run.bottom - run.top) && Math.min(link.x1, run.x1) - Math.max(link.x0, run.x0) > 0.5;
}

function charIndex(run: PlacedRun, x: number): number {
  const { str } = run;
  const share = (x - run.x0) / Math.max(1e-6, run.x1 - run.x0);
  const estimate = indexAtShare(run, share);
  for (let distance = 0; distance <= 3; distance++) {
    for (const at of [estimate - distance, estimate + distance]) if (at >= 0 && at <= str.length && isWordBoundary(str, at)) return at;
  }
  return estimate;
}

/** Each run's advance, character by character, in rough glyph widths (measured once per run). */
const advances = new WeakMap<PlacedRun, Float64Array>();

/**
 * The character boundary at a share of the run's width, measured with rough widths of proportional type (an "i" is
 * a third of an "m"): a whole line is often one run, and counting every character alike puts the end of a link
 * near the end of a long line words away from where it is ("this|form").
 */
function indexAtShare(run: PlacedRun, share: number): number {
  let sums = advances.get(run);
  if (!sums) {
    sums = new Float64Array(run.str.length + 1);
    for (let i = 0; i < run.str.length; i++) sums[i + 1] = sums[i] + glyphWidth(run.str[i]);
    advances.set(run, sums);
  }
  const target = Math.min(1, Math.max(0, share)) * sums[sums.length - 1];
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sums[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low > 0 && target - sums[low - 1] < sums[low] - target ? low - 1 : low;
}

/** Rough advance widths of a proportional typeface, in thousandths of an em (Helvetica and Times lie near these). */
function glyphWidth(ch: string): number {
  if (/[il.,;:'!|]/.test(ch)) return 260;
  if (/[jftr\s()[\]"\-/I]/.test(ch)) return 330;
  if (/[mwMW]/.test(ch)) return 830;
  if (/[A-Z]/.test(ch)) return 680;
  return 520;
}

/** Between a word and what is not part of it, or before a capitalised word run into the previous one ("PDF|View"). */
function isWordBoundary(str: string, at: number): boolean {
  if (at === 0 || at === str.length) return true;
  const before = str[at - 1];
  const after = str[at];
  const letter = /[\p{L}\p{N}]/u;
  if (!letter.test(before) || !letter.test(after)) return true;
  return /\p{Lu}/u.test(after) && (/\p{Ll}/u.test(before) || /\p{Ll}/u.test(str[at + 1] ?? ''));
}

function plain(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
}
