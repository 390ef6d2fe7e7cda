import { VERDICT_LABELS } from '../assess/topics';
import type { Category, Finding, Stance } from '../clauses/types';

/** Category names as counsel say them in a change summary ("Output use: …"). */
export const CATEGORY_LABELS: Record<Category, string> = {
  'commercial-use': 'Commercial use',
  attribution: 'Attribution',
  'output-ownership': 'Output use',
  'acceptable-use': 'Acceptable use',
  redistribution: 'Redistribution',
  derivatives: 'Derivatives',
  'licence-changes': 'Changes to the terms',
  termination: 'Termination',
  'liability-warranty': 'Liability',
  'governing-law': 'Governing law',
  'data-and-training': 'Data and training',
};

const STANCE_NOUNS: Record<Stance, string> = {
  permits: 'a permission',
  requires: 'an obligation',
  restricts: 'a restriction',
  prohibits: 'a prohibition',
  disclaims: 'a disclaimer',
  defines: 'a definition',
};

/** "Limits using outputs to …" -> "the restriction on using outputs to …": a rule's explanation as a noun phrase. */
const EXPLANATION_VERBS: Array<[RegExp, string]> = [
  // "Limits or excludes the provider's liability" -> "the limitation or exclusion of the provider's liability".
  [/^Limits or excludes\s+/, 'limitation or exclusion of '],
  [/^Limits\s+/, 'restriction on '],
  [/^Restricts\s+/, 'restriction on '],
  [/^Prohibits\s+/, 'prohibition on '],
  [/^Forbids\s+/, 'prohibition on '],
  [/^Bans\s+/, 'ban on '],
  [/^Requires\s+/, 'requirement of '],
  [/^Permits\s+/, 'permission for '],
  [/^Allows\s+/, 'permission for '],
  [/^Grants\s+/, 'grant of '],
  [/^Disclaims\s+/, 'disclaimer of '],
  // Rules that describe rather than oblige: a governing-law clause is no "definition".
  [/^Defines\s+/, 'definition of '],
  [/^Names\s+/, 'clause naming '],
  [/^Sets\s+/, 'clause setting '],
  [/^Says\s+/, 'clause saying '],
];

