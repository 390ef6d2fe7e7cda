/**
 * The document as the rules read it: every block split into units, each with the text that leads into it (the
 * opening of its sentence, or the introduction of the list it belongs to) and the defined terms it uses.
 */
import type { Block, DocumentModel } from '../document/model';
import { DefinedTerms, readDefinition, readInlineDefinitions, readPartyLists, type Definition, type DefinitionTag } from './definitions';
import { PROHIBITED_LIST_INTRO } from './rules';
import { isRunInHeading, leadingEnumerator, splitUnits, type TextSpan } from './sentences';

export interface ReadUnit extends TextSpan {
  block: Block;
  /** Original text of the unit. */
  text: string;
  /** Matching text of the unit (same length as `text`). */
  normal: string;
  /** The opening of the sentence this unit continues, if any. */
  lead?: TextSpan;
  /** The introduction of the list of prohibited uses this unit is an item of, if any. */
  prohibitedListIntro?: ReadUnit;
  /** The unit introduces a list of prohibited uses. */
  introducesProhibitedList: boolean;
  /** The list this unit introduces has its items inside the unit's own block. */
  inlineItems?: boolean;
  /**
   * For a unit that refers back to what it is about ("… over that content", "such outputs"): the sentence before it
   * in its block and the heading it sits under, which name the thing referred to.
   */
  antecedents?: TextSpan[];
  /** Looks like a heading (short, no sentence punctuation, not a list item). */
  headingLike: boolean;
  /**
   * The sentence after it says it binds no one ("… should not use Results to re-identify anyone. This is a statement
   * of expectation and not a condition of this Agreement."): a wish, not a duty or a ban.
   */
  nonBinding?: boolean;
  termTags: Set<DefinitionTag>;
  defines: Set<DefinitionTag> | null;
}

export interface ReadDocument {
  units: ReadUnit[];
  definitions: Definition[];
  terms: DefinedTerms;
}

/**
 * Same-length normalisation for matching: curly quotes made straight, Markdown emphasis and escapes blanked.
 * Keeping the length means an offset in the normal text is an offset in the original.
 */
