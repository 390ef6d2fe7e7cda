import type { CommercialUse, DocumentKind } from '../assess/types';
import type { DocumentFormat } from '../document/model';

/** A document as the library lists it (no text, no bytes). */
export interface DocumentRecord {
  id: number;
  sha256: string;
  title: string;
  kind: DocumentKind;
  family: string | null;
  versionLabel: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  effectiveDate: string | null;
  notes: string;
  format: DocumentFormat;
  sourceName: string;
  byteLength: number;
  pageCount: number | null;
  characters: number;
  importedAt: string;
  updatedAt: string;
  /** From the stored analysis; null until analysed. */
  license: { id: string; name: string; match: 'exact' | 'modified' } | null;
  commercialUse: CommercialUse | null;
}

export interface DocumentMetadata {
  title?: string;
  kind?: DocumentKind;
  family?: string | null;
  versionLabel?: string | null;
  effectiveDate?: string | null;
  notes?: string;
}

export interface SearchHit {
  documentId: number;
  documentTitle: string;
  blockId: string;
  /** Offsets of the block holding the hit, to open the document there. */
  start: number;
  end: number;
  page: number | null;
  /** Block text with the matched words wrapped in \u0002 … \u0003 (render as <mark>; never as HTML). */
  snippet: string;
  rank: number;
}
