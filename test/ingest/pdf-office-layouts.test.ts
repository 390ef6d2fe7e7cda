/**
 * Layouts Word and LibreOffice users print licences in, made at test time from corpus texts (office-print.ts):
 * the PDF reader must give back each clause whole, in reading order, whatever the page layout.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, SectionType, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { corpusAvailable, locatePassage, wordRuns } from '../support/corpus';
import { corpusParagraphs, officeAvailable, printWithLibreOffice } from './office-print';

/** Where each paragraph landed: the block holding all of it, or why none does. */
function placeParagraphs(model: DocumentModel, paragraphs: string[]): Array<{ paragraph: string; block: number | 'missing' | 'split' }> {
  const runs = wordRuns(model.text);
  return paragraphs.map((paragraph) => {
    const span = locatePassage(model.text, paragraph, runs);
    if (!span) return { paragraph, block: 'missing' as const };
    const block = model.blocks.findIndex((b) => b.start <= span.start && span.end <= b.end);
    return { paragraph, block: block < 0 ? ('split' as const) : block };
  });
}

describe.skipIf(!corpusAvailable || !officeAvailable)('PDFs printed by LibreOffice from Word layouts (live; skipped without soffice)', () => {
  let pdfs: Record<string, Uint8Array>;
  const gemma = corpusAvailable ? corpusParagraphs('gemma-terms-of-use-2025-03-24.txt') : [];

  beforeAll(async () => {
    pdfs = await printWithLibreOffice({
      // The title across the page, the terms in two justified columns (a Word section with two columns).
      'two-columns': new Document({
        sections: [
          { children: [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(gemma[0])] })] },
          {
            properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: 500 } },
            children: gemma.slice(1).map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(text)] })),
          },
        ],
      }),
    });
  }, 180_000);

  it('reads a two-column page column by column: every clause whole, in order', async () => {
    const model = await importDocument(pdfs['two-columns'], 'gemma-terms.two-columns.pdf');
    const clauses = gemma.filter((text) => text.length >= 60);
    expect(clauses.length).toBeGreaterThan(20);
    const placed = placeParagraphs(model, clauses);
    expect(placed.filter((p) => typeof p.block !== 'number').map((p) => `${p.block}: ${p.paragraph.slice(0, 60)}`)).toEqual([]);
    const order = placed.map((p) => p.block as number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(model.pageCount).toBeGreaterThanOrEqual(2);
  });
});
