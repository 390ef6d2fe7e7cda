import type { Category } from '../clauses/types';

/**
 * Words that carry legal effect when added to or removed from a clause: modal verbs and obligations, negations
 * and carve-outs, scope words, and the verbs of grants, liabilities and remedies. Adding "defend" to an indemnity,
 * "not" to a permission or "any" to a prohibition changes what the clause does; renaming a product, fixing a typo
 * or changing a version number does not.
 */
const OPERATIVE = new Set(
  [
    // obligations and permissions
    'shall must may will should agree agrees required require requires obligated obliged entitled permitted permit permits allowed allow allows prohibited prohibit prohibits forbidden cannot',
    // negations, carve-outs, exclusivity
    'not no never nor without except unless only solely exclusively neither non notwithstanding',
    // scope
    'any all each every exclusive nonexclusive irrevocable revocable perpetual worldwide royalty limited unlimited sublicensable transferable',
    // grants, liabilities, remedies
    'defend indemnify indemnification indemnity harmless waive waives waiver warrant warrants warranty warranties liable liability grant grants sublicense terminate termination suspend distribute redistribute commercial commercially research train training improve compete competing resell sell',
  ]
    .join(' ')
    .split(/\s+/),
);

/**
 * Words that are the very object of a clause of one category: what an attribution clause makes licensees keep
 * ("the above copyright notice and this permission notice" now "the license notice" drops the copyright notice;
 * a "permission notice" is the licence text by another name, so "permission" is not one of them).
 */
const SUBJECT_WORDS: Partial<Record<Category, ReadonlySet<string>>> = {
  attribution: new Set('copyright copyrights trademark trademarks patent patents attribution'.split(' ')),
};
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Numbers as drafters spell them ("the twelve months before the claim", "thirty (30) days"), by value: "30 days"
 * and "thirty days" are one period, only another value is another term.
 */
const NUMBER_WORDS = new Map(
  'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 fourteen 14 fifteen 15 eighteen 18 twenty 20 thirty 30 forty 40 forty-five 45 fifty 50 sixty 60 ninety 90 hundred 100'
    .split(' ')
    .flatMap((w, i, all) => (i % 2 === 0 ? [[w, all[i + 1]] as const] : [])),
);

/** Units that make a number a term of the deal (a period, an amount, a threshold) rather than a version or a section. */
const NUMBER_UNITS = new Set('day days month months year years hour hours percent million billion thousand users usd dollars euros eur gbp'.split(' '));

/**
 * Ways of drafting one term that a licence redrafted (or translated again) moves between: one prohibition on a
 * party ("You will not", "You shall not", "You are not allowed to", "You agree not to" …) and one extent ("in
 * whole or in part", "all or part of"). Each is read as one word, so only a prohibition added, dropped or turned
 * into a permission, or an extent added or dropped, is operative.
 */
/** How an extent phrase reads; where in its sentence it stands does not change what it says. */
export const EXTENT = '(whole or part)';
const PHRASES: Array<{ words: string[]; reads: string }> = [
  ...['will not', 'shall not', 'must not', 'may not', 'cannot', 'can not', 'are not allowed', 'is not allowed', 'are not permitted', 'is not permitted', 'are prohibited from', 'is prohibited from', 'agree not', 'agrees not'].map((p) => ({ words: p.split(' '), reads: '(prohibited)' })),
  ...['in whole or in part', 'in whole or part', 'all or part', 'all or any part', 'wholly or partly'].map((p) => ({ words: p.split(' '), reads: EXTENT })),
];

/** The phrase starting at words[i] (its length and how it reads), or null. */
function phraseAt(words: string[], i: number): { length: number; reads: string } | null {
  for (const phrase of PHRASES) if (phrase.words.every((w, k) => words[i + k] === w)) return { length: phrase.words.length, reads: phrase.reads };
  return null;
}

/** The words with legal effect among `words` (a number, in digits or words, counts with its unit: "30 days", "twelve months"; a phrase of PHRASES as one). */
function operativeWords(words: string[], subject: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const phrase = phraseAt(words, i);
    if (phrase) {
      out.push(phrase.reads);
      i += phrase.length - 1;
    } else if (OPERATIVE.has(w) || subject.has(w)) out.push(w);
    else {
      const term = numberWithUnit(words, i);
      if (term) out.push(term);
    }
  }
  return out;
}