export function normaliseForMatching(text: string): string {
  const blanked = text.replace(GLUED_NUMBER, (n) => ' '.repeat(n.length));
  // Every address has "://", "mailto:" or "@": without one, the scan for them (costly at each word) is skipped.
  return (MAY_HOLD_ADDRESS.test(blanked) ? blanked.replace(WEB_ADDRESS, (url) => ' '.repeat(url.length)) : blanked)
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[*_`\\]/g, ' ');
}

/**
 * A section number that PDF extraction glued to its text ("3.1You shall not …", "(b)Licensee may …") hides the first
 * word from word-boundary patterns; blanking it (the number is not the clause's words) restores the boundary.
 */
const GLUED_NUMBER = /^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\((?:[a-z]{1,3}|[ivx]{1,5})\)|[a-z][.)])(?=[A-Z])/;

/**
 * Addresses are blanked for matching: their words ("prohibited_use_policy") are not the clause's words. Each part
 * is bounded (a mailbox name is at most 64 characters, a host 253): unbounded, the mailbox alternative read the
 * rest of a long run of letters, digits and dots from every word in it before failing to find an "@", and a
 * 400,000-character line of "1.1.1." in a unit holding an address hung the analysis (found by the fuzz).
 */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s)\]>"”]{1,2000}|\bmailto:[^\s)\]]{1,320}|\b[\w.-]{1,64}@[\w-]{1,63}\.[\w.]{1,253}/g;
const MAY_HOLD_ADDRESS = /:\/\/|mailto:|@/;

const HEADING_BLOCK = /^#{1,6}\s/;
/** A reference back to something named before: "that content", "such Outputs", "these materials". */
const ANAPHOR = /\b(?:that|such|this|these|those) (?:content|materials?|outputs?|images?|text|results|generations|works?)\b/i;
/** Or back to a defined thing by its capitalised name: "those Creations", "such Assets" (not the document's own parts). */
const DEFINED_ANAPHOR = /\b(?:[Tt]hose|[Ss]uch|[Tt]hese) (?!Terms\b|Services\b|Parties\b|Sections\b|Policies\b|Rights\b|Laws\b)[A-Z][a-z]{2,}s\b/;
const LABEL_START = /^(?:[*_]{1,2}[^*_]{2,80}?[*_]{1,2}\s*[:.]?|[A-Z][\w'’&/ -]{1,60}:)\s/;
/** What promises items: "the following", a closing colon, or a sentence left open at "… any third party to". */
// A model card's "The model may not be used" followed straight by its list: a ban left without its object.
const THE_FOLLOWING = /\bthe following\b|:\s*$|\bto\s*$|\bnot be used\s*$/;
/** A heading that itself prohibits ("Do Not Compromise Children's Safety", "Prohibited uses") heads a list of uses. */
const PROHIBITING_HEADING = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:do not|don[’']t|never)\s|\bprohibited uses?\b|\bdisallowed uses?\b|\bwhat you (?:cannot|can[’']t|may not) do\b/i;
/**
 * A document titled as a use policy ("Usage Policies", "Acceptable Use Policy"): what it lists under its headings
 * are the uses it does not allow, even when a heading names a value ("Keep our platforms safe") rather than a ban.
 */
const USE_POLICY_TITLE =
  /\b(?:(?:acceptable|prohibited|responsible|fair)[- ])?(?:use|usage) polic(?:y|ies)\b|\busage (?:guidelines|rules|standards)\b/i;
/** Headings of a use policy that lead to duties, permissions or procedure, not to prohibited uses. */
const NOT_A_BAN_HEADING =
  /\b(?:requirements?|obligations?|must|should|permitted|allowed|may|can|exceptions?|exclusions?|exemptions?|enforcement|report\w*|changes?|updates?|contact|scope|overview|introduction|about|definitions?|how|why|appeals?|questions?|faq|examples? of (?:permitted|allowed)|principles?|values|commitments?|mission|approach|goals?)\b/i;
/**
 * Says when duties apply or that something is not required ("The requirements apply when users … any of the
 * following:", "The requirements do not apply to:", "review is not required … in the following circumstances:"):
 * what it introduces are the cases a duty covers or spares, not uses the policy bans. Restrictions or prohibitions
 * that apply ("These restrictions apply to the following uses:") still introduce bans.
 */
const DUTY_SCOPE_INTRO =
  /\b(?:requirements?|obligations?|controls|safeguards|guidelines)(?: (?:below|above|also|only|listed|set out))* (?:apply|applies)\b|\b(?:do|does) not apply\b|\b(?:is|are) not required\b/i;
/** A permission, not a ban: "You may use …", "Researchers are permitted to …" (never "may not", "may never"). */
const PERMISSION_INTRO = /\bmay (?!not\b|never\b)(?:\w+ )?(?:use|access|copy|keep|share|collect|reproduce)\b|\b(?:are|is) (?:permitted|allowed) to\b/i;
/**
 * A list announced as commercial purposes ("Prohibited commercial purposes include:"): its items spell out the
 * commercial limit (selling, paid services, commercial products), not uses a use policy bans.
 */
/** "This includes, but is not limited to, the following:": a sentence that spells out the one before it. */
const INCLUDES_INTRO = /^\W*(?:this|these|that|such (?:content|uses?|activities|conduct))\b[^.;:]{0,20}\binclud(?:es|e)\b/i;
const COMMERCIAL_PURPOSES_LIST = /\bcommercial (?:purposes?|uses?|activities|exploitation)\b[^.;:]{0,30}\b(?:include|includes|including|are|is)\b[^.;:]{0,30}:\s*$/i;
const IMPERATIVE_BAN = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:do not|don[’']t|never)\s/i;
/** A sentence that takes the one before it out of the terms: "This is a recommendation, not a condition of this Licence." */
const NON_BINDING_STATEMENT =
  /^\W*(?:this|that|the foregoing|such (?:guidance|statement|request)) (?:is|are) (?:only |merely )?(?:a |an )?(?:statement of (?:expectation|intent)|recommendation|request|guidance|non-binding)\b[^.;]{0,80}\bnot (?:a |an )?(?:condition|requirement|obligation|binding)\b|^\W*(?:this|that|the foregoing) (?:is|are) not (?:a |an )?(?:condition|requirement|obligation) (?:of|under) (?:this|these|the)\b/i;
const DEFINITIONS_HEADING = /\bdefinitions?\b|\binterpretation\b|\bglossary\b/i;
/**
 * "The Agreement does not impose any restriction with respect to:" followed by items that finish its sentence ("the
 * use, modification, or distribution of Outputs."): each item is read with the introduction, which says it is free.
 */
const NO_RESTRICTION_INTRO = /\b(?:does|do|shall|will) not (?:impose|place|put) any (?:restrictions?|limitations?|conditions?) (?:with respect to|on|upon|regarding)\s*:\s*$/i;

export function readDocument(model: DocumentModel): ReadDocument {
  const units: ReadUnit[] = [];
  const blockUnits: ReadUnit[][] = [];
  let inDefinitions = false;
  let heading: TextSpan | null = null;
  const definitions: Definition[] = [];

  for (const block of model.blocks) {
    const own: ReadUnit[] = [];
    const blockText = model.text.slice(block.start, block.end);
    const isHeading = isHeadingBlock(block, blockText);
    if (isHeading) inDefinitions = DEFINITIONS_HEADING.test(blockText);
    for (const span of splitUnits(model.text, block.start, block.end)) {
      const text = model.text.slice(span.start, span.end);
      const normal = normaliseForMatching(text);
      const unit: ReadUnit = {
        start: span.start,
        end: span.end,
        lead: span.lead,
        block,
        text,
        normal,
        introducesProhibitedList: false,
        headingLike: false,
        termTags: new Set(),
        defines: null,
      };
      const definition = readDefinition(normal, span, inDefinitions);
      if (definition) {
        definitions.push(definition);
        unit.defines = definition.tags;
      }
      definitions.push(...readInlineDefinitions(normal, span), ...readPartyLists(normal, span));
      if (!span.lead && (ANAPHOR.test(normal) || DEFINED_ANAPHOR.test(normal))) {
        const before = own[own.length - 1];
        unit.antecedents = [before, heading].filter((a): a is TextSpan => a !== null && a !== undefined).map(({ start, end }) => ({ start, end }));
      }
      if (NON_BINDING_STATEMENT.test(normal) && own.length > 0) own[own.length - 1].nonBinding = true;
      own.push(unit);
      units.push(unit);
    }
    if (isHeading && block.kind === 'heading') heading = { start: block.start, end: block.end };
    blockUnits.push(own);
  }

  const terms = new DefinedTerms(definitions);
  for (const unit of units) unit.termTags = terms.tagsUsedIn(unit.text);
  markProhibitedLists(model, blockUnits);
  linkUnrestrictedItems(model, blockUnits);
  for (const [i, own] of blockUnits.entries()) {
    const block = model.blocks[i];
    for (const unit of own) unit.headingLike = isHeadingLike(unit, block, own.length);
  }
  return { units, definitions, terms };
}

function isHeadingBlock(block: Block, text: string): boolean {
  if (block.kind === 'heading' || HEADING_BLOCK.test(text)) return true;
  return text.length < 60 && !/[;:!?,]$/.test(text) && text.split(/\s+/).length <= 8;
}

function isHeadingLike(unit: ReadUnit, block: Block, unitsInBlock: number): boolean {
  if (block.kind === 'heading' || HEADING_BLOCK.test(unit.text)) return !isSentence(unit.text);
  if (block.kind === 'list-item' || unit.prohibitedListIntro) return false;
  if (unitsInBlock > 1) return false;
  const words = unit.text.split(/\s+/).length;
  // A block that is only a short title ("Governing law (business use).") heads the clauses after it.
  if (words <= 6 && isRunInHeading(unit.text)) return true;
  return words <= 10 && !/[.;:!?)"”]$/.test(unit.text.replace(/[*_]+$/, ''));
}

/**
 * A full sentence that an importer took for a heading (a short clause printed in capitals, "RESEARCHER SHALL USE
 * THE DATABASE ONLY FOR NON-COMMERCIAL RESEARCH PURPOSES."): it ends like a sentence and has a verb a title never has.
 */
const SENTENCE_VERB = /\b(?:shall|must|may|will|agree|agrees|is|are|means|grants?|permitted|prohibited)\b/i;
function isSentence(text: string): boolean {
  const bare = text.replace(/^#{1,6}\s+/, '').replace(/[*_]+/g, '').trim();
  return /[.;:]$/.test(bare) && bare.split(/\s+/).length >= 6 && SENTENCE_VERB.test(bare);
}

type ItemShape = 'list' | 'label' | 'continuation';

/** How a block looks as a list item, or null when it is not one. */
function itemShape(block: Block, text: string): ItemShape | null {
  if (block.kind === 'heading' || HEADING_BLOCK.test(text)) return null;
  if (block.kind === 'list-item' || leadingEnumerator(text) !== null) return 'list';
  if (LABEL_START.test(text) || startsWithBold(block)) return 'label';
  // A block starting in lower case continues the introduction's sentence ("You must not use …:" / "for …;").
  if (/^[a-z]/.test(text)) return 'continuation';
  return null;
}

function startsWithBold(block: Block): boolean {
  return (block.emphasis ?? []).some((e) => e.kind === 'bold' && e.start === block.start && e.end - e.start < 100);
}

/**
 * Finds introductions of prohibited-use lists and marks the items that follow them: later units of the same
 * block, then following blocks while they look like list items (a list item, an enumerator or bullet, or a
 * bold / "Label:" run-in). A heading or an ordinary paragraph ends the list.
 */
function markProhibitedLists(model: DocumentModel, blockUnits: ReadUnit[][]): void {
  const titleBlock = model.blocks.slice(0, 3).find((b) => isHeadingBlock(b, model.text.slice(b.start, b.end)));
  const usePolicy = titleBlock !== undefined && USE_POLICY_TITLE.test(model.text.slice(titleBlock.start, titleBlock.end));
  let intro: ReadUnit | null = null;
  let firstShape: ItemShape | null = null;
  let firstLevel: number | null = null;
  // A heading's list whose item introduces sub-items ("Violations of law. … the following content:"): the heading's
  // list resumes once the sub-items end.
  let outer: { intro: ReadUnit; level: number } | null = null;
  let dutyHeadingLevel: number | null = null;
  for (let b = 0; b < blockUnits.length; b++) {
    const block = model.blocks[b];
    const own = blockUnits[b];
    if (intro && intro.block !== block && (intro.inlineItems || isSiblingSection(model, intro.block, block))) intro = null;
    // An introduction that is itself a list item owns the items nested under it: once they have begun, a list item
    // back at the introduction's depth ("3. Usage Policy.") is the next clause, not another item, unless it is
    // itself a ban ("Do not harm people or property.").
    if (intro && intro.block !== block && intro.block.kind === 'list-item' && firstLevel !== null && firstLevel > intro.block.level) {
      const text = model.text.slice(block.start, block.end);
      if (block.kind === 'list-item' && block.level <= intro.block.level && !IMPERATIVE_BAN.test(text)) {
        intro = null;
        if (outer && block.level === outer.level) {
          intro = outer.intro;
          firstShape = 'list';
          firstLevel = outer.level;
        }
        outer = null;
      }
    }
    if (intro && intro.block !== block) {
      const text = model.text.slice(block.start, block.end);
      // Under a prohibiting heading, a paragraph ending in a colon ("This includes using our services to:")
      // introduces the heading's items: its last sentence becomes the introduction.
      if (intro.headingLike && !firstShape && /:\s*$/.test(text) && !isHeadingBlock(block, text)) {
        // Unless it grants something ("You may use public data for the following purposes:"): what it introduces
        // are permissions, and the heading's list ends there.
        if (PERMISSION_INTRO.test(own[own.length - 1].normal) || DUTY_SCOPE_INTRO.test(own[own.length - 1].normal)) {
          intro = null;
          continue;
        }
        // A list item of the heading's list that ends in a colon is an item that introduces sub-items.
        if (block.kind === 'list-item' && own.length > 1) {
          for (const unit of own.slice(0, -1)) unit.prohibitedListIntro = intro;
          outer = { intro, level: block.level };
        }
        intro = own[own.length - 1];
        intro.introducesProhibitedList = true;
        continue;
      }
      // A colon promises what follows: the first block after "… to:" is the list's first item, whatever its shape
      // (a PDF whose bullets were drawn, not printed, gives plain paragraphs).
      // So does an imperative heading ("Do not spread misinformation"): what follows it spells out the ban.
      const current: ReadUnit = intro;
      const promises = /:\s*$/.test(current.normal) || (current.headingLike && IMPERATIVE_BAN.test(current.normal));
      const promised: ItemShape | null = !firstShape && promises && !isHeadingBlock(block, text) ? 'continuation' : null;
      const shape: ItemShape | null = itemShape(block, text) ?? promised;
      // A list that began with bullets or numbers ends at a paragraph with a bold run-in title: that is the
      // next clause, not another item (labelled items may contain bulleted sub-items, not the reverse).
      if (shape && !(firstShape === 'list' && shape === 'label')) {
        firstShape ??= shape;
        firstLevel ??= block.level;
        for (const unit of own) unit.prohibitedListIntro = intro;
      } else {
        intro = null;
      }
    }
    const blockText = model.text.slice(block.start, block.end);
    // A sub-heading under a heading of duties or exceptions ("Exclusions" › "AI Recommendations") is part of it.
    if (block.kind === 'heading' && dutyHeadingLevel !== null && block.level <= dutyHeadingLevel) dutyHeadingLevel = null;
    const underDutyHeading = block.kind === 'heading' && dutyHeadingLevel !== null;
    const policyHeading = usePolicy && block !== titleBlock && block.kind === 'heading' && !underDutyHeading && !NOT_A_BAN_HEADING.test(blockText);
    if (usePolicy && block !== titleBlock && block.kind === 'heading' && !underDutyHeading && NOT_A_BAN_HEADING.test(blockText) && !PROHIBITING_HEADING.test(blockText)) {
      dutyHeadingLevel = block.level;
    }
    if (own.length === 1 && isHeadingBlock(block, blockText) && (PROHIBITING_HEADING.test(blockText) || policyHeading)) {
      // The heading leads the list but is not itself flagged (headings never are).
      intro = own[0];
      intro.headingLike = true;
      firstShape = null;
      firstLevel = null;
      continue;
    }
    for (const [i, unit] of own.entries()) {
      if (unit.prohibitedListIntro) continue;
      // "Do not use the features to create abusive or illegal content. This includes, but is not limited to, the
      // following:": what the ban before it includes is its list.
      const bansBefore = i > 0 && INCLUDES_INTRO.test(unit.normal) && PROHIBITED_LIST_INTRO.test(own[i - 1].normal);
      if (THE_FOLLOWING.test(unit.normal.trimEnd()) && (PROHIBITED_LIST_INTRO.test(unit.normal) || bansBefore) && !COMMERCIAL_PURPOSES_LIST.test(unit.normal)) {
        unit.introducesProhibitedList = true;
        intro = unit;
        firstShape = null;
        firstLevel = null;
        // Items inside the same block after a "…:" introduction (an importer that kept the list in one block):
        // the list is then complete in its block, and the next block is the next clause.
        for (const later of own.slice(i + 1)) {
          if (later.lead && later.lead.start === unit.start) {
            later.prohibitedListIntro = unit;
            unit.inlineItems = true;
          }
        }
      }
    }
  }
}

/**
 * Items after a "does not impose any restriction with respect to:" introduction, while they continue its sentence (a
 * list item whose words start in lower case), take the introduction as context.
 */
function linkUnrestrictedItems(model: DocumentModel, blockUnits: ReadUnit[][]): void {
  for (let b = 0; b < blockUnits.length; b++) {
    const intro = blockUnits[b][blockUnits[b].length - 1];
    if (!intro || !NO_RESTRICTION_INTRO.test(intro.normal.trimEnd())) continue;
    for (let n = b + 1; n < blockUnits.length; n++) {
      const block = model.blocks[n];
      const text = model.text.slice(block.start, block.end);
      const words = text.slice(leadingEnumerator(text)?.length ?? 0).trimStart();
      if (block.kind === 'heading' || !/^[a-z]/.test(words)) break;
      for (const unit of blockUnits[n]) if (!unit.lead) unit.antecedents = [{ start: intro.start, end: intro.end }, ...(unit.antecedents ?? [])];
    }
  }
}

/**
 * "3.4" after a list introduced in "3.3": a block numbered as a sibling (same depth) of the introduction's block
 * is the next section, however list-like it looks.
 */
function isSiblingSection(model: DocumentModel, introBlock: Block, block: Block): boolean {
  const a = sectionNumber(model, introBlock);
  const b = sectionNumber(model, block);
  return a !== null && b !== null && a.length > 1 && a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.') && a.join('.') !== b.join('.');
}

function sectionNumber(model: DocumentModel, block: Block): string[] | null {
  const number = block.number ?? leadingEnumerator(model.text.slice(block.start, Math.min(block.end, block.start + 24)));
  if (!number || !/^\d+(?:\.\d+)+\.?$/.test(number)) return null;
  return number.split('.').filter(Boolean);
}

/** Text that leads into a unit when reading it: its list's introduction, then its sentence's opening. */
export function leadText(unit: ReadUnit, text: string): string {
  const parts: string[] = [];
  if (unit.prohibitedListIntro && unit.prohibitedListIntro !== unit) parts.push(unit.prohibitedListIntro.normal);
  if (unit.lead && unit.lead.start !== unit.prohibitedListIntro?.start) parts.push(normaliseForMatching(text.slice(unit.lead.start, unit.lead.end)));
  for (const a of unit.antecedents ?? []) parts.push(normaliseForMatching(text.slice(a.start, a.end)));
  return parts.join(' ');
}
