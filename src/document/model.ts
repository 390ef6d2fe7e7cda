/**
 * The document model every layer shares: one normalised text per document, and blocks that point into it
 * with [start, end) offsets (JavaScript string indices, i.e. UTF-16 code units).
 *
 * Text rules (every importer follows them, so offsets mean the same thing whatever the source format):
 * - Blocks are joined by exactly one blank line ("\n\n"); a block's own text never contains "\n".
 * - Inside a block, runs of whitespace are one space; the text has no leading/trailing space.
 * - The printed number of a section or list item stays in the text as the reader sees it ("4.2(b) The
 *   Licensee …"); `Block.number` repeats it as data. Bullet symbols (•, -, *) are dropped.
 * - Markup is dropped (Markdown `#`, `**`, table pipes); a Markdown link keeps its target after its label,
 *   "label (https://…)", because an incorporated policy's address matters to counsel.
 * - Zero-width characters and soft hyphens are removed; no-break spaces become spaces.
 * - The text is well-formed UTF-16: half a surrogate pair (from a damaged file) becomes U+FFFD.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'markdown' | 'text';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

/**
 * One line of a PDF block on its page, in PDF points with the origin at the page's top-left corner
 * (y grows downwards, as on screen). `start`/`end` are the offsets of the line's text in the document text,
 * so a highlight of any span can be drawn by interpolating inside the boxes it touches.
 */
export interface TextBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  start: number;
  end: number;
}

export interface TablePosition {
  /** 1-based index of the table in the document. */
  table: number;
  /** 1-based row and column. */
  row: number;
  column: number;
  /** True for a header row/cell. */
  header?: boolean;
}

export interface Emphasis {
  start: number;
  end: number;
  kind: 'bold' | 'italic';
}

export interface Block {
  /** "b1", "b2", … in reading order; stable for a given import of a given file. */
  id: string;
  kind: BlockKind;
  /** Heading level 1–6, list nesting depth from 1, 0 for paragraphs and table cells. */
  level: number;
  /** Section or item number as printed, e.g. "4.2(b)", "1.", "iv."; null when the block has none. */
  number: string | null;
  start: number;
  end: number;
  /** 1-based page where the block starts; null for formats without fixed pages. */
  page: number | null;
  /** PDF only: one box per line of the block. */
  boxes?: TextBox[];
  table?: TablePosition;
  /** Bold / italic runs (absolute offsets), e.g. a defined term set in bold. */
  emphasis?: Emphasis[];
}

export interface PageInfo {
  /** 1-based page number. */
  number: number;
  /** Page size in PDF points. */
  width: number;
  height: number;
}

export interface DocumentModel {
  title: string;
  format: DocumentFormat;
  /** Lower-case hex SHA-256 of the original bytes. */
  sha256: string;
  byteLength: number;
  /** Pages for PDF (and DOCX when the file records it); null where the format has no fixed pages. */
  pageCount: number | null;
  text: string;
  blocks: Block[];
  /** PDF only: size of every page, in order. Empty for other formats. */
  pages: PageInfo[];
  /** Things the importer had to guess or drop, in plain words (e.g. "decoded as Windows-1252"). */
  warnings: string[];
}

/** Joins block texts with the block separator and returns the blocks with their offsets. */
export const BLOCK_SEPARATOR = '\n\n';
