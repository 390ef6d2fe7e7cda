import type { Category, Finding } from '../clauses/types';
import type { FindingPairs } from './findings-match';
import type { Hunk, HunkIndex } from './hunks';
import { categoryFromVocabulary, changesNames, changesOperativeWords, changesPolarity, changesTermNumbers, changesStandardOfCare, isPromise, EXTENT, operativeBalance, contentWords, definedTerm, definitionStartingAt, hasObligation, isDeontic, isInsideAddress, isPartyRenamed, isPartyTerm, isSpellingFix, sentenceAround, statesAvailability, statesPartyDuty, statesProhibition, substanceWords, wholeSentences } from './legal-words';
import type { MaterialReason } from './types';
import { CATEGORY_LABELS, clauseDescription, describeFactAlongside, describeFactChange, quoted } from './wording';

/** A reason with the hunks (changed wording) it rests on: a change is material when one of its hunks carries a reason. */
export interface LocatedReason extends MaterialReason {
  hunks: number[];
  /** The clause added or removed, for grouping many of them in one sentence. */
  quote?: string;
}

/** Facts that describe how a rule matched, not what the clause says. */
// Said with the amount they qualify: the currency of a revenue threshold, the unit of a usage cap.
const NOT_FACTS = new Set(['alsoMatched', 'currency', 'usageUnit']);
/** A clause is gone, not just reworded, when this share of its words was changed. */
const REMOVED_SHARE = 0.3;
/** A clause that appears or disappears while at least this share of its words stays is said with the edit that did it. */
const SAY_EDIT_SHARE = 0.7;
/** An added or removed obligation outside any finding must be at least this many words to count. */
const MIN_OBLIGATION_WORDS = 4;
/** A definition changed in substance when at least this many content words (not names) were added or removed. */
const MIN_DEFINITION_WORDS = 3;

function stable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map(String).sort());
  return JSON.stringify(value ?? null);
}

export interface MaterialityInput {
  oldFindings: Finding[];
  newFindings: Finding[];
  pairs: FindingPairs;
  hunks: HunkIndex;
  oldText: string;
  newText: string;
  /** Start offset of the block holding an offset, per side (for definitions, which read from the block start). */
  blockStartOld: (offset: number) => number;
  blockStartNew: (offset: number) => number;
}

/** The facts of a clause added or removed, said as changes: " — the rights are now excluded in the European Union". */
function factsSaid(f: Finding, how: 'added' | 'removed'): string {
  const said = Object.keys(f.facts)
    .filter((k) => !NOT_FACTS.has(k) && k !== 'policyIncorporated' && k !== 'grantScope')
    .map((k) => (how === 'added' ? describeFactChange(k, undefined, f.facts[k], { newCurrency: f.facts.currency, newUnit: f.facts.usageUnit }) : describeFactChange(k, f.facts[k], undefined, { oldCurrency: f.facts.currency, oldUnit: f.facts.usageUnit })));
  return said.length ? ` — ${said.join('; ')}` : '';
}

/** A definition counts as a clause of its own when it states a fact (the governing law, a policy address). */
function hasFacts(f: Finding): boolean {
  return Object.keys(f.facts).some((k) => !NOT_FACTS.has(k));
}

/**
 * A finding that only defines or describes ("Defines what counts as commercial use", "Concerns the data the model
 * was trained on"). Rules that say where disputes are decided, set the term, say which uses the terms cover or
 * that the current policy applies share the stance but are terms of the deal: a forum clause added ("submitted
 * to … arbitration") is a change even when the rule reads no fact from it.
 */
function isMereDefinition(f: Finding): boolean {
  return f.stance === 'defines' && !/^(?:Says|Sets|Names|The policy that applies)\b/.test(f.explanation);
}

/**
 * A fact read as one value on each side where the new clause still names the old value and the old one did not
 * name the new (a second court added: "Tarrant County" now "Wichita County or Tarrant County"), or the other way
 * round: said as a value added alongside (or struck beside) the other, not as one replaced by another.
 */
