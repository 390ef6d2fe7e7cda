/**
 * The commercial-use answer and its one-sentence condition, decided from commercial-use findings:
 * a grant limited to non-commercial purposes (with no separate commercial grant) -> non-commercial;
 * a threshold, registration, approval or separate-licence gate -> conditional; a grant -> permitted.
 */
import type { Finding } from '../clauses/types';
import type { CommercialUse } from './types';

export interface CommercialDecision {
  value: CommercialUse;
  condition: string | null;
  decidedBy: string[];
}

const NC_RULES = new Set(['commercial-use/non-commercial-grant', 'commercial-use/non-commercial-licence-statement']);
const NC_LIMIT_RULES = new Set(['commercial-use/non-commercial-grant', 'commercial-use/non-commercial-limit']);
const GRANT_RULES = new Set(['commercial-use/grant', 'commercial-use/permission', 'commercial-use/any-purpose', 'commercial-use/licence-statement']);
const THRESHOLD_RULES = new Set(['commercial-use/mau-threshold', 'commercial-use/dau-threshold', 'commercial-use/usage-threshold', 'commercial-use/revenue-threshold']);
const GATE_RULES = new Set(['commercial-use/registration', 'commercial-use/approval', 'commercial-use/fee-condition', 'commercial-use/paid-tier']);
/**
 * A grant that names commercial use among its purposes ("including for commercial purposes"), or business use
 * ("solely for your internal business purposes": a business may use it in its business).
 */
const COMMERCIAL_GRANT_TEXT =
  /\bfor (?:your |its |their |the )?(?:own )?(?:internal )?business (?:purposes?|use|operations)\b|\binternal business purposes of\b|\bfor (?:any )?commercial purposes?\b|\bincluding (?:without limitation )?commercial\b|\b(?:intended for|for) your commercial use\b|\bcommercial (?:and|or) business use\b|\bcommercial(?:ly)? (?:use|purpose)s?\b(?![^.]{0,30}\bonly\b)/i;
/** A limit stated as a limit ("only", "not permitted", "other than") rather than a passing mention. */
const STRONG_LIMIT =
  // "you acknowledge and agree that you are … using the service for your personal and non-commercial use": the purpose
  // the user accepts is the limit.
  /\b(?:only|solely|exclusively)\b|\b(?:agree|acknowledge)\w*\b[^.;]{0,80}\busing (?:the|this|our) (?:services?|app|application|platform)\b[^.;]{0,10}\bfor your (?:own )?personal(?:,? and|,? or)? non-?commercial use\b|\bnot (?:be )?(?:permitted|allowed|licensed|authori[sz]ed)\b|\bprohibited\b|\bother than\b|\b(?:does|do|shall|will) not (?:permit|allow|authori[sz]e|include|extend to)\b|\b(?:you|licensee|recipients?)\b[^.;]{0,20}\b(?:may|shall|must|will) not (?:use|exercise|exploit|deploy|distribute)\b/i;
/**
 * Limits on outputs, or on one feature or offer (a beta, a trial, a preview), are not limits on the licence:
 * "Free trials are for evaluation purposes only" leaves the paid service commercially usable.
 */
const ABOUT_OUTPUTS_OR_FEATURE = /\boutputs?\b|\b(?:beta|preview|trials?|free tier|early access|alpha)\b/i;
/**
 * Asides in brackets ("the Services (including any Outputs) are solely for research") widen what a limit covers;
 * they do not make outputs its subject, so they are left out when asking what the limit is about.
 */
const BRACKETED_ASIDE = /\([^()]*\)/g;
/**
 * A limit whose subject is evaluation use ("Use of the Services for evaluation purposes is for your personal,
 * non-commercial use only") governs that offer alone; "use solely for evaluation purposes" limits the whole grant.
 */
