import { contentWords, isSpellingFix, sentenceAround } from './legal-words';
import type { MaterialityInput, ReasonList } from './located-reason';
import { CATEGORY_LABELS, quoted } from './wording';

/**
 * A sentence that says what the agreement covers: "These Business Terms govern your use of the API", "This
 * Agreement applies to your access to and use of …", "These Terms cover …". What follows the verb is the scope:
 * the services, products or users the deal is about. The clause rules file the statement of which uses the terms
 * cover under commercial use (commercial-use/scope-of-terms), so a change of it is one of commercial use too.
 * A use policy's scope ("Our Usage Policy applies to anyone who …") says who its prohibitions bind: acceptable use.
 * Case is spelled out, not ignored: the name's words before "Terms" must be capitalised ("These Business Terms").
 * The verb may stand well after the name: "These Terms of Service for Commercial Users (“Terms”), together with the
 * additional terms and policies referenced herein (“Additional Terms”), govern the use of …".
 */
const SCOPE_STATEMENT =
  /\b(?:[Tt]hese|[Tt]his|[Tt]he|[Oo]ur|THESE|THIS|THE|OUR)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}([Tt]erms|TERMS|[Aa]greement|AGREEMENT|[Cc]onditions|[Ll]icen[cs]e|LICEN[CS]E|[Pp]olicy|POLICY)\b[^.;]{0,200}?\b(?:govern|governs|GOVERNS?|appl(?:y|ies)\s+to|APPL(?:Y|IES)\s+TO|covers?|COVERS?)\s/u;
/** A scope statement that says what the terms do not cover. */
const NEGATION = /\b(?:not|never|no longer)\b|n[’']t\b/i;
/** What the law or a forum governs is no scope of the deal ("the laws of Texas govern these Terms and any dispute"). */
const NOT_SCOPE = /\b(?:laws?|disputes?|claims?|arbitrat\w*)\b/i;

/**
 * Words for what an agreement covers: services and products, and the kinds of users it is for. An edit that adds
 * or removes none of them nor a name ("for customers who are businesses", "unless specified above") restates the
 * scope; it does not widen or narrow it.
 */
const COVERED = /^(?:services?|products?|features?|offerings?|apis?|applications?|apps?|softwares?|models?|platforms?|tools?|websites?|sites?|plugins?|consumers?|individuals?|businesses|developers?|enterprises?|organi[sz]ations?|governments?)$/i;

/** True when the words name something covered: a thing the terms cover, or a name (a product, a service). */
function namesCoveredThing(printed: string[]): boolean {
  return contentWords(printed).some((w) => COVERED.test(w) || (/^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w)));
}

/** Words that name a thing (a product, a party): one name put for another is a rename, not a wider or narrower scope. */
function isNameOnly(printed: string[]): boolean {
  const words = contentWords(printed);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * A hunk inside the object of a scope statement that adds or removes what the agreement covers ("… of the API"
 * now "… of the API, ChatGPT Enterprise and any other Services") is material: the deal now reaches further, or
 * less far. One product's name put for another's ("the Acme API" now "the Acme Platform") is a rename.
 */
export function scopeReasons(input: MaterialityInput, out: ReasonList): void {
  const { hunks } = input;
  hunks.hunks.forEach((h, k) => {
    if (hunks.renamed.has(k)) return;
    const [deleted, inserted] = [hunks.printedWords(h, 'old'), hunks.printedWords(h, 'new')];
    if (isSpellingFix(hunks.deletedWords(h), hunks.insertedWords(h))) return;
    if (contentWords(deleted).length + contentWords(inserted).length === 0) return;
    if (isNameOnly(deleted) && isNameOnly(inserted)) return;
    if (!namesCoveredThing(deleted) && !namesCoveredThing(inserted)) return;
    // The statement is read on the side that holds words, the new one first.
    const [text, offset, blockStart] = h.bTo > h.bFrom ? [input.newText, hunks.newOffset(h), input.blockStartNew(hunks.newOffset(h))] : [input.oldText, hunks.oldOffset(h), input.blockStartOld(hunks.oldOffset(h))];
    const sentence = sentenceAround(text, blockStart, offset);
    const sentenceStart = text.lastIndexOf(sentence, offset);
    const scope = SCOPE_STATEMENT.exec(sentence);
    // Only an edit of what is covered, after the verb: "These Terms and the Service Terms govern" names documents.
    if (!scope || NOT_SCOPE.test(sentence) || sentenceStart < 0 || offset < sentenceStart + scope.index + scope[0].length) return;
    const del = hunks.deletedText(h);
    const ins = hunks.insertedText(h);
    // "These Terms don’t apply to …" lists what is left out: a name written into it narrows the scope.
    const excludes = NEGATION.test(scope[0]);
    const policy = /^policy$/i.test(scope[1]);
    const [what, verb, verbNow] = policy ? ['the policy', 'covers', 'cover'] : ['the terms', 'cover', 'cover'];
    const [leaves, leave] = policy ? ['leaves out', 'leave out'] : ['leave out', 'leave out'];
    const how =
      del && ins
        ? `what ${what} ${excludes ? leaves : verb} changed: ${quoted(del, 100)} replaced by ${quoted(ins, 100)}`
        : ins
          ? `${what} now ${excludes ? leaves : `also ${verb}`} ${quoted(ins, 100)}`
          : `${what} no longer ${excludes ? leave : verbNow} ${quoted(del, 100)}`;
    const category = policy ? 'acceptable-use' : 'commercial-use';
    out.add({
      category,
      kind: 'wording',
      summary: `${CATEGORY_LABELS[category]}: ${how} (${quoted(sentence.trim(), 140)})`,
      oldFindings: input.oldFindings.filter((f) => h.aTo > h.aFrom && f.start < hunks.a.ends[h.aTo - 1] && f.end > hunks.oldOffset(h)).map((f) => f.id),
      newFindings: input.newFindings.filter((g) => h.bTo > h.bFrom && g.start < hunks.b.ends[h.bTo - 1] && g.end > hunks.newOffset(h)).map((g) => g.id),
      hunks: [k],
    });
  });
}