/** Counsel's description of the clause a finding flags, e.g. "the restriction on using outputs to train, improve or develop other AI models". */
export function clauseDescription(finding: Pick<Finding, 'explanation' | 'stance'>, article: 'the' | 'a'): string {
  const sentence = finding.explanation.replace(/\{[^}]*\}/g, '').replace(/[.\s]+$/, '').replace(/\s*\([^)]*\)$/, '').replace(/[.\s]+$/, '');
  // "Listed as a prohibited use under “You may not …:”" -> "a prohibited use": the list it sits in is the context.
  const listed = /^Listed as an? ([a-z][a-z -]*?)(?:\s+under\b|$)/i.exec(sentence);
  if (listed) return `${article === 'the' ? 'the' : /^[aeiou]/i.test(listed[1]) ? 'an' : 'a'} ${listed[1]}`;
  for (const [verb, noun] of EXPLANATION_VERBS) {
    if (verb.test(sentence) && !/[;:]/.test(sentence)) {
      const phrase = `${noun}${sentence.replace(verb, '')}`;
      return `${article === 'the' ? 'the' : /^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
    }
  }
  return STANCE_NOUNS[finding.stance];
}

/** A quotation cut to a readable length at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * A quotation in double quotes; quotation marks inside it become single ones, as nested quotations are written, so a
 * clause that opens with a defined term ("“Documentation” means …") does not read ““Documentation” means …”.
 */
export function quoted(text: string, max = 160): string {
  return `“${excerpt(text, max).replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

function formatNumber(n: unknown): string {
  if (typeof n !== 'number') return String(n);
  if (n >= 1e9 && n % 1e8 === 0) return `${n / 1e9} billion`;
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6} million`;
  return n.toLocaleString('en-US');
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];
}

/** "European Union" -> "the European Union", "State of New York" -> "the State of New York" (names of unions, kingdoms and states read with an article). */
function withArticle(place: string): string {
  return /^(?:European|United|Russian|Czech|Dominican|Netherlands|Philippines|State|Commonwealth|Province|Republic|Kingdom|People's|People’s)\b/.test(place) ? `the ${place}` : place;
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A fact that changed, in counsel's words (without the category label). */
export function describeFactChange(
  name: string,
  before: unknown,
  after: unknown,
  facts: { oldCurrency?: unknown; newCurrency?: unknown; oldUnit?: unknown; newUnit?: unknown } = {},
): string {
  const missing = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  switch (name) {
    case 'noticeText':
      if (missing(before)) return `a notice must now be displayed: “${String(after)}”`;
      if (missing(after)) return `the required notice “${String(before)}” is no longer stated`;
      return `the required notice changed from “${String(before)}” to “${String(after)}”`;
    case 'namePrefix':
      if (missing(before)) return `derived model names must now begin with “${String(after)}”`;
      if (missing(after)) return `the rule that derived model names begin with “${String(before)}” is no longer stated`;
      return `the naming rule changed from a “${String(before)}” prefix to a “${String(after)}” prefix`;
    case 'mauThreshold':
      if (missing(before)) return `a threshold of ${formatNumber(after)} monthly active users now applies`;
      if (missing(after)) return `the threshold of ${formatNumber(before)} monthly active users is no longer stated`;
      return `the monthly-active-user threshold changed from ${formatNumber(before)} to ${formatNumber(after)}`;
    case 'dauThreshold':
      if (missing(before)) return `a threshold of ${formatNumber(after)} daily active users now applies`;
      if (missing(after)) return `the threshold of ${formatNumber(before)} daily active users is no longer stated`;
      return `the daily-active-user threshold changed from ${formatNumber(before)} to ${formatNumber(after)}`;
    case 'revenueThreshold': {
      const cur = (c: unknown) => (c && c !== 'unspecified' ? `${String(c)} ` : '');
      if (missing(before)) return `a revenue threshold of ${cur(facts.newCurrency)}${formatNumber(after)} now applies`;
      if (missing(after)) return `the revenue threshold of ${cur(facts.oldCurrency)}${formatNumber(before)} is no longer stated`;
      return `the revenue threshold changed from ${cur(facts.oldCurrency)}${formatNumber(before)} to ${cur(facts.newCurrency)}${formatNumber(after)}`;
    }
    case 'usageThreshold': {
      // "1 million visits per month"; a cap whose unit changed says both ("requests per month" now "API calls per month").
      const cap = (n: unknown, unit: unknown) => `${formatNumber(n)} ${unit ? String(unit) : 'uses per month'}`;
      if (missing(before)) return `free use is now capped at ${cap(after, facts.newUnit)}`;
      if (missing(after)) return `the cap of ${cap(before, facts.oldUnit)} on free use is no longer stated`;
      return `the cap on free use changed from ${cap(before, facts.oldUnit)} to ${cap(after, facts.newUnit)}`;
    }
    case 'policyUrl':
      if (missing(before)) return `a policy is now incorporated from ${String(after)}`;
      if (missing(after)) return `the policy at ${String(before)} is no longer referred to`;
      return `the incorporated policy moved from ${String(before)} to ${String(after)}`;
    case 'excludedTerritories': {
      const added = list(after).filter((t) => !list(before).includes(t));
      const removed = list(before).filter((t) => !list(after).includes(t));
      const parts: string[] = [];
      if (added.length) parts.push(`the rights are now excluded in ${joinWords(added.map(withArticle))}`);
      if (removed.length) parts.push(`${joinWords(removed.map(withArticle))} ${removed.length === 1 ? 'is' : 'are'} no longer excluded`);
      return parts.join('; ') || 'the excluded territories changed';
    }
    case 'purposeLimits': {
      const added = list(after).filter((t) => !list(before).includes(t));
      const removed = list(before).filter((t) => !list(after).includes(t));
      if (removed.length && !added.length) return `the grant is no longer limited to ${joinWords(removed)} purposes`;
      if (added.length && !removed.length) return `the grant is now limited to ${joinWords(added)} purposes`;
      return `the permitted purposes changed from ${joinWords(list(before)) || 'any'} to ${joinWords(list(after)) || 'any'}`;
    }
    case 'jurisdiction':
      if (missing(before)) return `the law of ${withArticle(String(after))} now governs`;
      if (missing(after)) return `the choice of the law of ${withArticle(String(before))} is no longer stated`;
      return `the governing law changed from ${withArticle(String(before))} to ${withArticle(String(after))}`;
    case 'grantScope':
      if (missing(after)) return `the grant is no longer limited to ${String(before)} use`;
      if (missing(before)) return `the grant is now limited to ${String(after)} use`;
      return `the scope of the grant changed from ${String(before)} to ${String(after)} use`;
    case 'outputOwner': {
      const who: Record<string, string> = { user: 'the user', provider: 'the provider', 'not-claimed': 'nobody (the provider claims no rights)' };
      const w = (v: unknown) => who[String(v)] ?? String(v);
      if (missing(after)) return `the clause on who owns outputs (${w(before)}) is gone`;
      if (missing(before)) return `outputs now belong to ${w(after)}`;
      return `who owns outputs changed from ${w(before)} to ${w(after)}`;
    }
    case 'approvalRequired':
      return after ? "the licensor's approval is now required" : "the licensor's approval is no longer required";
    case 'policyIncorporated':
      return after ? 'a separate policy is now incorporated' : 'a separate policy is no longer incorporated';
    default: {
      const show = (v: unknown) => (missing(v) ? 'not stated' : `“${list(v).join(', ')}”`);
      return `${name.replace(/([A-Z])/g, ' $1').toLowerCase()} changed from ${show(before)} to ${show(after)}`;
    }
  }
}

/**
 * A fact whose old value the clause still names next to a new one ("courts located in Tarrant County" now "in
 * Wichita County or Tarrant County"): a value added alongside, not one replaced by another — or, the other way
 * round, one of two values struck while the other stays.
 */
export function describeFactAlongside(name: string, kept: string, changed: string, how: 'added' | 'removed'): string {
  const place = name === 'jurisdiction' || name === 'excludedTerritories';
  const [k, c] = place ? [withArticle(kept), withArticle(changed)] : [`“${kept}”`, `“${changed}”`];
  const what = place ? '' : `${name.replace(/([A-Z])/g, ' $1').toLowerCase()}: `;
  return how === 'added' ? `${what}${c} is now named alongside ${k}` : `${what}${c} is no longer named; ${k} remains`;
}

const SUMMARY_FIELD_NAMES: Record<string, string> = {
  kind: 'Document kind',
  commercialUse: 'Commercial use',
  attributionRequired: 'Attribution',
  outputOwnership: 'Output ownership',
  outputRestrictions: 'Output use',
  acceptableUse: 'Acceptable use',
};

function verdictWords(field: string, value: string | boolean): string {
  if (field === 'attributionRequired') return value ? 'required' : 'not required';
  if (field === 'outputRestrictions') return value ? 'restricted' : 'unrestricted';
  if (field === 'kind') return String(value).replace(/-/g, ' ');
  return (VERDICT_LABELS[String(value)] ?? String(value)).toLowerCase();
}

/** The share of the earlier wording kept, rounded down: "100%" would read as no change beside a list of changes. */
export function percentUnchanged(similarity: number): number {
  return Math.floor(similarity * 100);
}

/** The name of a summary answer in counsel's words ("acceptableUse" -> "Acceptable use"). */
export function summaryFieldLabel(field: string): string {
  return SUMMARY_FIELD_NAMES[field] ?? field;
}

/** A summary answer's value in counsel's words ("by-reference" -> "by reference", true -> "required"). */
export function summaryValueWords(field: string, value: string | boolean): string {
  return verdictWords(field, value);
}

/** A summary answer that changed: "Commercial use: the summary changes from non-commercial only to permitted". */
/** Clauses of a use policy removed at once, from which the policy itself is gone from the document (an appended list). */
const POLICY_REMOVED_AT = 3;

export function describeSummaryChange(field: string, before: string | boolean, after: string | boolean, context: { policyClausesRemoved?: number } = {}): string {
  const label = SUMMARY_FIELD_NAMES[field] ?? field;
  if (field === 'acceptableUse' && before === 'embedded' && after === 'by-reference') {
    // A use restriction or two struck from the licence's own text leaves the incorporated policy as it was; only a
    // whole list of them dropped is the policy taken out of the document.
    if ((context.policyClausesRemoved ?? POLICY_REMOVED_AT) < POLICY_REMOVED_AT) {
      return `${label}: use restrictions written into the document were removed; the answer now rests on the policy it incorporates by reference`;
    }
    return `${label}: the acceptable use policy is no longer part of the document; it is incorporated by reference`;
  }
  if (field === 'acceptableUse' && before === 'by-reference' && after === 'embedded') {
    return `${label}: the use restrictions are now written into the document instead of incorporated by reference`;
  }
  if (field === 'attributionRequired') return `${label}: attribution is ${after ? 'now required' : 'no longer required'}`;
  if (field === 'outputRestrictions') return `${label}: ${after ? 'outputs are now restricted' : 'outputs are no longer restricted'}`;
  return `${label}: the summary answer changes from ${verdictWords(field, before)} to ${verdictWords(field, after)}`;
}