const EVALUATION_USE_AS_SUBJECT = /\bevaluat(?:e|es|ion|ing)\b(?: (?:purposes?|use))?\s+(?:is|are|remains?|shall be|will be)\s+(?:\w+\s+){0,2}?(?:for|limited to|restricted to)\b/i;
/** The material and its outputs together ("the Model and its outputs", "the Software or any Output"): the limit covers the material. */
const MATERIAL_AND_OUTPUTS = /\b(?:models?|software|materials?|weights|services?|platform|artifacts?)\b,?\s+(?:and|or|and\/or)\s+(?:its|their|any|all|the)?\s*outputs?\b/i;
const limitsOnlyOutputsOrFeature = (quote: string) => {
  const text = quote.replace(BRACKETED_ASIDE, ' ');
  if (MATERIAL_AND_OUTPUTS.test(text)) return EVALUATION_USE_AS_SUBJECT.test(text);
  return ABOUT_OUTPUTS_OR_FEATURE.test(text) || EVALUATION_USE_AS_SUBJECT.test(text);
};
/** An express allowance of commercial use. */
const EXPRESS_ALLOWANCE_RULES = new Set(['commercial-use/commercial-permitted']);
/** Charging for copies is commercial use allowed, though not in words: it answers a limit on one act, not a limited grant. */
const CHARGING_RULES = new Set(['commercial-use/fees']);
const OUTPUT_PERMISSION = /\bmay (?:\w+ )?(?:use|incorporate|share) (?:the |any |such |your )?(?:outputs?|generations|completions)\b/i;
/** How far after a grant that ends in a colon its list of permitted acts (and their purpose limit) may run. */
const GRANT_LIST_REACH = 500;

/**
 * `usePolicy`: the document is a use policy. It says what may not be done; an allowance inside it ("You may use public
 * data for research") is a carve-out from its bans, not a licence, and does not make commercial use permitted.
 */
export function decideCommercialUse(findings: Finding[], usePolicy = false): CommercialDecision {
  const cu = findings.filter((f) => f.category === 'commercial-use');
  const matched = (f: Finding, rules: Set<string>) => rules.has(f.rule) || ((f.facts.alsoMatched as string[] | undefined) ?? []).some((r) => rules.has(r));
  const ncLimits = cu.filter((f) => NC_LIMIT_RULES.has(f.rule) || (f.rule === 'commercial-use/non-commercial-definition'));
  // A permission to use outputs ("You may incorporate Outputs in your products") is commercially relevant and
  // highlighted, but it is not the licence grant: it does not decide that the material may be used commercially.
  const grants = cu.filter((f) => matched(f, GRANT_RULES) && !OUTPUT_PERMISSION.test(f.quote));

  // The grant itself is limited: "a non-commercial copyright license", "for Research Purposes only", a release
  // "under CC BY-NC", or a grant ending in a colon whose list of acts is limited.
  const ncGrants = cu.filter((f) => NC_RULES.has(f.rule));
  for (const g of grants) {
    if (!g.quote.trimEnd().endsWith(':')) continue;
    const limit = cu.find((f) => NC_LIMIT_RULES.has(f.rule) && f.start >= g.end && f.start - g.end <= GRANT_LIST_REACH);
    if (limit) ncGrants.push(g, limit);
  }
  // A stated limit to non-commercial purposes outside the grant sentence ("Commercial use is not permitted.").
  const ncStatements = ncLimits.filter(
    (f) => f.rule === 'commercial-use/non-commercial-limit' && STRONG_LIMIT.test(f.quote) && !limitsOnlyOutputsOrFeature(f.quote) && !ncGrants.includes(f),
  );
  const expressCommercial = [
    ...grants.filter((g) => !ncGrants.includes(g) && !isNonCommercial(g) && COMMERCIAL_GRANT_TEXT.test(g.quote)),
    // "You may use Output for any purpose (including commercial purposes)" frees the outputs, not the model.
    ...cu.filter((f) => matched(f, EXPRESS_ALLOWANCE_RULES) && !ABOUT_OUTPUTS_OR_FEATURE.test(f.quote)),
  ];
  const charging = cu.filter((f) => matched(f, CHARGING_RULES) && !GATE_RULES.has(f.rule));
  const thresholds = cu.filter((f) => THRESHOLD_RULES.has(f.rule));
  const gates = cu.filter((f) => matched(f, GATE_RULES));
  const separateAny = cu.filter((f) => f.rule === 'commercial-use/separate-licence');
  const separate = separateAny.filter((f) => /\bcommercial/i.test(f.quote));

  // A limited grant yields only to an express allowance of commercial use; a limit stated elsewhere also yields
  // to an allowance to charge for copies (the GPL's "only occasionally and noncommercially" limits one option).
  const limitedGrant = ncGrants.length > 0 && expressCommercial.length === 0;
  const limitedUse = ncStatements.length > 0 && expressCommercial.length === 0 && charging.length === 0;
  if (limitedGrant || limitedUse) {
    const deciding = limitedGrant ? ncGrants : ncStatements;
    const purposes = new Set<string>();
    for (const f of [...deciding, ...ncLimits]) for (const p of (f.facts.purposeLimits as string[] | undefined) ?? []) purposes.add(p);
    return {
      value: 'non-commercial',
      condition: nonCommercialSentence([...purposes], separateAny.length > 0),
      decidedBy: unique([...deciding, ...separateAny]),
    };
  }
  if (thresholds.length > 0 || gates.length > 0 || separate.length > 0) {
    const deciding = [...thresholds, ...gates, ...separate];
    return { value: 'conditional', condition: conditionalSentence(deciding), decidedBy: unique(deciding) };
  }
  const allowances = usePolicy ? grants.filter((g) => !g.rule.endsWith('/permission')) : grants;
  const permits = grants.length > 0 ? allowances : cu.filter((f) => f.stance === 'permits' && !OUTPUT_PERMISSION.test(f.quote) && !usePolicy);
  if (permits.length > 0) return { value: 'permitted', condition: null, decidedBy: unique(permits.slice(0, 3)) };
  return { value: 'not-addressed', condition: null, decidedBy: [] };
}

