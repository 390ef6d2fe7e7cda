/**
 * Definitions sections, read the way counsel reads them: “X” means …, "X" shall mean …, X means … (Creative
 * Commons style), Term: … inside a definitions section, and inline definitions ("(collectively, “Content”)",
 * "Input and Output are collectively “Content.”"). Each defined term gets tags from its name and definition,
 * so a clause that uses the term is read with its meaning: a grant "for Non-Commercial Purposes" is limited to
 * what “Non-Commercial Purposes” means, and a clause about “Generated Content” is about outputs.
 */
import type { TextSpan } from './sentences';

export type DefinitionTag =
  /** Research / evaluation / non-commercial purposes. */
  | 'non-commercial'
  /** Commercial purposes or use. */
  | 'commercial'
  /** What the model or service generates: “Output”, “Generated Content”, “Produced Work”. */
  | 'output'
  /** A wider term that includes outputs: “Content” (inputs and outputs), “Customer Content”. */
  | 'content'
  /** A use policy (AUP, usage policies). */
  | 'policy'
  /** The user's own applications, products or services built on the service ("Customer Application"). */
  | 'product'
  /** Derivatives / modifications of the model. */
  | 'derivative'
  /** A derivative definition that reaches outputs or models trained on them (distillation, synthetic data). */
  | 'derivative-output'
  /** The party that provides the material or service: “Meta”, “we” or “us”; “Acme” (the “Licensor”). */
  | 'provider'
  /** The party that receives it: “Licensee” or “you”; the organisation accepting these terms (“Customer”). */
  | 'user-party'
  /** The provider's brand: names, logos and marks (“Acme Assets”, “Brand Features”), not the material or service. */
  | 'brand';

export interface Definition {
  /** The term as written, e.g. "Non-Commercial Uses"; aliases ("Licensee" or "you") share one definition. */
  terms: string[];
  /** The unit holding the definition. */
  span: TextSpan;
  /** The defining words (after "means"). */
  meaning: string;
  tags: Set<DefinitionTag>;
}

