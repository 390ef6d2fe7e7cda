import { DocumentBuilder } from '../document/builder';
import type { DocumentModel } from '../document/model';
import { titleFromFileName, type ImportContext } from './context';

/** Markdown -> document model. PROVISIONAL: paragraphs split on blank lines; the real parser pass is being written. */
export function importMarkdown(text: string, bytes: Uint8Array, ctx: ImportContext): DocumentModel {
  const builder = new DocumentBuilder();
  for (const para of text.split(/\r?\n\s*\r?\n/)) builder.addBlock({ kind: 'paragraph', segments: [{ text: para }] });
  return builder.build({ bytes, format: 'markdown', title: titleFromFileName(ctx.name), pageCount: null, warnings: ctx.warnings });
}