function isNonCommercial(f: Finding): boolean {
  return ((f.facts.purposeLimits as string[] | undefined) ?? []).includes('non-commercial');
}

function unique(fs: Finding[]): string[] {
  return [...new Set(fs.map((f) => f.id))];
}

function nonCommercialSentence(purposes: string[], separateLicence: boolean): string {
  const named = purposes.filter((p) => p !== 'non-commercial');
  const scope = named.length ? `${joinWords(['non-commercial', ...named].filter((p, i, a) => a.indexOf(p) === i))}` : 'non-commercial';
  const tail = separateLicence ? '; commercial use needs a separate licence from the licensor.' : '; commercial use is not licensed.';
  return `Licensed for ${scope} purposes only${tail}`;
}

function conditionalSentence(deciding: Finding[]): string {
  const parts: string[] = [];
  const mau = deciding.find((f) => typeof f.facts.mauThreshold === 'number');
  const dau = deciding.find((f) => typeof f.facts.dauThreshold === 'number');
  const usage = deciding.find((f) => typeof f.facts.usageThreshold === 'number');
  const revenue = deciding.find((f) => typeof f.facts.revenueThreshold === 'number');
  if (mau) {
    parts.push(`a separate licence must be requested from the licensor once the licensee's products or services exceed ${formatNumber(mau.facts.mauThreshold as number)} monthly active users`);
  }
  if (dau) {
    parts.push(`a separate licence is needed once the licensee's products or services exceed ${formatNumber(dau.facts.dauThreshold as number)} daily active users`);
  }
  if (usage) {
    parts.push(`free commercial use ends above ${formatNumber(usage.facts.usageThreshold as number)} ${String(usage.facts.usageUnit ?? 'uses per month')}, after which a separate licence is needed`);
  }
  if (revenue) {
    const currency = revenue.facts.currency && revenue.facts.currency !== 'unspecified' ? `${revenue.facts.currency} ` : '';
    parts.push(`free commercial use ends above ${currency}${formatNumber(revenue.facts.revenueThreshold as number)} in annual revenue, after which a separate licence is needed`);
  }
  const fired = (rule: string) => deciding.some((f) => f.rule === rule || ((f.facts.alsoMatched as string[] | undefined) ?? []).includes(rule));
  if (fired('commercial-use/registration')) parts.push('commercial users must register with (or obtain authorisation from) the licensor');
  if (fired('commercial-use/approval')) parts.push("use needs the provider's prior approval");
  if (deciding.some((f) => f.facts.feeRequired === true)) parts.push('a fee, royalty or revenue share is payable to the licensor');
  if (deciding.some((f) => f.facts.paidPlanRequired === true)) parts.push('commercial use is open only to users on a paid plan');
  if (parts.length === 0) parts.push('some commercial uses need a separate licence from the licensor');
  const sentence = `Commercial use is allowed with conditions: ${joinWords(parts)}.`;
  return sentence;
}

function formatNumber(n: number): string {
  if (n >= 1e9 && n % 1e9 === 0) return `${n / 1e9} billion`;
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6} million`;
  return n.toLocaleString('en');
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
