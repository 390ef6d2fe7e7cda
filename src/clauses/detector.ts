/**
 * Clause detection: reads the document unit by unit (sentences, clauses, list items), applies the rule pack,
 * and returns one finding per unit and category, with the facts the clause states as data.
 */
import type { DocumentModel } from '../document/model';
import { extractFacts } from './facts';
import { RULES, type ClauseRule, type Condition } from './rules';
import { categoryByReference } from './cross-references';
import { indexSections } from './sections';
import { CATEGORIES, CORE_CATEGORIES, type Category, type CoreCategory, type Finding, type FindingFacts } from './types';
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

/** A sentence inside a listed item that takes something out of the ban ("This does not prohibit parody"). */
const CARVE_OUT = /\b(?:does|do|shall|will) not (?:prohibit|restrict|forbid|apply to)\b|\b(?:is|are) not (?:prohibited|restricted|forbidden)\b/i;

interface Hit {
  rule: Omit<ClauseRule, 'when'>;
  facts: FindingFacts;
  explanation: string;
}

/**
 * What the rule patterns found in texts already read: text -> pattern -> index of the first match, or -1.
 * A pattern's match depends only on the text it is run on, so documents that share most of their sentences
 * (the two versions in a comparison) can share one memo and run each pattern once per distinct sentence.
 */
export class PatternMemo {
  private readonly byText = new Map<string, Map<RegExp, number>>();

  /** The results recorded for `text`, shared by every unit with that exact text. */
  resultsFor(text: string): Map<RegExp, number> {
    let results = this.byText.get(text);
    if (!results) {
      results = new Map();
      this.byText.set(text, results);
    }
    return results;
  }
}

export interface DetectOptions {
  /** Share pattern results with other documents read with the same memo (see PatternMemo). */
  memo?: PatternMemo;
}

