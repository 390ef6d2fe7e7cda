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
const COMMERCIAL_GRANT_TEXT =
  /\bfor (?:any )?commercial purposes?\b|\bincluding (?:without limitation )?commercial\b|\b(?:intended for|for) your commercial use\b|\bcommercial (?:and|or) business use\b|\bsell\b|\bcommercial(?:ly)? (?:use|purpose)s?\b(?![^.]{0,30}\bonly\b)/i;
/** A limit stated as a limit ("only", "not permitted", "other than") rather than a passing mention. */
const STRONG_LIMIT = /\b(?:only|solely|exclusively)\b|\bnot (?:be )?(?:permitted|allowed|licensed|authori[sz]ed)\b|\bprohibited\b|\bother than\b|\b(?:does|do|shall|will) not (?:permit|allow|authori[sz]e|include|extend to)\b/i;
/** Limits on outputs or on one feature are not limits on the licence. */
const ABOUT_OUTPUTS = /\boutputs?\b/i;
/** Charging for copies or selling is commercial use allowed. */
const COMMERCIAL_ALLOWANCE_RULES = new Set(['commercial-use/fees', 'commercial-use/commercial-permitted']);
const OUTPUT_PERMISSION = /\bmay (?:\w+ )?(?:use|incorporate|share) (?:the |any |such |your )?(?:outputs?|generations|completions)\b/i;
/** How far after a grant that ends in a colon its list of permitted acts (and their purpose limit) may run. */
const GRANT_LIST_REACH = 500;

export function decideCommercialUse(findings: Finding[]): CommercialDecision {
  const cu = findings.filter((f) => f.category === 'commercial-use');
  const ncLimits = cu.filter((f) => NC_LIMIT_RULES.has(f.rule) || (f.rule === 'commercial-use/non-commercial-definition'));
  // A permission to use outputs ("You may incorporate Outputs in your products") is commercially relevant and
  // highlighted, but it is not the licence grant: it does not decide that the material may be used commercially.
  const grants = cu.filter(
    (f) => (GRANT_RULES.has(f.rule) || (f.facts.alsoMatched as string[] | undefined)?.some((r) => GRANT_RULES.has(r))) && !OUTPUT_PERMISSION.test(f.quote),
  );

  const ncGrants = cu.filter((f) => NC_RULES.has(f.rule));
  for (const g of grants) {
    if (!g.quote.trimEnd().endsWith(':')) continue;
    const limit = cu.find((f) => NC_LIMIT_RULES.has(f.rule) && f.start >= g.end && f.start - g.end <= GRANT_LIST_REACH);
    if (limit) ncGrants.push(g, limit);
  }
  // A stated limit to non-commercial purposes, even outside the grant sentence ("Commercial use is not permitted.").
  for (const f of ncLimits) if (f.rule === 'commercial-use/non-commercial-limit' && STRONG_LIMIT.test(f.quote) && !ABOUT_OUTPUTS.test(f.quote)) ncGrants.push(f);
  const commercialGrants = [
    ...grants.filter((g) => !ncGrants.includes(g) && !isNonCommercial(g) && COMMERCIAL_GRANT_TEXT.test(g.quote)),
    ...cu.filter((f) => COMMERCIAL_ALLOWANCE_RULES.has(f.rule) || (f.facts.alsoMatched as string[] | undefined)?.some((r) => COMMERCIAL_ALLOWANCE_RULES.has(r))),
  ];
  const thresholds = cu.filter((f) => ['commercial-use/mau-threshold', 'commercial-use/dau-threshold', 'commercial-use/revenue-threshold'].includes(f.rule));
  const gates = cu.filter((f) => f.rule === 'commercial-use/registration' || f.rule === 'commercial-use/approval');
  const separateAny = cu.filter((f) => f.rule === 'commercial-use/separate-licence');
  const separate = separateAny.filter((f) => /\bcommercial/i.test(f.quote));

  if (ncGrants.length > 0 && commercialGrants.length === 0) {
    const purposes = new Set<string>();
    for (const f of [...ncGrants, ...ncLimits]) for (const p of (f.facts.purposeLimits as string[] | undefined) ?? []) purposes.add(p);
    return {
      value: 'non-commercial',
      condition: nonCommercialSentence([...purposes], separateAny.length > 0),
      decidedBy: unique([...ncGrants, ...separateAny]),
    };
  }
  if (thresholds.length > 0 || gates.length > 0 || separate.length > 0) {
    const deciding = [...thresholds, ...gates, ...separate];
    return { value: 'conditional', condition: conditionalSentence(deciding), decidedBy: unique(deciding) };
  }
  const permits = grants.length > 0 ? grants : cu.filter((f) => f.stance === 'permits' && !OUTPUT_PERMISSION.test(f.quote));
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
  const revenue = deciding.find((f) => typeof f.facts.revenueThreshold === 'number');
  if (mau) {
    parts.push(`a separate licence must be requested from the licensor once the licensee's products or services exceed ${formatNumber(mau.facts.mauThreshold as number)} monthly active users`);
  }
  if (dau) {
    parts.push(`a separate licence is needed once the licensee's products or services exceed ${formatNumber(dau.facts.dauThreshold as number)} daily active users`);
  }
  if (revenue) {
    const currency = revenue.facts.currency && revenue.facts.currency !== 'unspecified' ? `${revenue.facts.currency} ` : '';
    parts.push(`free commercial use ends above ${currency}${formatNumber(revenue.facts.revenueThreshold as number)} in annual revenue, after which a separate licence is needed`);
  }
  if (deciding.some((f) => f.rule === 'commercial-use/registration')) parts.push('commercial users must register with the licensor');
  if (deciding.some((f) => f.rule === 'commercial-use/approval')) parts.push("use needs the provider's prior approval");
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
