import type { Category } from '../clauses/types';
import { describeHunk, inContext } from './hunk-reading';
import { categoryFromVocabulary, changesNames, changesPolarity, changesStandardOfCare, changesTermNumbers, contentWords, definedTerm, definitionStartingAt, hasObligation, isDeontic, isInsideAddress, isPartyTerm, isPromise, isSpellingFix, sentenceAround, statesAvailability, statesPartyDuty, statesProhibition, substanceWords, wholeSentences } from './legal-words';
import type { MaterialityInput, ReasonList } from './located-reason';
import type { CoveredHunks } from './paired-clause-reasons';
import { CATEGORY_LABELS, quoted } from './wording';

/** An added or removed obligation outside any finding must be at least this many words to count. */
const MIN_OBLIGATION_WORDS = 4;
/** A definition changed in substance when at least this many content words (not names) were added or removed. */
const MIN_DEFINITION_WORDS = 3;

/**
 * What each hunk says by its own wording, where no clause both versions have already read it: a definition changed,
 * written in or struck out; a party's duty struck from or written into a clause flagged for another subject; and,
 * outside any flagged clause, obligations added or removed, a negation or modal verb, a period or amount, a standard
 * of care, or the law or forum named.
 */
export function hunkReasons(input: MaterialityInput, covered: CoveredHunks, out: ReasonList): void {
  const { oldFindings, newFindings, hunks } = input;
  const label = (c: Category) => CATEGORY_LABELS[c];
  const [coveredOld, coveredNew] = [covered.old, covered.new];
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
      out.add({
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
          out.add({ category: null, kind: 'definition', summary: `Definitions: the definition of “${whole.term}” was ${removedTerm ? 'removed' : 'added'} (${quoted(text, 140)})`, oldFindings: [], newFindings: [], hunks: [k] });
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
          out.add({
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
    const before = out.reasons.length;
    for (const [side, words, text] of [
      ['removed', deleted, hunks.deletedText(h)],
      ['added', inserted, hunks.insertedText(h)],
    ] as const) {
      if (words.length < MIN_OBLIGATION_WORDS) continue;
      const obligation = hasObligation(text);
      if (!obligation && !statesAvailability(text)) continue;
      const category = categoryFromVocabulary(text) ?? categoryFromVocabulary(changeText.get(h.change) ?? '');
      if (!category) continue;
      out.add({
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
    if (out.reasons.length > before) return;
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
      out.add({ category: 'governing-law', kind: 'wording', summary: `${label('governing-law')}: the law or forum named changed: ${describeHunk(hunks, h)} (${quoted(sentence, 120)})`, oldFindings: [], newFindings: [], hunks: [k] });
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
    out.add({ category, kind: 'wording', summary, oldFindings: [], newFindings: [], hunks: [k] });
  });
}
