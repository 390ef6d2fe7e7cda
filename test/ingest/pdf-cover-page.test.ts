/**
 * A licence printed with a cover page (title, vendor, release date, version on a page of their own, the terms from
 * the next page), as Word and LibreOffice users set agreements: the cover's title is the one heading, its other
 * lines are particulars, and the terms' own headings keep the level they have without the cover.
 */
import { AlignmentType, Document, HeadingLevel, PageBreak, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { isDocumentParticular } from '../../src/ingest/pdf/cover-page';
import { corpusAvailable } from '../support/corpus';
import { corpusParagraphs, officeAvailable, printWithLibreOffice } from './office-print';

describe('particulars of a document', () => {
  it('are its version and dated labels, not captions that happen to hold a colon or a number', () => {
    for (const text of ['Version 2.1', 'Rev. 3', 'Release date: August 3, 2023', 'Last updated: July 5, 2024', 'Effective Date: 1 January 2026']) {
      expect(isDocumentParticular(text), text).toBe(true);
    }
    for (const text of ['Section 3: DISTRIBUTION AND RESTRICTIONS', 'Schedule 1: Fees', 'Versioning of the Model', '2. Grant of Rights']) {
      expect(isDocumentParticular(text), text).toBe(false);
    }
  });
});

describe.skipIf(!corpusAvailable || !officeAvailable)('a licence with a cover page, printed by LibreOffice (live; skipped without soffice)', () => {
  let withCover: DocumentModel;
  let withoutCover: DocumentModel;
  const clauses = corpusAvailable ? corpusParagraphs('tongyi-qianwen-license-agreement.txt').slice(2) : [];
  const cover = ['Tongyi Qianwen License Agreement', 'Alibaba Cloud', 'Release date: August 3, 2023', 'Version 2.1'];

  /** The terms, their numbered clauses ("2. Grant of Rights") as Word headings. */
  const terms = () => clauses.map((text) => (/^\d+\.\s/.test(text) ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] }) : new Paragraph(text)));
  const centred = (text: string, size: number) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, size, bold: size > 40 })] });

  beforeAll(async () => {
    const pdfs = await printWithLibreOffice({
      cover: new Document({
        sections: [{ children: [centred(cover[0], 56), centred(cover[1], 32), centred(cover[2], 28), centred(cover[3], 28), new Paragraph({ children: [new PageBreak()] }), ...terms()] }],
      }),
      plain: new Document({ sections: [{ children: [centred(cover[0], 56), ...terms()] }] }),
    });
    withCover = await importDocument(pdfs.cover, 'tongyi-cover.pdf');
    withoutCover = await importDocument(pdfs.plain, 'tongyi.pdf');
  }, 180_000);

  const headings = (model: DocumentModel) => model.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${model.text.slice(b.start, b.end)}`);

  it('reads the title as the one heading of the cover and its vendor, date and version as paragraphs', () => {
    expect(withCover.title).toBe(cover[0]);
    const opening = withCover.blocks.slice(0, 4).map((b) => `${b.kind} ${withCover.text.slice(b.start, b.end)}`);
    expect(opening).toEqual([`heading ${cover[0]}`, `paragraph ${cover[1]}`, `paragraph ${cover[2]}`, `paragraph ${cover[3]}`]);
  });

  it('gives the clauses the same headings, at the same levels, as the same licence printed without a cover', () => {
    expect(headings(withoutCover).length).toBeGreaterThanOrEqual(9);
    expect(headings(withCover)).toEqual(headings(withoutCover));
  });
});
