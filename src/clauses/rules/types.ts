import type { Category, FindingFacts, Stance } from '../types';
import type { DefinitionTag } from '../definitions';

/** What a rule sees of one unit (sentence, clause or list item). */
export interface Reading {
  /**
   * The unit's text, normalised for matching without changing length (curly quotes made straight, Markdown
   * emphasis marks blanked), preceded by its lead-in when it continues a sentence or a list: `lead + " " + unit`.
   */
  text: string;
  /** Where the unit's own text starts in `text` (0 when there is no lead-in). */
  unitOffset: number;
  /** The unit's original text (for facts such as quoted notices and addresses). */
  original: string;
  /** Tags of defined terms the unit (not its lead-in) uses, e.g. "output" for “Outputs”. */
  termTags: ReadonlySet<DefinitionTag>;
  /** Tags of the term the unit itself defines, when it is a definition. */
  defines: ReadonlySet<DefinitionTag> | null;
}

/**
 * One condition of a rule: a pattern, or a pattern that a defined term with the given tag also satisfies
 * (so "Generated Content", once defined as what the model outputs, counts as an output), or any of several
 * patterns (when one needs other flags, e.g. a case-sensitive capitalised name).
 */
export type SingleCondition =
  | RegExp
  | { pattern: RegExp; term: DefinitionTag | DefinitionTag[] }
  | { defines: DefinitionTag }
  /**
   * The provider does something: the document's own names for the provider (from its party definitions, “Acme”,
   * “we” or “us”) or the general words for it (we, the licensor, the provider), followed closely by `does`.
   */
  | { provider: RegExp };
/** A condition, or any of several (the earliest that holds counts). */
export type Condition = SingleCondition | SingleCondition[];

export interface ClauseRule {
  /** "<category>/<name>", e.g. "commercial-use/mau-threshold". */
  id: string;
  category: Category;
  stance: Stance;
  /**
   * Every condition must hold. The first one must hold in the unit's own text (not only in its lead-in): the
   * lead-in can supply the "must not", never the subject matter.
   */
  when: Condition[];
  /** When set, every condition must match within this many characters of the first one. */
  near?: number;
  /** Fires in a definition ("“X” means …") too; by default only rules that read definitions (stance "defines") and output rules do. */
  inDefinitions?: boolean;
  /** The rule does not fire when any of these matches the unit's own text. */
  unless?: RegExp[];
  /** The rule does not fire when the unit's own text uses a defined term with one of these tags. */
  unlessTerm?: DefinitionTag[];
  /** Why the passage was flagged, in words counsel uses. "{fact}" placeholders are filled from facts. */
  explanation: string;
  confidence: number;
  /** Facts always true when the rule fires (e.g. who owns outputs). */
  facts?: FindingFacts;
  /** Names of fact extractors to run on the unit (see facts.ts). */
  extract?: FactName[];
}

export type FactName =
  | 'mauThreshold'
  | 'dauThreshold'
  | 'usageThreshold'
  | 'revenueThreshold'
  | 'noticeText'
  | 'namePrefix'
  | 'policyUrl'
  | 'excludedTerritories'
  | 'purposeLimits'
  | 'jurisdiction';