const QUOTED = `["“”'‘’]([^"“”]{1,60}?)["“”'‘’]`;
/** “X” (or “Y”) … means / shall mean / refers to / is defined as. */
const QUOTED_DEFINITION = new RegExp(
  `^(?:[-*•]\\s+|(?:\\(?[0-9a-zA-Z]{1,4}[.)]|\\d{1,3}(?:\\.\\d{1,3})+\\.?)\\s+)?[*_]*${QUOTED}[*_]*(?:\\s*(?:\\(|or|and|,)\\s*(?:the\\s+)?[*_]*${QUOTED}[*_]*\\)?)?(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,?\\s+(?:shall\\s+)?(?:means?|refers? to|is defined as|includes)\\b|\\s*[–—:]\\s+|\\s+-\\s+)`,
  'i',
);
/** Creative Commons style: "Licensed Material means …" (capitalised words, no quotes). */
const BARE_DEFINITION = /^(?:[-*•]\s+|(?:\(?[0-9a-zA-Z]{1,4}[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+)?((?:[A-Z][\w'’-]*\s){0,4}[A-Z][\w'’-]*)\s+(?:shall\s+)?means\b/;
/** Glossary style inside a definitions section: "Output: …" / "**Output**: …" / "Output - …". */
const GLOSSARY_DEFINITION = /^(?:[-*•]\s+|(?:\(?[0-9a-zA-Z]{1,4}[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+)?[*_]*((?:[A-Z][\w'’-]*\s){0,4}[A-Z][\w'’-]*)[*_]*\s*[:–—]\s+\S/;
/** Inside a definitions section: "A “Response” is the content …", "The “Service” is …". */
const ARTICLE_DEFINITION = new RegExp(`^(?:[-*•]\\s+)?(?:An?|The)\\s+[*_]*${QUOTED}[*_]*\\s+(?:is|are)\\s+(?=the\\b|an?\\b|any\\b|all\\b)`);
/**
 * Inline: "… (collectively, “Content”)", "(the “Mark”)", "… are collectively “Content.”", and a sentence that
 * gathers terms already defined: "Collectively, Input and Output are “User Content.”"
 */
const INLINE_DEFINITION =
  /(?:\((?:collectively,?\s+|each,?\s+|together,?\s+)?(?:the\s+|an?\s+)?|\b(?:collectively|together)\s+(?:referred to as\s+)?|\breferred to (?:herein )?as\s+|\b(?:are|is) (?:hereinafter |herein )?(?:called|known as)\s+|\b(?:[Cc]ollectively|[Tt]ogether),\s+[^.;:"“”]{1,80}?\s(?:are|is)\s+(?:referred to as\s+|called\s+|known as\s+)?)["“]([^"“”]{1,60})["”]/g;

const NON_COMMERCIAL_TERM = /\bnon-?commercial|\bresearch\b|\bpermitted purpose/i;
/**
 * A name whose last word is material ("Acme Research Model", "Research Materials") names the thing licensed, not a
 * purpose: it is not a research limit however it is called.
 */
const MATERIAL_NAME = /\b(?:models?|materials?|software|weights|checkpoints?|artifacts?|artefacts?|code|data|datasets?|documentation)\s*$/i;
const NON_COMMERCIAL_MEANING =
  /\b(?:non-?commercial|not primarily intended for (?:or directed towards )?commercial|research (?:or|and|and\/or) (?:evaluation|non-?commercial|academic)|(?:research|evaluation|academic) purposes only|other than commercial)\b/i;
const COMMERCIAL_TERM = /\bcommercial\b/i;
const OUTPUT_TERM = /\b(?:outputs?|generations?|generated|produced works?|completions?|responses?)\b/i;
/** What the service produces, also as an act of the user ("files you create, generate or share through the Services"). */
const OUTPUT_MEANING =
  /\b(?:outputs?|generated (?:by|from|using|with)|produced (?:by|from|using)|generate\b[^.;]{0,25}\b(?:through|with|using|via) (?:the |our )?(?:services?|models?|products?|tools?)|resulting from (?:the )?us(?:e|ing)|results? (?:of|from) (?:the )?(?:us(?:e|ing)|quer(?:y|ying)))\b/i;
/** A meaning that leaves outputs out ("the material you receive …, but not including Output") does not include them. */
const OUTPUT_EXCLUDED = /\b(?:not including|excluding|other than|except(?: for)?) (?:any |the |all )?outputs?\b/gi;
/**
 * A meaning that is only what the model or service generates ("the images and other content generated by the
 * Service from your Inputs", "any outcome obtained by computational analysis of Data"): the term names outputs,
 * whatever it is called (“Creations”, “Results”). A meaning that lists inputs first ("Inputs and Outputs") does not.
 */
const GENERATED_MEANING =
  /^\W*(?:(?:the|any|all|such)\s+)?(?:[\w'’-]+,?\s+){0,8}?(?:content|images?|videos?|text|audio|media|works?|material|responses?|completions?|code|music|artwork|assets?)\s+(?:that (?:is|are) )?(?:generated|produced|created|returned|synthesi[sz]ed)\s+(?:by|from|through|using|with|in response to)\b|^\W*(?:(?:the|any|all|such)\s+)?(?:outcomes?|results?)\s+(?:obtained|derived)\s+(?:by|from|through)\s+(?:the\s+)?(?:computational\s+|automated\s+)?(?:analysis|processing|use)\b/i;
/** A term for the provider's brand, defined as its names, logos or marks (“Acme Assets”, “Brand Features”, “Marks”). */
const BRAND_TERM = /\b(?:assets|marks|brand(?: features| assets| elements)?|logos|trademarks)\b/i;
const BRAND_MEANING = /\b(?:logos?|trade ?marks?|service marks?|trade names?|brand (?:identifiers|features|names)|trade dress)\b/i;
const POLICY_TEXT = /\b(?:acceptable use|usage|use|prohibited use|content) polic(?:y|ies)\b|\baup\b/i;
const DERIVATIVE_TERM = /\bderivative|\bmodifications?\b|\badapt(?:ed|ation)/i;
const DERIVATIVE_OUTPUT_MEANING = /\b(?:outputs?|synthetic data|distillation|distil(?:l|led))\b/i;
const PRODUCT_MEANING = /\b(?:your|customer[’']s|licensee[’']s|its) (?:own )?(?:applications?|products?)\b[^.]{0,80}\bintegrat/i;
const PARTY_TERM = /^(?:you|your|we|us|our|licensee|licensor|customer|user|company)$/i;
/** Words that name the provider or the user side when they appear among a definition's terms. */
const PROVIDER_WORD = /^(?:we|us|our|licensor|provider|vendor|supplier)$/i;
const USER_WORD = /^(?:you|your|licensee|customer|user|subscriber|developer)$/i;
/** Defined as "you", or as the person or organisation accepting / agreeing to / using these terms. */
const USER_MEANING =
  /^\s*(?:you\b|the (?:individual|person|entity|organi[sz]ation|company|customer)\b[^.;]{0,60}\b(?:accept|agree|enter|exercis|us(?:e|es|ing))|an? (?:individual|person) or (?:legal )?entity\b)/i;
/** Defined as the licensor or provider, or as the party that distributes / provides / releases the material. */
const PROVIDER_MEANING = /^\s*(?:the )?(?:licensor|provider)\b|\bthat (?:distributes|provides|offers|makes available|publishes|releases)\b|\bthe copyright owner\b/i;
/** A capitalised name that may be the provider when the document defines none. Case-sensitive. */
/** A definition of the service or its features ("the tools, services … and AI features that we make available"). */
const SERVICE_MEANING = /\b(?:services?|products?|features?|tools?|apps?|applications?|platforms?|software|functionalit(?:y|ies))\b[^.]{0,120}\b(?:we|us|our) (?:make available|provide|offer|operate)\b|\b(?:we|us|our) (?:make available|provide|offer|operate)\b[^.]{0,60}\b(?:services?|products?|features?|tools?|apps?)\b/i;
/** A definition of a party: an agreement between, a company. */
const PARTY_MEANING = /\bagreement (?:is )?between\b|\b(?:limited|ltd|inc|llc|gmbh|s\.?a\.?s?|corporation|company)\b/i;
const UNDEFINED_PROVIDER_NAME =
  /\b(?!You\b|Your\b|Customer\b|Licensee\b|Users?\b|Company\b|Recipients?\b|End Users?\b|Developers?\b|Builders?\b|Subscribers?\b|Members?\b|Clients?\b|Section\b|This\b|These\b|The\b|Such\b|Each\b|Any\b|Outputs?\b|Models?\b|It\b|They\b|He\b|She\b|If\b|When\b|Where\b)[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?/;
/** Terms listed in one parenthesis: (“Acme”, “we”, “our” or “us”). */
const PARTY_LIST = /\(((?:\s*(?:,|or|and)?\s*(?:the\s+)?["“][^"“”]{1,40}["”]){2,6})\s*\)/g;
const QUOTED_TERM = /["“]([^"“”]{1,40})["”]/g;

/** Reads one unit; returns its definition or null. `inDefinitionsSection` allows the glossary style. */
export function readDefinition(unit: string, span: TextSpan, inDefinitionsSection: boolean): Definition | null {
  let terms: string[] | null = null;
  let meaningStart = 0;
  const quoted = QUOTED_DEFINITION.exec(unit);
  if (quoted) {
    terms = [quoted[1], quoted[2]].filter((t): t is string => Boolean(t)).map((t) => t.trim());
    meaningStart = quoted[0].length;
  } else {
    const bare = BARE_DEFINITION.exec(unit) ?? (inDefinitionsSection ? GLOSSARY_DEFINITION.exec(unit) : null);
    if (bare) {
      terms = [bare[1].trim()];
      meaningStart = bare[0].length - (bare === null ? 0 : 0);
    }
  }
  if (!terms && inDefinitionsSection) {
    // A definitions list written as prose: "A “Prompt” is the content you send to the service."
    const prose = ARTICLE_DEFINITION.exec(unit);
    if (prose) {
      terms = [prose[1].trim()];
      meaningStart = prose[0].length;
    }
  }
  if (!terms || terms.length === 0) return null;
  const meaning = unit.slice(meaningStart).trim();
  return { terms, span, meaning, tags: tagDefinition(terms, meaning) };
}

/** Inline definitions in a unit: the term, with the unit as its meaning. */
export function readInlineDefinitions(unit: string, span: TextSpan): Definition[] {
  const out: Definition[] = [];
  INLINE_DEFINITION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_DEFINITION.exec(unit))) {
    const term = m[1].trim().replace(/[.,]$/, '');
    if (!term) continue;
    // The words before the term are what it stands for ("Collectively, Input and Output are" included).
    const quoteAt = m.index + m[0].length - m[1].length - 2;
    const meaning = unit.slice(Math.max(0, quoteAt - 200), quoteAt);
    out.push({ terms: [term], span, meaning, tags: tagDefinition([term], meaning, true) });
  }
  // A contract "between the organization accepting these terms (“Customer”) and Acme Ltd (“Acme”)": the party that
  // is not the user is the provider.
  if (/\bbetween\b/i.test(unit) && out.some((d) => d.tags.has('user-party'))) {
    const others = out.filter((d) => d.tags.size === 0 && /^[A-Z]/.test(d.terms[0]) && !/\b(?:agreement|terms|licen[cs]e|policy|services?|effective date)\b/i.test(d.terms[0]));
    if (others.length === 1) others[0].tags.add('provider');
  }
  return out;
}

/**
 * What the user's own app or API sends back to the service ("When your API receives an App Request, it may send
 * information or content back to the Services (“App Response”)"): a response named after the user's software is
 * the user's content, not what the model generates.
 */
const USERS_SOFTWARE_RESPONSE_NAME = /^(?:apps?|applications?|apis?|plugins?|integrations?|connectors?|servers?|webhooks?|actions?)\s+responses?$/i;
const USERS_SOFTWARE = /\byour (?:own )?(?:apis?|apps?|applications?|servers?|endpoints?|integrations?|plugins?|connectors?)\b/i;

function usersOwnResponse(name: string, meaning: string): boolean {
  return USERS_SOFTWARE_RESPONSE_NAME.test(name.trim()) || (/\bresponses?\b/i.test(name) && USERS_SOFTWARE.test(meaning.slice(-240)));
}

/** `inline`: the meaning is the text before an inline definition, not a meaning that starts after "means". */
export function tagDefinition(terms: string[], meaning: string, inline = false): Set<DefinitionTag> {
  const tags = new Set<DefinitionTag>();
  const name = terms.join(' ');
  const party = partyOf(terms, meaning);
  if (party) return new Set([party]);
  if (terms.every((t) => PARTY_TERM.test(t))) return tags;
  const derivative = DERIVATIVE_TERM.test(name);
  if (derivative) {
    tags.add('derivative');
    if (DERIVATIVE_OUTPUT_MEANING.test(meaning)) tags.add('derivative-output');
  }
  if ((NON_COMMERCIAL_TERM.test(name) && !terms.every((t) => MATERIAL_NAME.test(t) && !/\bnon-?commercial\b/i.test(t))) || (!COMMERCIAL_TERM.test(name) && NON_COMMERCIAL_MEANING.test(meaning) && /\bpurposes?|uses?\b/i.test(name))) {
    tags.add('non-commercial');
  } else if (COMMERCIAL_TERM.test(name)) {
    tags.add('commercial');
  }
  if (!derivative && !usersOwnResponse(name, meaning) && (OUTPUT_TERM.test(name) || (!inline && GENERATED_MEANING.test(meaning.slice(0, 200))))) {
    tags.add('output');
  }
  else if (!derivative && OUTPUT_MEANING.test(meaning.slice(0, 300).replace(OUTPUT_EXCLUDED, ' '))) tags.add('content');
  if (PRODUCT_MEANING.test(meaning.slice(0, 200)) && /\b(?:applications?|products?)\b/i.test(name)) tags.add('product');
  if (POLICY_TEXT.test(name) || (POLICY_TEXT.test(meaning.slice(0, 160)) && /\bpolic|aup|guidelines|rules\b/i.test(name))) tags.add('policy');
  // An inline definition's meaning is the text before it: its end names what is defined.
  if (BRAND_TERM.test(name) && BRAND_MEANING.test(inline ? meaning.slice(-300) : meaning.slice(0, 300))) tags.add('brand');
  return tags;
}

/**
 * Which party a definition names: the provider when its terms include "we"/"us"/"Licensor" or it is defined as the
 * licensor; the user when its terms include "you"/"Licensee"/"Customer" or it is defined as "you" or as the entity
 * accepting the terms. Null for every other term.
 */
function partyOf(terms: string[], meaning: string): 'provider' | 'user-party' | null {
  if (terms.some((t) => USER_WORD.test(t))) return 'user-party';
  if (terms.some((t) => PROVIDER_WORD.test(t))) return 'provider';
  if (terms.length !== 1 || !/^[A-Z]/.test(terms[0]) || terms[0].split(/\s+/).length > 3) return null;
  // Material ("Software", "Model") is also "provided"; only a name for a party can be the provider.
  if (/\b(?:content|data|materials?|models?|software|services?|works?|outputs?|products?)\b/i.test(terms[0])) return null;
  const head = meaning.slice(0, 160);
  if (USER_MEANING.test(head)) return 'user-party';
  if (PROVIDER_MEANING.test(head)) return 'provider';
  return null;
}

/** Party names listed together in a parenthesis: 'Acme Inc. (“Acme”, “we”, “our” or “us”)'. */
export function readPartyLists(unit: string, span: TextSpan): Definition[] {
  const out: Definition[] = [];
  PARTY_LIST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARTY_LIST.exec(unit))) {
    const terms = [...m[1].matchAll(QUOTED_TERM)].map((q) => q[1].trim());
    const party = partyOf(terms, '');
    if (party) out.push({ terms, span, meaning: unit.slice(Math.max(0, m.index - 200), m.index), tags: new Set([party]) });
  }
  return out;
}

/** All defined terms of a document, and a matcher per tag for the clauses that use them. */
export class DefinedTerms {
  private readonly byTag = new Map<DefinitionTag, RegExp>();

  constructor(readonly definitions: Definition[]) {
    // A term defined through another ("Your Content" means the Prompts and Responses) stands for outputs in part
    // when the other term names outputs.
    const outputTerms = definitions.filter((d) => d.tags.has('output')).flatMap((d) => d.terms.flatMap((t) => numberForms(t, 'output')));
    if (outputTerms.length > 0) {
      const usesOutput = new RegExp(`(?<![\\w-])(?:${outputTerms.sort((a, b) => b.length - a.length).map(escapeTerm).join('|')})(?![\\w-])`);
      for (const d of definitions) {
        if (d.tags.has('output') || d.tags.has('content') || d.tags.has('derivative') || d.tags.has('provider') || d.tags.has('user-party')) continue;
        if (usesOutput.test(d.meaning.slice(0, 300).replace(OUTPUT_EXCLUDED, ' '))) d.tags.add('content');
      }
    }
    const tags: DefinitionTag[] = ['non-commercial', 'commercial', 'output', 'content', 'policy', 'product', 'derivative', 'derivative-output', 'provider', 'brand'];
    // A name defined as the user ("Company" in a processor addendum) never stands for the provider.
    const userNames = new Set(definitions.filter((d) => d.tags.has('user-party')).flatMap((d) => d.terms.map((t) => t.toLowerCase())));
    for (const tag of tags) {
      const terms = new Set<string>();
      for (const d of definitions) {
        if (!d.tags.has(tag)) continue;
        for (const t of d.terms) if (t.length >= 3 && !PARTY_TERM.test(t) && !(tag === 'provider' && userNames.has(t.toLowerCase()))) for (const form of numberForms(t, tag)) terms.add(form);
      }
      if (terms.size === 0) continue;
      const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeTerm);
      // Defined terms are capitalised where they are used; matching case-sensitively keeps "content" (the
      // ordinary word) apart from “Content” (the defined term).
      this.byTag.set(tag, new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`));
    }
  }

  /** Tags of the defined terms used in `text`. */
  tagsUsedIn(text: string): Set<DefinitionTag> {
    const out = new Set<DefinitionTag>();
    for (const [tag, re] of this.byTag) if (re.test(text)) out.add(tag);
    return out;
  }

  /**
   * Patterns for "the provider … <then>": the general words for the provider (we, us, the licensor, the provider),
   * and the provider's defined names (case-sensitive, as defined terms are capitalised), each followed closely by
   * `then`. Compiled once per document and pattern.
   */
  providerDoes(then: RegExp): RegExp[] {
    let hit = this.providerPatterns.get(then);
    if (hit) return hit;
    const gap = String.raw`[^.;]{0,30}?`;
    hit = [new RegExp(String.raw`\b(?:we|us|(?:the )?licensor|(?:the |our |service )?provider)\b,?${gap}(?:${then.source})`, 'i')];
    const names = this.byTag.get('provider');
    // What follows a name is ordinary prose ("Acme will not use"), in the lower case the patterns are written in.
    if (names) hit.push(new RegExp(`${names.source},?${gap}(?:${then.source})`));
    // A document that names no provider in its definitions: a capitalised name acting as the subject ("Acme may
    // use …"), never a user-side word or a document part.
    // A name the document defines as its service ("AIs" means the tools … we make available) is not a party.
    else hit.push(new RegExp(`${this.notServiceName}${UNDEFINED_PROVIDER_NAME.source},? (?:${then.source})`));
    this.providerPatterns.set(then, hit);
    return hit;
  }

  private readonly providerPatterns = new Map<RegExp, RegExp[]>();

  /** A lookahead that keeps names defined as the service itself (not as a party) out of a provider match. */
  private get notServiceName(): string {
    const names = this.definitions
      .filter((d) => !d.tags.has('provider') && !d.tags.has('user-party') && SERVICE_MEANING.test(d.meaning) && !PARTY_MEANING.test(d.meaning))
      .flatMap((d) => d.terms)
      .filter((t) => /^[A-Z]/.test(t));
    return names.length === 0 ? '' : `(?!(?:${names.map(escapeTerm).join('|')})(?![\\w-]))`;
  }

  /** Where a term with `tag` is used in `text`, or -1. */
  indexOfTag(tag: DefinitionTag, text: string): number {
    const re = this.byTag.get(tag);
    if (!re) return -1;
    const m = re.exec(text);
    return m ? m.index : -1;
  }
}

function escapeTerm(term: string): string {
  // Curly and straight apostrophes are the same letter to a reader; plural "(s)" forms are optional.
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\\\(s\\\)$/, '(?:s|\\(s\\))?');
}

/**
 * A defined thing is used in the singular and the plural (“Outputs” defined, "that Output" used): both forms of the
 * term's last word. Names of parties are names, not nouns.
 */
function numberForms(term: string, tag: DefinitionTag): string[] {
  if (tag === 'provider' || !/^[A-Z]/.test(term) || !/[a-z]$/.test(term)) return [term];
  if (/[^s]s$/.test(term)) return [term, term.slice(0, -1)];
  if (/(?:s|x|ch|sh|y)$/.test(term)) return [term];
  return [term, `${term}s`];
}