/** "30 days", "thirty days", "30 day": the number at words[i] with the unit after it, by value; or null. */
function numberWithUnit(words: string[], i: number): string | null {
  const w = words[i];
  const value = /^\d+$/.test(w) ? w : NUMBER_WORDS.get(w);
  if (value === undefined || i + 1 >= words.length || !NUMBER_UNITS.has(words[i + 1])) return null;
  return `${value} ${words[i + 1].replace(/s$/, '')}`;
}

/**
 * True when replacing `deleted` by `inserted` changes a number that is a term (a period, an amount, a threshold):
 * "30 days" now "fourteen days"; "30 days" now "thirty (30) days" is the same period.
 */
export function changesTermNumbers(deleted: string[], inserted: string[]): boolean {
  const terms = (words: string[]) => words.map((_, i) => numberWithUnit(words, i)).filter((t): t is string => t !== null);
  const count = new Map<string, number>();
  for (const t of terms(deleted)) count.set(t, (count.get(t) ?? 0) + 1);
  for (const t of terms(inserted)) count.set(t, (count.get(t) ?? 0) - 1);
  for (const n of count.values()) if (n !== 0) return true;
  return false;
}

/**
 * True when replacing `deleted` by `inserted` adds or removes a word with legal effect. Counted as multisets, so
 * a reordered phrase ("that uses any of them" -> "that contains any of them") is not an operative change.
 */
export function changesOperativeWords(deleted: string[], inserted: string[], category?: Category): boolean {
  for (const n of operativeBalance(deleted, inserted, category).values()) if (n !== 0) return true;
  return false;
}

/** Each word with legal effect, by how many more times `deleted` has it than `inserted` (0: as many). */
export function operativeBalance(deleted: string[], inserted: string[], category?: Category): Map<string, number> {
  const subject = (category && SUBJECT_WORDS[category]) ?? NO_WORDS;
  const count = new Map<string, number>();
  for (const w of operativeWords(deleted, subject)) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of operativeWords(inserted, subject)) count.set(w, (count.get(w) ?? 0) - 1);
  return count;
}

/** Words that only pick out which members of a party are meant ("each Contributor", "any other Licensor"). */
const PARTY_DETERMINERS = new Set('the a an each any every all other such'.split(' '));

/**
 * One party named for another ("each Contributor" now "DeepSeek", "any Licensor" now "Acme"): each side is a name
 * (capitalised words that carry no legal effect themselves) with at most determiners before it. "Each" or "any"
 * in front of a party's name says who the party is, not how far a right reaches; "NO LICENSOR" is no name.
 */
export function isPartyRenamed(printedOld: string[], printedNew: string[]): boolean {
  const isName = (printed: string[]) => {
    const rest = printed.filter((w) => !PARTY_DETERMINERS.has(w.toLowerCase()));
    // A name has a capital and a small letter: in text set in capitals ("THE TWELVE MONTHS") nothing reads as one.
    return rest.length > 0 && rest.length <= 6 && rest.every((w) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && !OPERATIVE.has(w.toLowerCase()));
  };
  return isName(printedOld) && isName(printedNew);
}

/**
 * True when the proper names of a passage changed ("San Francisco, California" now "London, England"): words
 * with a capital and a small letter that carry no legal effect themselves, compared as multisets. Names are what
 * a forum clause is made of.
 */
export function changesNames(printedOld: string[], printedNew: string[]): boolean {
  // A party's own name ("Customer", "Company") says who, not where.
  const names = (printed: string[]) => printed.filter((w) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && !STOP_WORDS.has(w.toLowerCase()) && !OPERATIVE.has(w.toLowerCase()) && !isPartyTerm(w));
  const count = new Map<string, number>();
  for (const w of names(printedOld)) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of names(printedNew)) count.set(w, (count.get(w) ?? 0) - 1);
  for (const n of count.values()) if (n !== 0) return true;
  return false;
}

/** Negations, carve-outs and modal verbs: the words that turn a permission into a prohibition and back. */
const POLARITY = new Set('not no never nor without except unless only solely shall must may will cannot prohibited permitted'.split(' '));

