import type { HunkIndex } from './hunks';

/** A defined term given another name throughout: “Output” now “Response”, in its definition and every use. */
export interface TermRename {
  from: string;
  to: string;
}

/** A term is renamed, not replaced here and there, when at least this many places say the same swap. */
const MIN_PLACES = 2;
/** Longest term (in words) a rename is looked for in. */
const MAX_TERM_WORDS = 3;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text defines the term: it stands in quotation marks (“Output”, "Output", **Output** in quotes). */
function defines(text: string, term: string): boolean {
  return new RegExp(`["“'‘]\\W{0,3}${escape(term)}s?\\W{0,3}["”'’]`).test(text);
}

/**
 * Defined terms renamed throughout (“Output” now “Response” in the definition and in every clause that uses it):
 * hunks that each replace the same words by the same words, in at least two places, where the old version defines
 * the old term, the new version defines the new one and no longer uses the old. Each such hunk says nothing new
 * by itself — what the term means is in its definition, and an edit there is judged there. Returns the hunks of
 * each rename, by hunk index.
 */
export function findTermRenames(index: HunkIndex, oldText: string, newText: string): Map<number, TermRename> {
  const groups = new Map<string, { rename: TermRename; hunks: number[] }>();
  index.hunks.forEach((h, k) => {
    const before = index.printedWords(h, 'old');
    const after = index.printedWords(h, 'new');
    if (before.length === 0 || after.length === 0 || before.length > MAX_TERM_WORDS || after.length > MAX_TERM_WORDS) return;
    // A defined term is written with a capital.
    if (!/^\p{Lu}/u.test(before[0]) || !/^\p{Lu}/u.test(after[0])) return;
    const rename = { from: before.join(' '), to: after.join(' ') };
    const key = `${rename.from}\u0000${rename.to}`;
    const group = groups.get(key) ?? { rename, hunks: [] };
    group.hunks.push(k);
    groups.set(key, group);
  });
  const out = new Map<number, TermRename>();
  for (const { rename, hunks } of groups.values()) {
    if (hunks.length < MIN_PLACES) continue;
    // Singular and plural are one term ("Outputs" renamed with "Output").
    const term = (t: string) => t.replace(/s$/, '');
    if (!defines(oldText, term(rename.from)) || !defines(newText, term(rename.to))) continue;
    if (new RegExp(`\\b${escape(rename.from)}\\b`).test(newText)) continue;
    for (const k of hunks) out.set(k, rename);
  }
  return out;
}
