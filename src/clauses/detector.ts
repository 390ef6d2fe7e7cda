/**
 * Clause detection: reads the document unit by unit (sentences, clauses, list items), applies the rule pack,
 * and returns one finding per unit and category, with the facts the clause states as data.
 */
import type { DocumentModel } from '../document/model';
import { extractFacts } from './facts';
import { RULES, type ClauseRule, type Condition } from './rules';
import { CATEGORIES, type Category, type Finding, type FindingFacts } from './types';
import type { DefinedTerms } from './definitions';
import { leadText, readDocument, type ReadDocument, type ReadUnit } from './units';

const LISTED_USE_RULE: Omit<ClauseRule, 'when'> = {
  id: 'acceptable-use/listed-prohibited-use',
  category: 'acceptable-use',
  stance: 'prohibits',
  explanation: 'Listed as a prohibited use under “{intro}”.',
  confidence: 0.85,
};

const LIST_INTRO_RULE: Omit<ClauseRule, 'when'> = {
  id: 'acceptable-use/prohibited-uses-list',
  category: 'acceptable-use',
  stance: 'prohibits',
  explanation: 'Introduces a list of prohibited uses.',
  confidence: 0.9,
};

interface Hit {
  rule: Omit<ClauseRule, 'when'>;
  facts: FindingFacts;
  explanation: string;
}

/** Finds the clauses of a document that decide legality, in document order. */
export function detectClauses(model: DocumentModel, rules: readonly ClauseRule[] = RULES): Finding[] {
  const doc = readDocument(model);
  const findings: Array<Omit<Finding, 'id'>> = [];
  for (const unit of doc.units) {
    if (unit.headingLike) continue;
    const hits = new Map<Category, Hit[]>();
    const add = (hit: Hit) => {
      const list = hits.get(hit.rule.category) ?? [];
      list.push(hit);
      hits.set(hit.rule.category, list);
    };
    const lead = leadText(unit, model.text);
    const reading = lead ? `${lead} ${unit.normal}` : unit.normal;
    const unitOffset = lead ? lead.length + 1 : 0;
    for (const rule of rules) {
      if (!matches(rule, unit, reading, unitOffset, doc.terms)) continue;
      const facts: FindingFacts = { ...rule.facts };
      if (rule.extract) extractFacts(rule.extract, unit.text, facts);
      add({ rule, facts, explanation: fillExplanation(rule.explanation, facts) });
    }
    if (unit.introducesProhibitedList) add({ rule: LIST_INTRO_RULE, facts: {}, explanation: LIST_INTRO_RULE.explanation });
    if (unit.prohibitedListIntro && unit.prohibitedListIntro !== unit) {
      const intro = excerpt(unit.prohibitedListIntro.text);
      add({ rule: LISTED_USE_RULE, facts: {}, explanation: LISTED_USE_RULE.explanation.replace('{intro}', intro) });
    }
    for (const category of CATEGORIES) {
      const list = hits.get(category);
      if (list) findings.push(toFinding(unit, list));
    }
  }
  findings.sort((a, b) => a.start - b.start || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  return findings.map((f, i) => ({ id: `f${i + 1}`, ...f }));
}

/** Exposed for tests and the evaluation's diagnostics. */
export function readForDetection(model: DocumentModel): ReadDocument {
  return readDocument(model);
}

function matches(rule: ClauseRule, unit: ReadUnit, reading: string, unitOffset: number, terms: DefinedTerms): boolean {
  if (unit.defines && !rule.inDefinitions && rule.stance !== 'defines' && rule.category !== 'output-ownership') return false;
  let first = -1;
  for (const [i, condition] of rule.when.entries()) {
    const at = conditionIndex(condition, unit, reading, i === 0 ? unitOffset : 0, terms);
    if (at < 0) return false;
    if (i === 0) first = at;
    else if (rule.near !== undefined && Math.abs(at - first) > rule.near) return false;
  }
  if (rule.unless) for (const veto of rule.unless) if (veto.test(unit.normal)) return false;
  return true;
}

/** Where the condition holds in `reading` at or after `from`, or -1. */
function conditionIndex(condition: Condition, unit: ReadUnit, reading: string, from: number, terms: DefinedTerms): number {
  if (condition instanceof RegExp) return indexFrom(condition, reading, from);
  if ('defines' in condition) return unit.defines?.has(condition.defines) ? from : -1;
  const at = indexFrom(condition.pattern, reading, from);
  const tags = Array.isArray(condition.term) ? condition.term : [condition.term];
  let termAt = -1;
  for (const tag of tags) {
    if (!unit.termTags.has(tag)) continue;
    const i = terms.indexOfTag(tag, unit.text);
    if (i >= 0 && (termAt < 0 || i < termAt)) termAt = i;
  }
  if (termAt >= 0) termAt += reading.length - unit.normal.length;
  if (at < 0) return termAt;
  return termAt < 0 ? at : Math.min(at, termAt);
}

function indexFrom(re: RegExp, text: string, from: number): number {
  if (from === 0) {
    const m = re.exec(text);
    return m ? m.index : -1;
  }
  const m = re.exec(text.slice(from));
  return m ? m.index + from : -1;
}

function toFinding(unit: ReadUnit, hits: Hit[]): Omit<Finding, 'id'> {
  const best = hits.reduce((a, b) => (b.rule.confidence > a.rule.confidence ? b : a));
  // Facts from every rule of the category that fired: a threshold clause can also name a policy address.
  const facts: FindingFacts = {};
  for (const hit of hits) Object.assign(facts, hit.facts);
  Object.assign(facts, best.facts);
  const others = hits.filter((h) => h !== best).map((h) => h.rule.id);
  if (others.length) facts.alsoMatched = [...new Set(others)];
  return {
    category: best.rule.category,
    start: unit.start,
    end: unit.end,
    quote: unit.text,
    page: unit.block.page,
    stance: best.rule.stance,
    facts,
    rule: best.rule.id,
    confidence: Math.min(0.99, best.rule.confidence + 0.02 * (new Set(hits.map((h) => h.rule.id)).size - 1)),
    explanation: fillExplanation(best.explanation, facts),
  };
}

function fillExplanation(template: string, facts: FindingFacts): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = facts[key];
      if (value === undefined || value === null) return '';
      if (key === 'excludedTerritories' && Array.isArray(value)) return ` (${value.join(', ')})`;
      if (key === 'jurisdiction') return ` (${String(value)})`;
      if (typeof value === 'number') return value.toLocaleString('en');
      return String(value);
    })
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/ \./g, '.')
    .trim();
}

function excerpt(text: string): string {
  const clean = text.replace(/[*_]/g, '').trim();
  return clean.length <= 90 ? clean : `${clean.slice(0, 87).trimEnd()}…`;
}
