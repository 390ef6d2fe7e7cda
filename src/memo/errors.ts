/** Why a memo could not be produced, as a value with a code the UI and the CLI can explain. */
export type MemoErrorCode =
  | 'INVALID_OPTION' // an option names a section that does not exist, or contradicts another option
  | 'PDF_ENGINE_UNAVAILABLE' // no print engine (Chromium / Chrome / Edge) was found to turn the memo into a PDF
  | 'PDF_ENGINE_FAILED'; // the print engine ran but produced no PDF (crashed, timed out, wrote nothing)

export class MemoError extends Error {
  override readonly name = 'MemoError';
  constructor(
    readonly code: MemoErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