/** True when replacing `deleted` by `inserted` adds or removes a negation, carve-out or modal verb. */
export function changesPolarity(deleted: string[], inserted: string[]): boolean {
  const polarityWords = (words: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const phrase = phraseAt(words, i);
      if (phrase) {
        out.push(phrase.reads);
        i += phrase.length - 1;
      } else if (POLARITY.has(words[i])) out.push(words[i]);
    }
    return out;
  };
  const count = new Map<string, number>();
  for (const w of polarityWords(deleted)) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of polarityWords(inserted)) count.set(w, (count.get(w) ?? 0) - 1);
  for (const n of count.values()) if (n !== 0) return true;
  return false;
}

/** Words by which a sentence grants, obliges or forbids. */
const DEONTIC = /\b(?:shall|must|may|will not|agree|agrees|required|obligated|permitted|allowed|prohibited|entitled)\b/i;

export function isDeontic(sentence: string): boolean {
  return DEONTIC.test(sentence);
}

/**
 * Words that set how hard a party must try or how bad its fault must be before it answers for it: "negligent" now
 * "gross negligent", "the fullest cooperation" now "commercially reasonable efforts", "deemed valid" now "valid
 * at our sole discretion".
 */
const STANDARD_OF_CARE = new Set('gross grossly negligent negligence negligently wilful willful wilfully willfully intentional intentionally reckless recklessly reasonable reasonably best fullest discretion diligence'.split(' '));

/** True when replacing `deleted` by `inserted` adds or removes a word of STANDARD_OF_CARE. */
export function changesStandardOfCare(deleted: string[], inserted: string[]): boolean {
  const count = new Map<string, number>();
  for (const w of deleted) if (STANDARD_OF_CARE.has(w)) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of inserted) if (STANDARD_OF_CARE.has(w)) count.set(w, (count.get(w) ?? 0) - 1);
  for (const n of count.values()) if (n !== 0) return true;
  return false;
}

/** A party's promise ("We will give you at least 30 days' notice"): its period or amount is a term of the deal. */
const PROMISE = /\b(?:we|you|licensor|licensee|provider|customer|company)\s+will\b/i;

export function isPromise(sentence: string): boolean {
  return PROMISE.test(sentence);
}

/** The sentence of `text` around `offset`, not reaching before `floor` (the start of its block). */
export function sentenceAround(text: string, floor: number, offset: number): string {
  let start = offset;
  while (start > floor && !/[.;!?]\s/.test(text.slice(start - 2, start))) start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && !/[.;!?]\s/.test(text.slice(end, end + 2))) end++;
  return text.slice(start, Math.min(text.length, end + 1));
}

/** A change inside a web address (a path or host that changed), not in the words of the clause. */
export function isInsideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  const word = text.slice(from, to);
  return !/\s/.test(text.slice(start, end)) && /[a-z0-9-]+\.[a-z]{2,}(?:\/|$)|^https?:|\/[\w-]+\//i.test(word);
}

/**
 * The whole sentences of `text` inside [start, end): each begins at a sentence start (after ". " or at the block
 * start `floor`) and ends at a sentence end, so a clause's own sentence removed in full is told from a few words
 * struck out of one.
 */
