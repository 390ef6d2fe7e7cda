/**
 * Why a file could not be imported, as a value with a code the UI and CLI can explain. Every failure of
 * importDocument is one of these; anything else escaping the importer is a bug.
 */
export type ImportErrorCode =
  | 'UNSUPPORTED_FORMAT' // not a PDF, Word (.docx), Markdown, text or web page (HTML) file
  | 'ENCRYPTED' // password-protected PDF or DOCX
  | 'CORRUPT' // the file claims a format but its structure is broken or truncated
  | 'NO_TEXT_LAYER' // a PDF of scanned images: OCR needed
  | 'EMPTY' // no text at all
  | 'TOO_LARGE'; // over the byte, page, or decompressed-size limit

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

/** Limits that keep a hostile or huge file from exhausting memory or time. */
export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages accepted. */
  maxPages: number;
  /** Most bytes a DOCX may decompress to, over all the parts read. */
  maxDecompressedBytes: number;
  /** Largest decompressed-to-compressed ratio accepted for one zip entry (zip bombs are thousands to one). */
  maxCompressionRatio: number;
  /** Most characters of normalised text kept. */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxPages: 2_000,
  maxDecompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxTextLength: 20_000_000,
};
