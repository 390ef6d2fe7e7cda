import type { Finding } from '../clauses/types';
import { describeFactAlongside, describeFactChange } from './wording';

/** Facts that describe how a rule matched, not what the clause says. */
// Said with the amount they qualify: the currency of a revenue threshold, the unit of a usage cap.
export const NOT_FACTS = new Set(['alsoMatched', 'currency', 'usageUnit']);

export function stable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map(String).sort());
  return JSON.stringify(value ?? null);
}

/** The facts of a clause added or removed, said as changes: " — the rights are now excluded in the European Union". */
export function factsSaid(f: Finding, how: 'added' | 'removed'): string {
  const said = Object.keys(f.facts)
    .filter((k) => !NOT_FACTS.has(k) && k !== 'policyIncorporated' && k !== 'grantScope')
    .map((k) => (how === 'added' ? describeFactChange(k, undefined, f.facts[k], { newCurrency: f.facts.currency, newUnit: f.facts.usageUnit }) : describeFactChange(k, f.facts[k], undefined, { oldCurrency: f.facts.currency, oldUnit: f.facts.usageUnit })));
  return said.length ? ` — ${said.join('; ')}` : '';
}

/** A definition counts as a clause of its own when it states a fact (the governing law, a policy address). */
export function hasFacts(f: Finding): boolean {
  return Object.keys(f.facts).some((k) => !NOT_FACTS.has(k));
}

/**
 * A finding that only defines or describes ("Defines what counts as commercial use", "Concerns the data the model
 * was trained on"). Rules that say where disputes are decided, set the term, say which uses the terms cover or
 * that the current policy applies share the stance but are terms of the deal: a forum clause added ("submitted
 * to … arbitration") is a change even when the rule reads no fact from it.
 */
export function isMereDefinition(f: Finding): boolean {
  return f.stance === 'defines' && !/^(?:Says|Sets|Names|The policy that applies)\b/.test(f.explanation);
}

/**
 * A fact read as one value on each side where the new clause still names the old value and the old one did not
 * name the new (a second court added: "Tarrant County" now "Wichita County or Tarrant County"), or the other way
 * round: said as a value added alongside (or struck beside) the other, not as one replaced by another.
 */
export function alongside(key: string, before: unknown, after: unknown, oldClause: string, newClause: string): string | null {
  // Only a place can stand beside another (courts, laws); a notice, a name prefix or a policy address is one value,
  // and its old words in the new clause ("Llama" in "Llama Materials") do not keep it.
  if (key !== 'jurisdiction') return null;
  if (typeof before !== 'string' || typeof after !== 'string' || !before || !after) return null;
  if (namesApart(newClause, before, after) && !namesApart(oldClause, after, before)) return describeFactAlongside(key, before, after, 'added');
  if (namesApart(oldClause, after, before) && !namesApart(newClause, before, after)) return describeFactAlongside(key, after, before, 'removed');
  return null;
}

/**
 * Whether a clause names a value by itself: not only as part of the other value ("Llama" inside "Llama 3", the
 * prefix the rule had before) nor as the start of a longer name ("Llama 3" in "Llama 3.1").
 */
function namesApart(clause: string, value: string, other: string): boolean {
  const text = other.includes(value) && other !== value ? clause.split(other).join(' ') : clause;
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}]|[.,][\\p{L}\\p{N}])`, 'u').test(text);
}

/** "https://www.acme.com/policy/" -> "acme.com/policy": what tells one web address from another. */
function bareAddress(url: string): { host: string; path: string } {
  const bare = url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '').replace(/[/#?]+$/, '');
  const slash = bare.indexOf('/');
  return slash < 0 ? { host: bare, path: '' } : { host: bare.slice(0, slash), path: bare.slice(slash) };
}

/**
 * Two addresses of one document: the same path on another host (a vendor moving its site), or the same address
 * but for the scheme, "www." or a trailing slash. A different path is a different page, so possibly another policy.
 */
export function sameDocumentAddress(before: unknown, after: unknown): boolean {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
  const [a, b] = [list(before), list(after)];
  if (a.length === 0 || a.length !== b.length) return false;
  return a.every((u, i) => {
    const [x, y] = [bareAddress(u), bareAddress(b[i])];
    return x.path === y.path && (x.path.length > 1 || x.host === y.host);
  });
}
