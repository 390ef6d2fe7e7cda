import type { DocumentAssessment } from '../assess/types';
import type { Category } from '../clauses/types';
import type { DocumentFormat } from '../document/model';

/** Schema id of the comparison as `compare --json` prints it; later versions add fields, never rename. */
export const COMPARE_SCHEMA = 'license-desk/compare@1';

/** [start, end) into one document's normalised text (the text `analyze --json` prints). */
export interface TextSpan {
  start: number;
  end: number;
}

export type ChangeKind = 'modified' | 'inserted' | 'deleted' | 'moved';

/**
 * One piece of the word-level redline of a change, in reading order. `equal` parts carry both spans, `delete`
 * parts only the old one, `insert` parts only the new one. `text` is the wording as printed in the document the
 * part comes from (the new one for equal parts).
 */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  old: TextSpan | null;
  new: TextSpan | null;
}

/** Why a change is material: a fact, a clause, a wording or a summary answer that changed. */
export interface MaterialReason {
  /** Null for a change of substance no category covers (a definition of the licensed material, say). */
  category: Category | null;
  kind: 'fact' | 'clause-removed' | 'clause-added' | 'wording' | 'summary' | 'definition';
  /** In counsel's words, e.g. "Attribution: the required notice changed from “Built with Meta Llama 3” to “Built with Llama”". */
  summary: string;
  /** Finding ids ("f12") on each side that the reason rests on. */
  oldFindings: string[];
  newFindings: string[];
  /** For fact changes: the fact name and both values. */
  fact?: { name: string; old: unknown; new: unknown };
}

export interface Change {
  /** "c1", "c2", … in the order of the new document (deletions where they would have been). */
  id: string;
  kind: ChangeKind;
  /** Moved blocks whose wording also changed. */
  edited: boolean;
  /** The blocks the change sits in, on each side (null for the side that has nothing). */
  old: TextSpan | null;
  new: TextSpan | null;
  oldBlocks: string[];
  newBlocks: string[];
  /** Section references as counsel cites them ("1.b.v"), when the blocks are numbered. */
  oldSection: string | null;
  newSection: string | null;
  /** Clause categories the changed words touch, on either side. */
  categories: Category[];
  material: boolean;
  reasons: MaterialReason[];
  /** One sentence in counsel's words. */
  summary: string;
  parts: DiffPart[];
  /** Set when the change only renames a defined term renamed throughout (said once in `termRenames`). */
  renamedTerm?: { from: string; to: string };
}

/** One row of the side-by-side view: blocks that correspond, or a block that has no counterpart. */
export interface BlockPair {
  kind: 'identical' | ChangeKind;
  /** Block ids on each side (several when a format split or merged paragraphs). */
  oldBlocks: string[];
  newBlocks: string[];
  old: TextSpan | null;
  new: TextSpan | null;
  /** The change this row belongs to; null for identical rows. */
  changeId: string | null;
  /** Identical wording whose printed numbering differs (a renumbered section). */
  renumbered: boolean;
}

/** A field of the document summary (DocumentAssessment) that reads differently in the two versions. */
export interface SummaryChange {
  field: 'kind' | 'commercialUse' | 'attributionRequired' | 'outputOwnership' | 'outputRestrictions' | 'acceptableUse';
  category: Category | null;
  old: string | boolean;
  new: string | boolean;
  summary: string;
  /** Changes whose wording explains it (empty when no changed clause decides the field: then not material). */
  changeIds: string[];
  /** A core answer that changed because wording changed. (Two renderings of one text read differently: false.) */
  material: boolean;
}

/** A defined term renamed throughout (its definition and every use): said once for all the places it changed. */
export interface TermRenameNote {
  from: string;
  to: string;
  /** How many times the name was replaced. */
  places: number;
  /** The changes holding those places. */
  changeIds: string[];
  /** "The defined term “Licensed Materials” was renamed “Model Materials” throughout; 5 places (c1–c5), none material". */
  summary: string;
}

export interface ComparedDocument {
  title: string;
  format: DocumentFormat;
  sha256: string;
  characters: number;
  blocks: number;
  pageCount: number | null;
  /** Where the side came from: a file path or "library:<id>" (filled by the caller). */
  source?: string;
  documentId?: number;
  summary: Omit<DocumentAssessment, 'decidedBy'>;
}

export interface ComparisonStats {
  identical: number;
  modified: number;
  inserted: number;
  deleted: number;
  moved: number;
  material: number;
  /** Share of the old document's words found unchanged in the new one. */
  similarity: number;
}

export interface Comparison {
  schema: typeof COMPARE_SCHEMA;
  old: ComparedDocument;
  new: ComparedDocument;
  changes: Change[];
  /** Every block of both documents in reading order of the new one, paired: what a side-by-side view draws. */
  alignment: BlockPair[];
  summaryChanges: SummaryChange[];
  /** The material changes in counsel's words, most important first. */
  materialSummary: string[];
  /** Defined terms renamed throughout, each said once (a rename alone is never material). */
  termRenames: TermRenameNote[];
  stats: ComparisonStats;
}