/** Finds the clauses of a document that decide legality, in document order. */
export function detectClauses(model: DocumentModel, rules: readonly ClauseRule[] = RULES, options: DetectOptions = {}): Finding[] {
  const doc = readDocument(model);
  const memo = options.memo ?? new PatternMemo();
  const perUnit: Array<Map<Category, Hit[]>> = [];
  for (const unit of doc.units) {
    const hits = new Map<Category, Hit[]>();
    perUnit.push(hits);
    if (unit.headingLike) continue;
    const add = (hit: Hit) => {
      const list = hits.get(hit.rule.category) ?? [];
      list.push(hit);
      hits.set(hit.rule.category, list);
    };
    const lead = leadText(unit, model.text);
    const reading = lead ? `${lead} ${unit.normal}` : unit.normal;
    // Rules share patterns (outputs, prohibitions …): each is run at most once per text.
    const seen: MatchCache = { unit: memo.resultsFor(unit.normal), reading: memo.resultsFor(reading) };
    for (const rule of rules) {
      if (!matches(rule, unit, reading, doc.terms, seen)) continue;
      const facts: FindingFacts = { ...rule.facts };
      if (rule.extract) extractFacts(rule.extract, unit.text, facts);
      add({ rule, facts, explanation: fillExplanation(rule.explanation, facts) });
    }
    if (unit.introducesProhibitedList) add({ rule: LIST_INTRO_RULE, facts: {}, explanation: LIST_INTRO_RULE.explanation });
    if (unit.prohibitedListIntro && unit.prohibitedListIntro !== unit && !CARVE_OUT.test(unit.normal)) {
      const intro = excerpt(unit.prohibitedListIntro.text);
      add({ rule: LISTED_USE_RULE, facts: {}, explanation: LISTED_USE_RULE.explanation.replace('{intro}', intro) });
    }
  }
  addSectionReferences(model, doc, perUnit);

  const findings: Array<Omit<Finding, 'id'>> = [];
  doc.units.forEach((unit, i) => {
    for (const category of CATEGORIES) {
      const list = perUnit[i].get(category);
      if (list) findings.push(toFinding(unit, list));
    }
  });
  findings.sort((a, b) => a.start - b.start || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  return findings.map((f, i) => ({ id: `f${i + 1}`, ...f }));
}

/** Units with no core finding of their own that point at a section about a core category take that category. */
function addSectionReferences(model: DocumentModel, doc: ReadDocument, perUnit: Array<Map<Category, Hit[]>>): void {
  const sections = indexSections(model);
  const blockIndex = new Map(model.blocks.map((b, i) => [b, i]));
  const categoriesIn = (first: number, end: number): CoreCategory[] => {
    const out: CoreCategory[] = [];
    doc.units.forEach((u, i) => {
      const b = blockIndex.get(u.block) ?? -1;
      if (b < first || b >= end) return;
      for (const c of CORE_CATEGORIES) if (perUnit[i].has(c)) out.push(c);
    });
    return out;
  };
  doc.units.forEach((unit, i) => {
    if (unit.headingLike || CORE_CATEGORIES.some((c) => perUnit[i].has(c))) return;
    const hit = categoryByReference(unit.normal, sections, categoriesIn);
    if (!hit) return;
    const rule: Omit<ClauseRule, 'when'> = {
      id: `${hit.category}/section-reference`,
      category: hit.category,
      stance: hit.stance,
      explanation: hit.explanation,
      confidence: 0.65,
    };
    perUnit[i].set(hit.category, [{ rule, facts: {}, explanation: hit.explanation }]);
  });
}

/** Exposed for tests and the evaluation's diagnostics. */
export function readForDetection(model: DocumentModel): ReadDocument {
  return readDocument(model);
}

/** Pattern -> index of its first match in the unit's own text / in its reading (lead + text), or -1. */
interface MatchCache {
  unit: Map<RegExp, number>;
  reading: Map<RegExp, number>;
}

function matches(rule: ClauseRule, unit: ReadUnit, reading: string, terms: DefinedTerms, seen: MatchCache): boolean {
  if (unit.defines && !rule.inDefinitions && rule.stance !== 'defines' && rule.category !== 'output-ownership') return false;
  if (unit.nonBinding && (rule.stance === 'prohibits' || rule.stance === 'requires')) return false;
  let first = -1;
  for (const [i, condition] of rule.when.entries()) {
    const at = conditionIndex(condition, unit, reading, i === 0, terms, seen);
    if (at < 0) return false;
    if (i === 0) first = at;
    else if (rule.near !== undefined && Math.abs(at - first) > rule.near) return false;
  }
  if (rule.unless) for (const veto of rule.unless) if (veto.test(unit.normal)) return false;
  return true;
}

/**
 * Where the condition holds, as an offset in `reading`, or -1. With `unitOnly` it must hold in the unit's own
 * text (the tail of `reading`), which is then searched directly.
 */
function conditionIndex(condition: Condition, unit: ReadUnit, reading: string, unitOnly: boolean, terms: DefinedTerms, seen: MatchCache): number {
  const unitOffset = reading.length - unit.normal.length;
  if (Array.isArray(condition)) {
    let first = -1;
    for (const one of condition) {
      const at = conditionIndex(one, unit, reading, unitOnly, terms, seen);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
  if ('defines' in condition) return unit.defines?.has(condition.defines) ? unitOffset : -1;
  if ('provider' in condition) {
    let first = -1;
    for (const pattern of terms.providerDoes(condition.provider)) {
      const at = patternIndex(pattern, unit, reading, unitOnly, seen);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
  const pattern = condition instanceof RegExp ? condition : condition.pattern;
  let at = patternIndex(pattern, unit, reading, unitOnly, seen);
  if (condition instanceof RegExp) return at;
  const tags = Array.isArray(condition.term) ? condition.term : [condition.term];
  for (const tag of tags) {
    if (!unit.termTags.has(tag)) continue;
    const i = terms.indexOfTag(tag, unit.text);
    if (i >= 0 && (at < 0 || i + unitOffset < at)) at = i + unitOffset;
  }
  return at;
}

function patternIndex(pattern: RegExp, unit: ReadUnit, reading: string, unitOnly: boolean, seen: MatchCache): number {
  const cache = unitOnly ? seen.unit : seen.reading;
  let found = cache.get(pattern);
  if (found === undefined) {
    found = pattern.exec(unitOnly ? unit.normal : reading)?.index ?? -1;
    cache.set(pattern, found);
  }
  return found >= 0 && unitOnly ? found + reading.length - unit.normal.length : found;
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
      if (typeof value === 'number') return formatAmount(value);
      return String(value);
    })
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/ \./g, '.')
    .trim();
}

/** 700000000 -> "700 million", 1000000 -> "1 million", 12500 -> "12,500". */
function formatAmount(n: number): string {
  if (n >= 1e9 && n % 1e8 === 0) return `${n / 1e9} billion`;
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6} million`;
  return n.toLocaleString('en');
}

function excerpt(text: string): string {
  const clean = text.replace(/[*_]/g, '').trim();
  return clean.length <= 90 ? clean : `${clean.slice(0, 87).trimEnd()}…`;
}
