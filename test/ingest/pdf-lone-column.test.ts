/**
 * A licence set in two columns whose last page holds text in its left column only (the terms end before the
 * column does) — or a sheet printed two pages up with its second page blank. That page shows no gutter, yet its
 * lines are a column's lines: measured against the page's margins each would stop short and end its paragraph.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, SectionType, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { corpusAvailable, locatePassage, wordRuns } from '../support/corpus';
import { corpusParagraphs, officeAvailable, printWithLibreOffice } from './office-print';

describe.skipIf(!corpusAvailable || !officeAvailable)('a two-column licence whose last page fills one column (live; skipped without soffice)', () => {
  const gemma = corpusAvailable ? corpusParagraphs('gemma-terms-of-use-2025-03-24.txt') : [];
  // The closing clauses, on a page of their own: a few paragraphs, far less than a column holds. Justified, as
  // such licences are set: a justified line that stops short ends its paragraph, so the edge it is measured against
  // decides.
  const closing = gemma.filter((text) => text.length >= 250).slice(-3);
  let model: DocumentModel;

  beforeAll(async () => {
    const paragraph = (text: string, pageBreakBefore = false) =>
      new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, pageBreakBefore, children: [new TextRun(text)] });
    const { columns } = await printWithLibreOffice({
      columns: new Document({
        sections: [
          { children: [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(gemma[0])] })] },
          {
            properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: 500 } },
            children: [...gemma.slice(1).filter((text) => !closing.includes(text)).map((text) => paragraph(text)), ...closing.map((text, i) => paragraph(text, i === 0))],
          },
        ],
      }),
    });
    model = await importDocument(columns, 'gemma-terms.two-columns.pdf');
  }, 180_000);

  it('reads each paragraph of the last page whole, one block each, as on the pages set in two columns', () => {
    expect(model.pageCount).toBeGreaterThanOrEqual(3);
    const runs = wordRuns(model.text);
    const blocksOf = closing.map((text) => {
      const span = locatePassage(model.text, text, runs);
      return span ? model.blocks.findIndex((b) => b.start <= span.start && span.end <= b.end) : -2;
    });
    expect(blocksOf.every((block) => block >= 0)).toBe(true);
    expect(new Set(blocksOf).size).toBe(closing.length);
    const last = model.blocks[blocksOf[blocksOf.length - 1]];
    expect(last.page).toBe(model.pageCount);
  });
});
