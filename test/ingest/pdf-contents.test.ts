/**
 * A printed table of contents (a caption, entries with dot leaders and page numbers) is navigation, not terms: the
 * PDF reader leaves it out and says so, and the headings it lists are read once, where they stand.
 */
import { AlignmentType, Document, HeadingLevel, LeaderType, PageBreak, Paragraph, TabStopType, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { removeContents } from '../../src/ingest/pdf/contents';
import type { PdfLine, PdfPageText } from '../../src/ingest/pdf/page-text';
import { corpusAvailable, locatePassage, wordRuns } from '../support/corpus';
import { corpusParagraphs, officeAvailable, printWithLibreOffice } from './office-print';

const line = (text: string, baseline: number, x = 72): PdfLine => ({ text, x, right: 520, top: baseline - 9, bottom: baseline + 2, baseline, size: 10, font: 'serif' });
const page = (n: number, lines: PdfLine[]): PdfPageText => ({ page: n, width: 595, height: 842, lines, rotatedCharacters: 0 });

describe('table of contents (document lines)', () => {
  it('leaves out the caption, the entries and an entry wrapped before its leader; keeps the body', () => {
    const pages = [
      page(1, [
        line('Table of Contents', 80),
        line('1. Definitions ........................................ 2', 100),
        line('2. Licence Rights and Redistribution of the Materials and', 112),
        line('Derivative Works .................................... 3', 124, 84),
        line('3. Term and Termination . . . . . . . . . . . . . . . . . 4', 136),
        line('Appendix A ·············································· iv', 148),
      ]),
      page(2, [line('1. Definitions', 80), line('“Agreement” means these terms ..... and nothing else.', 100)]),
    ];
    const { pages: out, entries } = removeContents(pages);
    expect(entries).toBe(4);
    expect(out[0].lines).toEqual([]);
    expect(out[1].lines.map((l) => l.text)).toEqual(['1. Definitions', '“Agreement” means these terms ..... and nothing else.']);
  });

  it('keeps a line or two that merely end in dots and a number (an elided quotation, a figure)', () => {
    const pages = [page(1, [line('The fee is set out in Schedule 2 ........ 5', 100), line('Body text of the clause.', 112)])];
    expect(removeContents(pages).entries).toBe(0);
  });
});

describe.skipIf(!corpusAvailable || !officeAvailable)('an agreement with a cover page and a table of contents, printed by LibreOffice (live; skipped without soffice)', () => {
  const gemma = corpusAvailable ? corpusParagraphs('gemma-terms-of-use-2025-03-24.txt') : [];
  const isSection = (text: string) => /^Section \d+:/.test(text) || (/^\d+\.\d+ [A-Z]/.test(text) && text.length < 60);
  let pdf: Uint8Array;
  beforeAll(async () => {
    const sections = gemma.filter(isSection);
    const entries = sections.map(
      (text, i) => new Paragraph({ indent: { left: /^Section/.test(text) ? 0 : 440 }, tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }], children: [new TextRun(`${text}\t${3 + Math.floor(i / 3)}`)] }),
    );
    const body = gemma.slice(1).map((text) =>
      isSection(text)
        ? new Paragraph({ heading: /^Section/.test(text) ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] })
        : new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(text)] }),
    );
    ({ toc: pdf } = await printWithLibreOffice({
      toc: new Document({
        sections: [
          { children: [new Paragraph({ spacing: { before: 3000 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: gemma[0].toUpperCase(), bold: true, size: 56 })] })] },
          { children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Table of Contents')] }), ...entries, new Paragraph({ children: [new PageBreak()] }), new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(gemma[0])] }), ...body] },
        ],
      }),
    }));
  }, 180_000);

  it('reads no entry of the contents, each heading once, and every clause whole', async () => {
    const model = await importDocument(pdf, 'gemma-terms.toc.pdf');
    const texts = model.blocks.map((b) => model.text.slice(b.start, b.end));
    expect(texts.filter((text) => /\.{4}|Table of Contents/.test(text))).toEqual([]);
    for (const heading of gemma.filter(isSection)) expect(texts.filter((text) => text === heading), heading).toHaveLength(1);
    const runs = wordRuns(model.text);
    const clauses = gemma.filter((text) => text.length >= 60);
    const notWhole = clauses.filter((clause) => {
      const span = locatePassage(model.text, clause, runs);
      return !span || !model.blocks.some((b) => b.start <= span.start && span.end <= b.end);
    });
    expect(notWhole).toEqual([]);
    expect(model.warnings.join(' ')).toMatch(/table of contents \(\d+ entries with page numbers\) was left out/);
  });
});
