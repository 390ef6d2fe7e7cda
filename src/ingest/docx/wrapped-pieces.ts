import { DocumentBuilder } from '../../document/builder';
import type { DocumentModel } from '../../document/model';
import type { ImportContext } from '../context';
import { importPlainText } from '../text';
import { addBodyBlocks } from './body-blocks';
import type { LineParagraphs } from './line-paragraphs';
import type { StyleSheet } from './styles';

/**
 * A hard-wrapped body with tables among its lines: each run of lines is read as the text it is (wrapped lines
 * joined, numbering and headings read from the text), each table as Word records it, cell by cell, in order.
 * Returns the model and the title the text reader found in the first run of lines (null when it found none).
 */
export function readWrappedPieces(
  body: LineParagraphs,
  bytes: Uint8Array,
  ctx: ImportContext,
  styles: StyleSheet,
): { model: DocumentModel; textTitle: string | null } {
  const builder = new DocumentBuilder();
  let tables = 0;
  let textTitle: string | null = null;
  let firstLines = true;
  for (const piece of body.pieces) {
    if ('table' in piece) {
      addBodyBlocks({ type: 'document', children: [piece.table] }, builder, styles, tables++);
      continue;
    }
    const read = importPlainText(piece.lines, bytes, { ...ctx, warnings: [] });
    // The text reader titles a text by its heading, or else by the file name, which is no title found.
    if (firstLines && read.blocks.some((b) => b.kind === 'heading' && read.text.slice(b.start, b.end) === read.title)) textTitle = read.title;
    firstLines = false;
    for (const block of read.blocks) {
      builder.addBlock({ kind: block.kind, level: block.level, number: block.number, segments: [{ text: read.text.slice(block.start, block.end) }] });
    }
  }
  return { model: builder.build({ bytes, format: 'docx', title: '', pageCount: null, warnings: ctx.warnings }), textTitle };
}
