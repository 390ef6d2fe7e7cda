/**
 * PDF memos are printed by the desktop app's main process (Electron's printToPDF over the memo's HTML, with a
 * native save dialog): the page has no print engine and may not write files. Where the window has no such shell
 * (the browser test host), PDF is offered as unavailable, with the CLI named instead.
 */
import { desk } from '../app/desk';
import type { MemoPdfRequest } from '../../src/api/client';

export type PdfExport =
  | { available: true; save(request: MemoPdfRequest): Promise<string | null> }
  | { available: false; reason: string };

export function pdfExport(): PdfExport {
  const shell = desk().shell;
  if (!shell.saveMemoPdf) {
    return { available: false, reason: 'PDF is printed by the License Desk desktop app (or: license-desk memo <id> --format pdf).' };
  }
  const save = shell.saveMemoPdf.bind(shell);
  return {
    available: true,
    async save(request) {
      const outcome = await save(request);
      return outcome.saved ? outcome.path : null;
    },
  };
}
