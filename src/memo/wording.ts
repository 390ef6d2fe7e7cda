/**
 * The words a memo prints for the engine's codes. Verdict, role and decision labels come from src/assess/topics
 * (shared with the app); what is only the memo's lives here.
 */
import { taxonomyCategory } from '../clauses/taxonomy';
import { CATEGORIES, type Category } from '../clauses/types';
import type { AssessmentStatus } from '../assess/topics';
import { excerpt } from './text';
import type { MemoQuote, MemoVersionChanges, VerdictTone } from './types';

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  decided: 'Decided',
};

/** A clause category as the memo titles it (the taxonomy's name), or "Note" for counsel's plain notes. */
export function categoryTitle(category: string): string {
  if (category === 'note') return 'Note';
  return isCategory(category) ? taxonomyCategory(category).name : category;
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export const STANCE_LABELS: Record<string, string> = {
  permits: 'permits',
  requires: 'requires',
  restricts: 'restricts',
  prohibits: 'prohibits',
  disclaims: 'disclaims',
  defines: 'defines',
};

/**
 * How each answer reads for the business: an answer with no strings attached is favourable, one with conditions
 * calls for caution, one that rules the use out (or hands outputs to the provider) is restrictive. Answers the
 * reviewer typed freely, and "not addressed", are neutral: the memo does not guess.
 */
const TONES: Record<string, VerdictTone> = {
  permitted: 'favourable',
  conditional: 'caution',
  'non-commercial': 'restrictive',
  required: 'caution',
  'not-required': 'favourable',
  user: 'favourable',
  'not-claimed': 'favourable',
  provider: 'restrictive',
  embedded: 'caution',
  'by-reference': 'caution',
  none: 'favourable',
};

export function verdictTone(verdict: string): VerdictTone {
  return TONES[verdict] ?? 'neutral';
}

/** Background tint per tone (hex, no #): light enough for black text, told apart by the printed words too. */
export const TONE_FILL: Record<VerdictTone, string> = {
  favourable: 'E3F1E6',
  caution: 'FFF1D6',
  restrictive: 'F9DEDC',
  neutral: 'EEEEEE',
};

/** "§ 1.b.v, p. 3" — the part of a citation after the document. Empty when neither is known. */
export function sectionAndPage(section: string | null, page: number | null): string {
  return [section ? `§ ${section}` : null, page ? `p. ${page}` : null].filter(Boolean).join(', ');
}

/** Section and page, or the heading the passage sits under: "§ 1.b.v, p. 3", "under “Content Rights”". */
export function placeOf(c: { section: string | null; heading: string | null; page: number | null }): string {
  return sectionAndPage(c.section, c.page) || (c.heading ? `under “${c.heading}”` : '');
}

/** "D1 Llama 3.1 Community License Agreement, § 1.b.v, p. 3" (title left out with `short`). */
export function citationText(c: { documentRef: string; documentTitle: string; section: string | null; heading: string | null; page: number | null }, short = false): string {
  const where = placeOf(c);
  const who = short ? c.documentRef : `${c.documentRef} ${c.documentTitle}`;
  return where ? `${who}, ${where}` : who;
}

/**
 * The clauses behind an answer as short references for a table cell: "§ 1.b.v", or the opening words of the
 * clause when the document has no section numbers or pages. Repeats are dropped; past `max`, the rest are
 * counted ("and 6 more") so the summary table stays a summary — the reasoning section lists them all.
 */
export function clauseReferences(clauses: MemoQuote[], max = 3): { refs: string[]; more: number } {
  const all = [...new Set(clauses.map((c) => sectionAndPage(c.citation.section, c.citation.page) || `“${excerpt(c.quote, 40)}”`))];
  return { refs: all.slice(0, max), more: Math.max(0, all.length - max) };
}

/** How much of a quote the reasoning section repeats when the findings section prints it in full. */
export const REASONING_EXCERPT = 280;

/** "Compared with Llama 3 Community License (Llama 3, effective 18 April 2024; SHA-256 1a2b3c4d5e6f…)." */
export function earlierLine(c: MemoVersionChanges): string {
  const details = [c.earlierVersionLabel, c.earlierDateLabel ? `effective ${c.earlierDateLabel}` : null].filter(Boolean).join(', ');
  return `Compared with ${c.earlierTitle} (${details ? `${details}; ` : ''}SHA-256 ${c.earlierSha256.slice(0, 12)}…), the version in the library before it.`;
}

/** Where a change is: its citation in the current text, or where removed wording stood in the earlier version. */
export function changePlace(x: MemoVersionChanges['changes'][number]): string {
  if (x.citation) return citationText(x.citation);
  return x.earlierSection ? `removed from § ${x.earlierSection} of the earlier version` : 'removed from the earlier version';
}
