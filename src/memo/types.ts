/**
 * The review memo as plain data: what it says, in the order it says it, with no formatting. The DOCX, HTML and
 * Markdown renderers all read this one model, so the three formats cannot disagree about content.
 */
import type { AnchorStatus } from '../store/annotations';
import type { FindingStatus } from '../store/findings';
import type { MemoSectionId } from './options';

/** Where a statement comes from: a document of the memo and, when known, the section and page. */
export interface MemoCitation {
  documentId: number;
  /** "D1", "D2", … in the order the assessment attaches the documents. */
  documentRef: string;
  documentTitle: string;
  /** As counsel would cite it ("1.b.v", "4.2(b)"); null when no numbered section encloses the passage. */
  section: string | null;
  /** Where the document numbers nothing at the passage: the heading it sits under ("Content Rights"). */
  heading: string | null;
  /** 1-based page for paged formats (PDF), else null. */
  page: number | null;
}

export interface MemoQuote {
  quote: string;
  citation: MemoCitation;
  /** The library finding quoted, when the quote is one (the findings section then prints it in full). */
  findingId: number | null;
}

/** How a verdict reads for the business at a glance; the renderers shade by it and always print the words too. */
export type VerdictTone = 'favourable' | 'caution' | 'restrictive' | 'neutral';

export interface MemoHeading {
  assessmentId: number;
  title: string;
  model: string;
  intendedUse: string;
  reviewer: string;
  /** ISO timestamp of the memo (the clock of the call), and the same date in words. */
  preparedAt: string;
  date: string;
  status: string;
  statusLabel: string;
  decision: string | null;
  decisionLabel: string;
}

export interface MemoSummaryRow {
  topic: string;
  title: string;
  verdict: string;
  verdictLabel: string;
  tone: VerdictTone;
  conditions: string;
  decidingDocument: { documentId: number; documentRef: string; title: string; roleLabel: string } | null;
  /** The clauses the answer rests on, as they read when the answer was recorded. */
  clauses: MemoQuote[];
  /** True when the reviewer changed the engine's suggestion; `suggestedLabel` says what it was. */
  edited: boolean;
  suggestedLabel: string | null;
  warnings: string[];
}

export interface MemoDocument {
  documentId: number;
  documentRef: string;
  title: string;
  role: string;
  roleLabel: string;
  versionLabel: string | null;
  effectiveDate: string | null;
  /** "23 July 2024" */
  effectiveDateLabel: string | null;
  sha256: string;
  sourceName: string;
  format: string;
  pageCount: number | null;
  licence: { id: string; name: string; match: 'exact' | 'modified' } | null;
  /** "Apache License 2.0 (exact match)", "Llama 3.1 Community License — modified from the reference", "Not identified". */
  licenceLabel: string;
  modifiedFromReference: boolean;
}

export interface MemoFinding {
  findingId: number;
  /** The engine's key ("f3"). */
  key: string;
  quote: string;
  citation: MemoCitation;
  stance: string;
  explanation: string;
  status: FindingStatus;
  /** "Confirmed by Ann Counsel", "Suggested by the analysis (not yet reviewed)", "Rejected by …". */
  statusLabel: string;
  /** The category the engine suggested, when the reviewer moved the finding to another one. */
  movedFrom: string | null;
}

export interface MemoFindingGroup {
  category: string;
  title: string;
  findings: MemoFinding[];
}

/** One topic's reasoning: the reviewer's words (empty when none were recorded) and the clauses relied on. */
export interface MemoRationale {
  topic: string;
  title: string;
  verdictLabel: string;
  tone: VerdictTone;
  rationale: string;
  editedBy: string | null;
  editedAt: string | null;
  clauses: MemoQuote[];
}

export interface MemoAnnotation {
  annotationId: number;
  category: string;
  categoryLabel: string;
  comment: string;
  tags: string[];
  author: string;
  createdAt: string;
  quote: string;
  citation: MemoCitation;
  anchorStatus: AnchorStatus;
  /** Said in words when the highlight did not anchor cleanly in the current text. */
  anchorNote: string | null;
}

/** What changed in a document since an earlier version in the library (filled by a version comparison). */
export interface MemoVersionChanges {
  documentId: number;
  documentRef: string;
  documentTitle: string;
  earlierDocumentId: number;
  earlierTitle: string;
  earlierVersionLabel: string | null;
  earlierDateLabel: string | null;
  earlierSha256: string;
  /** "13 changed passages (11 modified, 2 deleted), 4 material; 63% of the earlier wording is unchanged." */
  overview: string;
  changes: Array<{
    summary: string;
    material: boolean;
    /** Topic titles the change touches. */
    topics: string[];
    /** Where the change sits in the current text; null for wording that was removed. */
    citation: MemoCitation | null;
    /** For removed wording: the section it stood in, in the earlier version. */
    earlierSection: string | null;
  }>;
}

export interface MemoSignOff {
  reviewer: string;
  /** Date of the decision in words, or null while undecided (the memo then leaves a line to fill in). */
  date: string | null;
  decisionLabel: string;
  statusLabel: string;
}

export interface Memo {
  privilegedHeader: string;
  /** Sections present, in order; a renderer prints exactly these (the heading block always comes first). */
  sections: MemoSectionId[];
  heading: MemoHeading;
  summary: MemoSummaryRow[];
  documents: MemoDocument[];
  findings: MemoFindingGroup[];
  /** Rejected findings are in `findings` only when the options ask for them. */
  includesRejectedFindings: boolean;
  rationale: MemoRationale[];
  annotations: MemoAnnotation[];
  conditions: string[];
  openQuestions: string[];
  notes: string;
  changes: MemoVersionChanges[];
  signOff: MemoSignOff;
}