export function wholeSentences(text: string, floor: number, start: number, end: number): string[] {
  const startsSentence = /^\s*$|[.;!?:]\s*$/.test(text.slice(floor, start));
  const endsSentence = /^(?:[.;!?]|\s*(?:\n|$))/.test(text.slice(end, end + 2));
  const pieces = text.slice(start, end).split(/(?<=[.;!?])\s+/);
  return pieces.filter((piece, i) => (i > 0 || startsSentence) && (i < pieces.length - 1 || endsSentence) && /^[\p{Lu}(“"]/u.test(piece));
}

/** Words an obligation or a prohibition is made of. */
const OBLIGATION = /\b(?:shall|must|agree|agrees|required|obligated|will not|may not|may only|are not permitted|is not permitted|prohibited)\b/i;

export function hasObligation(text: string): boolean {
  return OBLIGATION.test(text);
}

/**
 * A sentence by which a party takes on a duty: it opens with the party ("You shall …", "Licensee must not …",
 * "The Customer agrees to …"). Narrower than hasObligation, which also matches a list item that only mentions a
 * duty ("failure to employ legally required age-gating").
 */
const PARTY_DUTY = /^(?:the\s+)?(?:you|licensee|licensor|user|customer|recipient|we)\b(?:\s+\w+){0,2}?\s+(?:shall|must|agrees?\s+to|(?:is|are)\s+required\s+to|will\s+not|may\s+not|undertakes?)\b/i;

/** A prohibition addressed to the reader ("Don’t mislead people …", "Do not use …"): a duty though it names no party. */
const IMPERATIVE_PROHIBITION = /^(?:do\s+not|don[’']t|never)\s+\p{Ll}/iu;

export function statesProhibition(sentence: string): boolean {
  return IMPERATIVE_PROHIBITION.test(sentence.trim());
}

export function statesPartyDuty(sentence: string): boolean {
  return PARTY_DUTY.test(sentence.trim()) || statesProhibition(sentence);
}

/** A statement that material is released or can be obtained: for data and model notices, availability is a term. */
const AVAILABILITY = /\b(?:we (?:release|publish|provide)|released under|(?:is|are) (?:now )?(?:publicly |freely )?available|can (?:\w+ )?be downloaded|download (?:the|our))\b/i;

export function statesAvailability(text: string): boolean {
  return AVAILABILITY.test(text);
}

const STOP_WORDS = new Set(
  'a an the of to in on at by for from with and or as is are be been this that these those such its it their his her our your you we us they'.split(' '),
);

/** Words that carry content: not stop words, not bare numbers (versions, section numbers). Case is ignored. */
export function contentWords(words: string[]): string[] {
  return words.filter((w) => !STOP_WORDS.has(w.toLowerCase()) && !/^[\d.,]+$/.test(w));
}

/**
 * Content words that are not names: a capitalised word inside a definition is a product or company name ("Meta
 * Llama 3" renamed "Llama 3.1"), not a change of what the definition covers.
 */
export function substanceWords(printed: string[]): string[] {
  return contentWords(printed).filter((w) => !/^\p{Lu}/u.test(w));
}

/** A defined term that names a party: a change of its definition changes who the agreement is with. */
export function isPartyTerm(term: string): boolean {
  return /\b(?:part(?:y|ies)|licensor|licensee|provider|company|contracting|affiliates?|customers?|clients?|vendors?|suppliers?|we|us|you)\b/i.test(term);
}

/** Edit distance, bounded: returns limit + 1 as soon as it is exceeded. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A spelling correction: the same number of words, each only a letter or two apart ("armless" -> "harmless"). */
export function isSpellingFix(deleted: string[], inserted: string[]): boolean {
  if (deleted.length === 0 || deleted.length !== inserted.length || deleted.length > 3) return false;
  return deleted.every((w, i) => {
    const v = inserted[i];
    const limit = Math.max(1, Math.floor(Math.min(w.length, v.length) / 4));
    return Math.min(w.length, v.length) >= 4 && editDistance(w, v, limit) <= limit;
  });
}

/** A definition: “X” means / shall mean / refers to / has the meaning … — group 1 is the defined term. */
const DEFINITION = /["“']([^"”']{1,80})["”']\s*(?:\([^)]{0,80}\)\s*)?(?:means|shall mean|refers to|shall refer to|has the meaning|is defined as|includes)\b/gi;
/** The end of a sentence: a stop, then a new sentence's capital, bracket or quotation mark, or the change itself. */
const SENTENCE_END = /[.;!?]\s+(?:[\p{Lu}(“"]|$)/u;

/**
 * The term whose definition the text ending at a change belongs to (`textBefore` runs from its block's start):
 * the last definition before the change, when the change sits in that definition's own sentence or the block
 * opens with the definition (a definition list's entry, however many sentences). A sentence written after a
 * definition made inline in a grant ("… “Commercial Purpose” means … . The licence is not granted in …") is
 * the grant's, not the definition's.
 */
export function definedTerm(textBefore: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const m of textBefore.matchAll(DEFINITION)) last = m;
  if (!last) return null;
  // Only a list number or letter ("1.", "(a)") may stand before a definition that opens its block.
  const opensBlock = !/\p{L}{2}/u.test(textBefore.slice(0, last.index));
  return opensBlock || !SENTENCE_END.test(textBefore.slice(last.index + last[0].length)) ? last[1].trim() : null;
}

/** A sentence that opens with a definition, after at most a list marker: group 1 is the term. */
const DEFINITION_OPENING = /^(?:\(?[a-z0-9]{1,3}[.)]\s+)?["“']([^"”']{1,80})["”']\s*(\([^)]{0,80}\)\s*)?(?:means|shall mean|refers to|shall refer to|has the meaning|is defined as)\b/i;
/** A company's legal form: a definition that names one names a party ("“Acme” means Acme Holdings Ltd."). */
const COMPANY_FORM = /\b(?:Inc|Ltd|LLC|L\.L\.C|GmbH|AG|Corp|Corporation|Co|Limited|PLC|S\.A|B\.V|Pte)\b\.?/;

/**
 * The term of a definition whose whole sentence starts where a change starts ("“Licensor” means …" written in
 * or struck out), from the text of the change's block (`floor` is the block's start); null when the change starts
 * inside a sentence or the sentence defines nothing.
 */
export function definitionStartingAt(text: string, floor: number, offset: number): { term: string; namesParty: boolean; start: number } | null {
  let start = offset;
  while (start > floor && !/[.;!?]\s/.test(text.slice(start - 2, start))) start--;
  // Only quotation marks, brackets and a list number may stand between the sentence start and the change.
  if (/\p{L}{2}/u.test(text.slice(start, offset))) return null;
  const sentence = text.slice(start, Math.min(text.length, start + 300)).trimStart();
  const m = DEFINITION_OPENING.exec(sentence);
  if (!m) return null;
  const term = m[1].trim();
  // The party's alias ("“Acme” (or “we”) means …") or its company name says the definition names a party.
  const body = sentence.slice(m[0].length, m[0].length + 160);
  return { term, namesParty: isPartyTerm(term) || isPartyTerm(m[2] ?? '') || COMPANY_FORM.test(body), start };
}

/**
 * The category of a clause no rule flagged, from its vocabulary, for obligations added or removed outside any
 * finding. Ordered from the most specific subject to the most general.
 */
const CATEGORY_VOCABULARY: Array<[RegExp, Category]> = [
  [/\b(?:latest version|new version|updat\w*|amend\w*|modif\w* (?:these|this|the) (?:terms|agreement|policy)|chang\w* (?:to )?(?:these|this|the) (?:terms|agreement|policy)|(?:notice|notif\w*) (?:\w+ ){0,2}of (?:\w+ ){0,2}changes)\b/i, 'licence-changes'],
  [/\b(?:indemnif\w*|hold harmless|liab\w*|warrant\w*|damages|as is|negligen\w*|losses)\b/i, 'liability-warranty'],
  [/\b(?:terminat\w*|suspend\w*|surviv\w*)\b/i, 'termination'],
  [/\b(?:governing law|governed by|laws of|courts? of|arbitrat\w*|jurisdiction|venue|law (?:will|shall) govern)\b/i, 'governing-law'],
  [/\b(?:personal data|privacy|training data|dataset|customer data|train\w* (?:on|with)|data protection)\b/i, 'data-and-training'],
  [/\b(?:attribut\w*|notice|credit|display)\b/i, 'attribution'],
  [/\b(?:outputs?|generated content|results)\b/i, 'output-ownership'],
  // "commercially reasonable efforts" is a standard of effort, not commercial use.
  [/\b(?:commercial\w*(?! reasonabl)|revenue|fees?|paid|pricing|price)\b/i, 'commercial-use'],
  [/\b(?:redistribut\w*|distribut\w*|sublicens\w*|resell\w*)\b/i, 'redistribution'],
  [/\b(?:derivative\w*|fine-?tun\w*|modif\w*)\b/i, 'derivatives'],
  [/\b(?:prohibit\w*|misuse|harm\w*|illegal|unlawful|use polic\w*)\b/i, 'acceptable-use'],
];

export function categoryFromVocabulary(text: string): Category | null {
  for (const [re, category] of CATEGORY_VOCABULARY) if (re.test(text)) return category;
  return null;
}
