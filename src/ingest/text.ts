import { DocumentBuilder } from '../document/builder';
import type { DocumentModel } from '../document/model';
import { titleFromFileName, type ImportContext } from './context';

/**
 * Plain text -> document model. PROVISIONAL: paragraphs split on blank lines only; the structure pass
 * (numbered sections, list items, headings, hard-wrapped lines) is being written.
 */
export function importPlainText(text: string, bytes: Uint8Array, ctx: ImportContext): DocumentModel {
  const builder = new DocumentBuilder();
  for (const para of text.split(/\r?\n\s*\r?\n/)) builder.addBlock({ kind: 'paragraph', segments: [{ text: para }] });
  return builder.build({ bytes, format: 'text', title: titleFromFileName(ctx.name), pageCount: null, warnings: ctx.warnings });
}
