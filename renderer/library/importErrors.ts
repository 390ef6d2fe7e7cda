/**
 * Why a file was not imported, in the words a reviewer needs: what is wrong and what to do. Chosen by the
 * engine's error code (ImportErrorCode); the engine's own message is shown underneath as the detail.
 */
import type { CallFailure } from '../app/desk';

function formatName(fileName: string): string {
  if (/\.pdf$/i.test(fileName)) return 'This PDF';
  if (/\.docx?$/i.test(fileName)) return 'This Word document';
  return 'This file';
}

export function explainImportFailure(failure: CallFailure, fileName: string): string {
  const it = formatName(fileName);
  switch (failure.code) {
    case 'ENCRYPTED':
      return `${it} is password-protected. Open it, save a copy without the password, and import that copy.`;
    case 'NO_TEXT_LAYER':
      return `${it} looks scanned: its pages are images with no text layer, so it needs OCR before it can be reviewed.`;
    case 'CORRUPT':
      return `${it} is damaged or incomplete and could not be read. Try exporting it again from the original.`;
    case 'EMPTY':
      return `${it} contains no text to review.`;
    case 'TOO_LARGE':
      return `${it} is too large to import.`;
    case 'UNSUPPORTED_FORMAT':
      return `${it} is not in a format License Desk reads. Import a PDF, a Word (.docx), a Markdown or a plain-text file.`;
    case 'UNREADABLE':
      return `${it} could not be read from disk (it may have been moved, or access is denied).`;
    case 'INVALID_ARGUMENT':
      return `${it} could not be sent to the library.`;
    default:
      return `${it} could not be imported because of an internal error (${failure.code}).`;
  }
}

export function explainDuplicate(existingTitle: string): string {
  return `Already in the library as “${existingTitle}”.`;
}