function alongside(key: string, before: unknown, after: unknown, oldClause: string, newClause: string): string | null {
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

/**
 * In a clause that names the governing law or the forum, a place replaced by another ("California law" now "Irish
 * law") is the clause's substance even though no operative word changed: a rule that reads one version's wording
 * and not the other's must not hide it.
 */
function namesPlace(index: HunkIndex, ids: number[], category: Category): number[] {
  if (category !== 'governing-law') return [];
  return ids.filter((k) => {
    const h = index.hunks[k];
    return h.aTo > h.aFrom && h.bTo > h.bFrom && changesNames(index.printedWords(h, 'old'), index.printedWords(h, 'new'));
  });
}

/** Hunks whose change is real wording, not a spelling fix (a defined term renamed throughout still counts). */
function edits(index: HunkIndex, ids: number[]): number[] {
  return ids.filter((k) => !isSpellingFix(index.deletedWords(index.hunks[k]), index.insertedWords(index.hunks[k])));
}

/** Hunks whose change is real wording: not a spelling fix, nor a defined term renamed throughout. */
function substantive(index: HunkIndex, ids: number[]): number[] {
  return edits(index, ids).filter((k) => !index.renamed.has(k));
}

/** Words of unchanged wording read with a hunk: enough for the longest prohibition phrase ("are not allowed"). */
const PHRASE_CONTEXT = 3;

/** The hunk's two sides, each inside the unchanged words around it ("will" → "shall" reads "will not" → "shall not"). */
function inContext(index: HunkIndex, h: Hunk, deleted: string[], inserted: string[]): [string[], string[]] {
  const { before, after } = index.sharedContext(h, PHRASE_CONTEXT);
  return [
    [...before, ...deleted, ...after],
    [...before, ...inserted, ...after],
  ];
}

/** The hunks that add or remove a word with legal effect (in a clause of `category`, also that clause's object words). */
function operative(index: HunkIndex, ids: number[], category?: Category): number[] {
  return ids.filter((k) => {
    const h = index.hunks[k];
    if (isPartyRenamed(index.printedWords(h, 'old'), index.printedWords(h, 'new'))) return false;
    const [deleted, inserted] = inContext(index, h, index.wordsOutsideNames(h, 'old'), index.wordsOutsideNames(h, 'new'));
    return changesOperativeWords(deleted, inserted, category);
  });
}

/**
 * The operative hunks of one clause, but for an extent phrase struck in one place and written in another of the
 * same clause ("derivative works, in whole or in part" now "all or part of the derivative works"), which leaves the
 * clause saying what it said. Other words do not cancel out: "not" moved from one verb to another changes
 * everything.
 */
function operativeInClause(index: HunkIndex, ids: number[], category: Category): number[] {
  const hits = operative(index, ids, category);
  const balances = hits.map((k) => {
    const h = index.hunks[k];
    return operativeBalance(...inContext(index, h, index.wordsOutsideNames(h, 'old'), index.wordsOutsideNames(h, 'new')), category);
  });
  const total = new Map<string, number>();
  for (const b of balances) for (const [w, n] of b) total.set(w, (total.get(w) ?? 0) + n);
  return hits.filter((_, i) => [...balances[i]].some(([w, n]) => n !== 0 && (w !== EXTENT || total.get(w) !== 0)));
}

/** “defend,” added / “Model” replaced by “Materials” / “…” removed. */
export function describeHunk(index: HunkIndex, h: Hunk, max = 120): string {
  const rename = index.renamed.size > 0 ? index.renamed.get(index.hunks.indexOf(h)) : undefined;
  if (rename) return `the defined term “${rename.from}” renamed “${rename.to}”`;
  const { deleted: del, inserted: ins } = index.displayTexts(h);
  if (del && ins) return `${quoted(del, max)} replaced by ${quoted(ins, max)}`;
  if (ins) return `${quoted(ins, max)} added`;
  return `${quoted(del, max)} removed`;
}

/**
 * When a clause appears or disappears while most of its words stay, the edit that made the difference is what
 * counsel must see (" by the edit “commercial” removed"): the quote alone reads the same on both sides.
 */
function byEdit(index: HunkIndex, ids: number[], category: Category): string {
  const decisive = operative(index, ids);
  // The edit in the clause's own vocabulary first: "commercial" struck from a list of barred purposes is what
  // ended a commercial-use restriction, not the redrafting around it.
  const own = (k: number) => (categoryFromVocabulary(`${index.deletedText(index.hunks[k])} ${index.insertedText(index.hunks[k])}`) === category ? 0 : 1);
  const candidates = decisive.length ? decisive : ids;
  const inOwnWords = candidates.filter((k) => own(k) === 0);
  const shown = (inOwnWords.length ? inOwnWords : candidates).slice(0, 2).map((k) => describeHunk(index, index.hunks[k], 80));
  return shown.length ? ` by the edit ${shown.join('; ')}` : '';
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
function sameDocumentAddress(before: unknown, after: unknown): boolean {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
  const [a, b] = [list(before), list(after)];
  if (a.length === 0 || a.length !== b.length) return false;
  return a.every((u, i) => {
    const [x, y] = [bareAddress(u), bareAddress(b[i])];
    return x.path === y.path && (x.path.length > 1 || x.host === y.host);
  });
}

/** A quotation at least this long is a text to reproduce ("Built with …"), not a defined term ("Notice"). */
const MIN_QUOTATION = 12;

/** The quotations of text[start, end), straight quotes paired in order, curly ones by their shape. */
function quotationsIn(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      if (i - open - 1 >= MIN_QUOTATION) out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** True when the hunk's words sit inside a quotation of the clause on the side(s) it has words. */
function insideQuotation(index: HunkIndex, h: Hunk, input: MaterialityInput, f: Finding, g: Finding): boolean {
  const within = (spans: Array<[number, number]>, s: number, e: number) => spans.some(([qs, qe]) => s > qs && e < qe);
  // The whole paragraph is read: a finding may end at a full stop inside the notice ("… Alibaba Cloud. All Rights Reserved.").
  const paragraph = (text: string, blockStart: number, end: number): [number, number] => {
    const stop = text.indexOf('\n', end);
    return [blockStart, stop < 0 ? text.length : stop];
  };
  const quotations = (text: string, blockStart: number, end: number) => quotationsIn(text, ...paragraph(text, blockStart, end));
  const oldSide = h.aTo > h.aFrom ? within(quotations(input.oldText, input.blockStartOld(f.start), f.end), index.a.starts[h.aFrom], index.a.ends[h.aTo - 1]) : null;
  const newSide = h.bTo > h.bFrom ? within(quotations(input.newText, input.blockStartNew(g.start), g.end), index.b.starts[h.bFrom], index.b.ends[h.bTo - 1]) : null;
  return oldSide !== false && newSide !== false && (oldSide === true || newSide === true);
}

export function findMaterialReasons(input: MaterialityInput): LocatedReason[] {
  const { oldFindings, newFindings, pairs, hunks } = input;
  const reasons: LocatedReason[] = [];
  const seen = new Set<string>();
  const add = (r: LocatedReason) => {
    // Said once per place: the same clause written in twice (a page that prints its text twice) is material at both.
    const key = `${r.category}|${r.summary}|${[...r.hunks].sort((x, y) => x - y).join(',')}`;
    if (seen.has(key) || r.hunks.length === 0) return;
    seen.add(key);
    reasons.push(r);
  };
  const label = (c: Category) => CATEGORY_LABELS[c];
  const coveredOld = new Set<number>();
  const coveredNew = new Set<number>();

  // Clauses present in both versions: facts that changed, and operative words added or removed.
  for (const [i, j] of pairs.oldToNew) {
    const f = oldFindings[i];
    const g = newFindings[j];
    // A term renamed throughout can still change a fact read from the clause (the notice to display names the
    // product: "Built with Meta Llama 3" now "Built with Llama"); it changes no other word of it.
    const edited = edits(hunks, [...new Set([...hunks.touching('old', f.start, f.end), ...hunks.touching('new', g.start, g.end)])]);
    const touching = edited.filter((k) => !hunks.renamed.has(k));
    edited.forEach((k) => (hunks.hunks[k].aTo > hunks.hunks[k].aFrom ? coveredOld : coveredNew).add(k));
    // Facts that differ while the clause's words are the same are a reading artefact (a PDF dropping a link
    // target), not a change of terms.
    if (edited.length === 0) continue;
    const keys = new Set([...Object.keys(f.facts), ...Object.keys(g.facts)].filter((k) => !NOT_FACTS.has(k)));
    const differs = (key: string) => stable(f.facts[key]) !== stable(g.facts[key]) || (key === 'usageThreshold' && stable(f.facts.usageUnit) !== stable(g.facts.usageUnit));
    for (const key of keys) {
      const before = f.facts[key];
      const after = g.facts[key];
      if (!differs(key)) continue;
      // The purpose limits say the same as the grant's scope, in more detail.
      if (key === 'grantScope' && differs('purposeLimits')) continue;
      // The same policy page served from another host or scheme is the same policy.
      if (key === 'policyUrl' && sameDocumentAddress(before, after)) continue;
      add({
        category: f.category,
        kind: 'fact',
        summary: `${label(f.category)}: ${alongside(key, before, after, input.oldText.slice(f.start, f.end), input.newText.slice(g.start, g.end)) ?? describeFactChange(key, before, after, { oldCurrency: f.facts.currency, newCurrency: g.facts.currency, oldUnit: f.facts.usageUnit, newUnit: g.facts.usageUnit })}`,
        oldFindings: [f.id],
        newFindings: [g.id],
        fact: { name: key, old: before ?? null, new: after ?? null },
        hunks: edited,
      });
    }
    // Where disputes are decided is said in names (a seat, a court, an arbitral body): "in person in San Francisco"
    // now "in London" changes the forum even when the rule read no jurisdiction from the sentence.
    // A place the facts already say changed is not said twice; another one in the same clause is ("California law"
    // now "Irish law" beside a forum read as the jurisdiction, "San Francisco" now "Dublin").
    if (f.category === 'governing-law') {
      const factValues = [...keys].filter(differs).flatMap((key) => [f.facts[key], g.facts[key]]).filter((v): v is string => typeof v === 'string' && v.length > 0);
      const saysFact = (k: number) => factValues.some((v) => `${hunks.deletedText(hunks.hunks[k])} ${hunks.insertedText(hunks.hunks[k])}`.includes(v));
      // A place or body replaced by another, not a passage written in that happens to hold a name.
      const replaced = (k: number) => hunks.hunks[k].aTo > hunks.hunks[k].aFrom && hunks.hunks[k].bTo > hunks.hunks[k].bFrom;
      const renamed = touching.filter((k) => replaced(k) && !saysFact(k) && changesNames(hunks.printedWords(hunks.hunks[k], 'old'), hunks.printedWords(hunks.hunks[k], 'new')));
      if (renamed.length > 0) {
        add({
          category: f.category,
          kind: 'wording',
          summary: `${label(f.category)}: the wording of ${clauseDescription(g, 'the')} changed: ${renamed
            .slice(0, 2)
            .map((k) => describeHunk(hunks, hunks.hunks[k]))
            .join('; ')}`,
          oldFindings: [f.id],
          newFindings: [g.id],
          hunks: renamed,
        });
      }
    }
    if (f.stance === 'defines') continue;
    // The words of a notice to be displayed are the duty itself: any edit inside the quoted notice counts (said
    // once: a notice the rule read as a fact has its change said above).
    const inNotice = f.category === 'attribution' && !differs('noticeText') ? edited.filter((k) => insideQuotation(hunks, hunks.hunks[k], input, f, g)) : [];
    const effective = [...new Set([...operativeInClause(hunks, touching, f.category), ...inNotice])].sort((x, y) => x - y);
    if (effective.length > 0) {
      add({
        category: f.category,
        kind: 'wording',
        summary: `${label(f.category)}: the wording of ${effective.every((k) => inNotice.includes(k)) ? 'the notice to be reproduced' : clauseDescription(g, 'the')} changed: ${effective
          .slice(0, 2)
          .map((k) => describeHunk(hunks, hunks.hunks[k]))
          .join('; ')}`,
        oldFindings: [f.id],
        newFindings: [g.id],
        hunks: effective,
      });
    }
  }

  // Clauses only one version has.
  oldFindings.forEach((f, i) => {
    if (pairs.oldToNew.has(i) || (isMereDefinition(f) && !hasFacts(f))) return;
    const touching = substantive(hunks, hunks.touching('old', f.start, f.end));
    if (touching.length === 0) return;
    const share = hunks.changedShare('old', f.start, f.end);
    const reworded = share < REMOVED_SHARE;
    if (reworded && operative(hunks, touching).length === 0) {
      const places = namesPlace(hunks, touching, f.category);
      if (places.length > 0) add({ category: f.category, kind: 'wording', summary: `${label(f.category)}: the law or forum named changed: ${describeHunk(hunks, hunks.hunks[places[0]])} (${quoted(f.quote, 120)})`, oldFindings: [f.id], newFindings: [], hunks: places });
      return;
    }
    add({
      category: f.category,
      kind: 'clause-removed',
      summary: `${label(f.category)}: ${clauseDescription(f, 'the')} was removed${factsSaid(f, 'removed')}${share < SAY_EDIT_SHARE ? byEdit(hunks, touching, f.category) : ''} (${quoted(f.quote, 140)})`,
      quote: f.quote,
      oldFindings: [f.id],
      newFindings: [],
      hunks: touching,
    });
  });
  newFindings.forEach((g, j) => {
    if (pairs.newToOld.has(j) || (isMereDefinition(g) && !hasFacts(g))) return;
    const touching = substantive(hunks, hunks.touching('new', g.start, g.end));
    if (touching.length === 0) return;
    const share = hunks.changedShare('new', g.start, g.end);
    const reworded = share < REMOVED_SHARE;
    if (reworded && operative(hunks, touching).length === 0) {
      const places = namesPlace(hunks, touching, g.category);
      if (places.length > 0) add({ category: g.category, kind: 'wording', summary: `${label(g.category)}: the law or forum named changed: ${describeHunk(hunks, hunks.hunks[places[0]])} (${quoted(g.quote, 120)})`, oldFindings: [], newFindings: [g.id], hunks: places });
      return;
    }
    add({
      category: g.category,
      kind: 'clause-added',
      summary: `${label(g.category)}: ${clauseDescription(g, 'a')} was added${factsSaid(g, 'added')}${share < SAY_EDIT_SHARE ? byEdit(hunks, touching, g.category) : ''} (${quoted(g.quote, 140)})`,
      quote: g.quote,
      oldFindings: [],
      newFindings: [g.id],
      hunks: touching,
    });
  });

  // The wording of each change on each side, to categorise a hunk by what surrounds it when its own words do not say.
  const changeText = new Map<number, string>();
  for (const h of hunks.hunks) changeText.set(h.change, `${changeText.get(h.change) ?? ''} ${hunks.deletedText(h)} ${hunks.insertedText(h)}`);

  hunks.hunks.forEach((h, k) => {
    const deleted = hunks.deletedWords(h);
    const inserted = hunks.insertedWords(h);
    if (hunks.renamed.has(k) || isSpellingFix(deleted, inserted)) return;
    const oldEnd = h.aTo > h.aFrom ? hunks.a.ends[h.aTo - 1] : -1;
    const newEnd = h.bTo > h.bFrom ? hunks.b.ends[h.bTo - 1] : -1;
    const oldFindingsHere = oldFindings.filter((f) => f.start < oldEnd && f.end > hunks.oldOffset(h));
    const newFindingsHere = newFindings.filter((g) => g.start < newEnd && g.end > hunks.newOffset(h));

    // A definition whose substance changed.
    const oldOffset = hunks.oldOffset(h);
    const newOffset = hunks.newOffset(h);
    const term =
      (h.aTo > h.aFrom ? definedTerm(input.oldText.slice(input.blockStartOld(oldOffset), oldOffset)) : null) ??
      (h.bTo > h.bFrom ? definedTerm(input.newText.slice(input.blockStartNew(newOffset), newOffset)) : null);
    const inAddress =
      (h.aTo === h.aFrom || isInsideAddress(input.oldText, oldOffset, hunks.a.ends[h.aTo - 1])) &&
      (h.bTo === h.bFrom || isInsideAddress(input.newText, newOffset, hunks.b.ends[h.bTo - 1]));
    const printed = [...hunks.printedWords(h, 'old'), ...hunks.printedWords(h, 'new')];
    const substance = term && isPartyTerm(term) ? contentWords(printed) : substanceWords(printed);
    if (term && !inAddress && substance.length >= MIN_DEFINITION_WORDS) {
      const flagged = [...oldFindingsHere, ...newFindingsHere].map((f) => f.category);
      const category = flagged[0] ?? null;
      add({
        category,
        kind: 'definition',
        summary: `${category ? `${label(category)}: ` : 'Definitions: '}the definition of “${term}” changed: ${describeHunk(hunks, h)}`,
        oldFindings: oldFindingsHere.map((f) => f.id),
        newFindings: newFindingsHere.map((g) => g.id),
        hunks: [k],
      });
      return;
    }

    // A whole definition written in or struck out ("“Licensor” means …" gone, "“Acme” means …" new): a party's
    // definition says who the agreement is with; any other sets no term by itself, and its "may" ("any entity that
    // may have rights in the Model") is no permission.
    if (!term && !oldFindingsHere.length && !newFindingsHere.length) {
      const removedTerm = h.aTo > h.aFrom && h.bTo === h.bFrom ? definitionStartingAt(input.oldText, input.blockStartOld(oldOffset), oldOffset) : null;
      const addedTerm = h.bTo > h.bFrom && h.aTo === h.aFrom ? definitionStartingAt(input.newText, input.blockStartNew(newOffset), newOffset) : null;
      const whole = removedTerm ?? addedTerm;
      if (whole) {
        if (whole.namesParty) {
          // Quoted from the sentence's start, so the term keeps its opening quotation mark.
          const text = removedTerm ? input.oldText.slice(removedTerm.start, oldEnd) : input.newText.slice(whole.start, newEnd);
          add({ category: null, kind: 'definition', summary: `Definitions: the definition of “${whole.term}” was ${removedTerm ? 'removed' : 'added'} (${quoted(text, 140)})`, oldFindings: [], newFindings: [], hunks: [k] });
        }
        return;
      }
    }

    // A whole obligation struck from (or written into) a clause flagged for another subject — "You shall use the
    // latest version" dropped from a runtime-restriction clause — is its own change of terms, said in its own words.
    if (oldFindingsHere.length || newFindingsHere.length || coveredOld.has(k) || coveredNew.has(k)) {
      const flagged = new Set([...oldFindingsHere, ...newFindingsHere].map((f) => f.category));
      for (const [side, sentences] of [
        ['removed', h.aTo > h.aFrom ? wholeSentences(input.oldText, input.blockStartOld(oldOffset), oldOffset, oldEnd) : []],
        ['added', h.bTo > h.bFrom ? wholeSentences(input.newText, input.blockStartNew(newOffset), newOffset, newEnd) : []],
      ] as const) {
        for (const sentence of sentences) {
          if (contentWords(sentence.split(/\s+/)).length < MIN_OBLIGATION_WORDS || !statesPartyDuty(sentence)) continue;
          const category = categoryFromVocabulary(sentence);
          if (!category || flagged.has(category)) continue;
          add({
            category,
            kind: side === 'removed' ? 'clause-removed' : 'clause-added',
            summary: `${label(category)}: ${statesProhibition(sentence) ? 'a prohibition' : 'an obligation'} was ${side} (${quoted(sentence, 140)})`,
            quote: sentence,
            oldFindings: oldFindingsHere.map((f) => f.id),
            newFindings: newFindingsHere.map((g) => g.id),
            hunks: [k],
          });
        }
      }
      return;
    }
    const before = reasons.length;
    for (const [side, words, text] of [
      ['removed', deleted, hunks.deletedText(h)],
      ['added', inserted, hunks.insertedText(h)],
    ] as const) {
      if (words.length < MIN_OBLIGATION_WORDS) continue;
      const obligation = hasObligation(text);
      if (!obligation && !statesAvailability(text)) continue;
      const category = categoryFromVocabulary(text) ?? categoryFromVocabulary(changeText.get(h.change) ?? '');
      if (!category) continue;
      add({
        category,
        kind: side === 'removed' ? 'clause-removed' : 'clause-added',
        summary: `${label(category)}: ${obligation ? 'an obligation' : 'a statement of what is made available'} was ${side} (${quoted(text, 140)})`,
        quote: text,
        oldFindings: [],
        newFindings: [],
        hunks: [k],
      });
    }
    // A negation or modal verb added to or struck from a sentence that grants, obliges or forbids, where no rule
    // flagged a clause: "you may" became "you may not" all the same. So is the period or amount of a duty or a
    // promise ("at least 30 days' notice" now "fourteen days'").
    if (reasons.length > before) return;
    const polarity = changesPolarity(...inContext(hunks, h, deleted, inserted));
    const period = !polarity && changesTermNumbers(...inContext(hunks, h, deleted, inserted));
    const care = !polarity && !period && changesStandardOfCare(deleted, inserted);
    // A place replaced by another in a sentence that names the law or the forum ("California law will govern" now
    // "Irish law will govern"), where no rule read the sentence.
    const place = !polarity && !period && !care && h.aTo > h.aFrom && h.bTo > h.bFrom && changesNames(hunks.printedWords(h, 'old'), hunks.printedWords(h, 'new'));
    if (!polarity && !period && !care && !place) return;
    const sentence = h.bTo > h.bFrom || h.aTo === h.aFrom ? sentenceAround(input.newText, input.blockStartNew(newOffset), newOffset) : sentenceAround(input.oldText, input.blockStartOld(oldOffset), oldOffset);
    if (place) {
      if (categoryFromVocabulary(sentence) !== 'governing-law') return;
      add({ category: 'governing-law', kind: 'wording', summary: `${label('governing-law')}: the law or forum named changed: ${describeHunk(hunks, h)} (${quoted(sentence, 120)})`, oldFindings: [], newFindings: [], hunks: [k] });
      return;
    }
    if (!isDeontic(sentence) && !((period || care) && isPromise(sentence))) return;
    // A standard of effort says nothing of its subject ("we will use commercially reasonable efforts to
    // cooperate"): the paragraph it stands in does.
    const paragraph = () => {
      const [text, start, at] = h.bTo > h.bFrom || h.aTo === h.aFrom ? [input.newText, input.blockStartNew(newOffset), newOffset] : [input.oldText, input.blockStartOld(oldOffset), oldOffset];
      const end = text.indexOf('\n', at);
      return text.slice(start, end < 0 ? text.length : end);
    };
    const category = categoryFromVocabulary(sentence) ?? categoryFromVocabulary(changeText.get(h.change) ?? '') ?? (care ? categoryFromVocabulary(paragraph()) : null);
    if (!category) return;
    // A sentence written in (or struck out) whole is said once, not as an edit quoting the sentence it makes.
    const whole = (h.aTo === h.aFrom) !== (h.bTo === h.bFrom) && (h.bTo > h.bFrom ? hunks.insertedText(h) : hunks.deletedText(h)).trim().startsWith(sentence.trim().slice(0, 60));
    const what = period ? 'a period or amount in a clause changed' : care ? 'the standard of care, effort or discretion in a clause changed' : 'the wording of a clause changed';
    const summary = whole ? `${label(category)}: a clause was ${h.bTo > h.bFrom ? 'added' : 'removed'} (${quoted(sentence, 140)})` : `${label(category)}: ${what}: ${describeHunk(hunks, h)} (${quoted(sentence, 120)})`;
    add({ category, kind: 'wording', summary, oldFindings: [], newFindings: [], hunks: [k] });
  });
  return withoutEchoes(reasons, hunks);
}

/**
 * A sentence written into (or struck from) a clause that a rule reads as a clause of its own is said once: as that
 * clause added (or removed), not again as the enclosing clause's wording changed by the same edit ("a limitation
 * of liability was added (“… SHALL NOT EXCEED $100.”)" and "the wording of the limitation changed: “… $100” added").
 */
function withoutEchoes(reasons: LocatedReason[], hunks: HunkIndex): LocatedReason[] {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  // The clauses said added or removed, by category, with the hunks they rest on.
  const said = new Map<string, Array<{ hunks: Set<number>; quote: string }>>();
  for (const r of reasons) {
    if ((r.kind !== 'clause-added' && r.kind !== 'clause-removed') || !r.quote) continue;
    const key = String(r.category);
    said.set(key, [...(said.get(key) ?? []), { hunks: new Set(r.hunks), quote: fold(r.quote) }]);
  }
  // Only a sentence purely written in or struck out, and only when the clause's quote holds all of it: an edit that
  // also replaces words, or strikes more than that clause, says more than the clause.
  const echoed = (category: string, k: number) => {
    const h = hunks.hunks[k];
    if (h.aTo !== h.aFrom && h.bTo !== h.bFrom) return false;
    const text = fold(h.aTo > h.aFrom ? hunks.deletedText(h) : hunks.insertedText(h));
    return (said.get(category) ?? []).some((c) => c.hunks.has(k) && text.length <= c.quote.length + 3 && c.quote.includes(text.slice(0, 60)));
  };
  return reasons.filter((r) => r.kind !== 'wording' || !r.hunks.every((k) => echoed(String(r.category), k)));
}

/** Beyond this many clauses of one category added (or removed) in one change, they are said in one sentence. */
const GROUP_ABOVE = 2;

/**
 * Many clauses of one category removed (or added) in one change — an appended policy dropped, a list of
 * prohibited uses rewritten — are one reason: "Acceptable use: 31 clauses were removed, including “…” and “…”".
 */
export function groupClauseReasons(reasons: LocatedReason[]): LocatedReason[] {
  const out: LocatedReason[] = [];
  const groups = new Map<string, LocatedReason[]>();
  for (const r of reasons) {
    if ((r.kind === 'clause-removed' || r.kind === 'clause-added') && r.category) {
      const key = `${r.kind}|${r.category}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  const done = new Set<string>();
  for (const r of reasons) {
    const key = `${r.kind}|${r.category}`;
    const group = groups.get(key);
    if (!group || group.length <= GROUP_ABOVE) {
      out.push(r);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const verb = r.kind === 'clause-removed' ? 'removed' : 'added';
    const examples = group.slice(0, 2).map((g) => quoted(g.quote ?? '', 80));
    out.push({
      category: r.category,
      kind: r.kind,
      summary: `${CATEGORY_LABELS[r.category!]}: ${group.length} clauses were ${verb}, including ${examples.join(' and ')}`,
      oldFindings: group.flatMap((g) => g.oldFindings),
      newFindings: group.flatMap((g) => g.newFindings),
      hunks: [...new Set(group.flatMap((g) => g.hunks))],
    });
  }
  return out;
}
