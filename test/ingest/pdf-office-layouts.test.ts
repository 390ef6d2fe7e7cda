/**
 * Layouts Word and LibreOffice users print licences in, made at test time from corpus texts (office-print.ts):
 * the PDF reader must give back each clause whole, in reading order, whatever the page layout.
 */
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, PageOrientation, Paragraph, SectionType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, locatePassage, readCorpusFile, wordRuns } from '../support/corpus';
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
  const llama = corpusAvailable ? corpusParagraphs('llama-3.1-community-license.txt') : [];
  // The terms themselves. (Left out: the appendix's sample notice, whose lone URL line after "… License at" runs
  // into the next paragraph: a justified line broken early before a long link is also how Chromium sets a
  // clause that goes on, so that one stays a known limit.)
  const apache = corpusAvailable ? corpusParagraphs('apache-2.0.txt', true).filter((_, i, all) => i < all.indexOf('END OF TERMS AND CONDITIONS')) : [];
  /** A short landscape schedule after a long portrait agreement: the Llama 3.1 definitions. */
  const schedule = () => llama.filter((text) => /^“[^”]+” (or “[^”]+” )?means /.test(text));
  /** Items of the text's own lists ("a. Grant of Rights", "iii. You must…") are indented, as Word sets them. */
  const itemIndent = (text: string) => (/^(?:[a-z]|[ivx]+)\.\s/.test(text) ? { left: 720 } : undefined);

  /** Clauses long enough to carry a footnote after their first sentence, and the notes' texts. */
  const noted = llama.map((text) => (text.length >= 300 ? /^(.{40,}?\.)\s(.+)$/.exec(text) : null));
  const noteText = (n: number) => `Note ${n}: counsel to confirm this clause against the version the vendor published.`;

  /** The Stability AI licence's definitions as term / meaning rows, and a fee table of short cells. */
  const stability = corpusAvailable ? new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'stability-ai-community-license-2024-07-05.md')) : '';
  const definitions = [...stability.matchAll(/^"([^"]+)" means (.+)$/gm)].map((m) => [m[1], `Means ${m[2].trim()}`]);
  // Cells that fit on one line (wrapped cells: pdf-table-cells.test.ts).
  const fees = [
    ['Annual revenue', 'Licence', 'Fee'],
    ['Under US $1,000,000', 'Community License', 'Free of charge'],
    ['US $1,000,000 or more', 'Enterprise license', 'As agreed'],
    ['Research or non-commercial use', 'Community License', 'Free of charge'],
  ];
  const table = (rows: string[][], widths: number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((cells) => new TableRow({ children: cells.map((text, i) => new TableCell({ width: { size: widths[i], type: WidthType.PERCENTAGE }, children: [new Paragraph(text)] })) })),
    });

  beforeAll(async () => {
    let notes = 0;
    const footnotes: Record<number, { children: Paragraph[] }> = {};
    const withNotes = llama.map((text, i) => {
      const split = noted[i];
      if (!split) return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(text)] });
      notes++;
      footnotes[notes] = { children: [new Paragraph(noteText(notes))] };
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(split[1]), new FootnoteReferenceRun(notes), new TextRun(` ${split[2]}`)] });
    });
    pdfs = await printWithLibreOffice({
      // A definitions table and, after a sentence introducing it, a fee table.
      tables: new Document({
        sections: [
          {
            children: [
              table(definitions, [25, 75]),
              new Paragraph({ spacing: { before: 240 }, children: [new TextRun('The following table summarises which licence applies and the fee payable under Section III.')] }),
              table(fees, [40, 35, 25]),
            ],
          },
        ],
      }),
      // Footnote marks inside clauses, footnotes at the foot of pages that clauses run on from.
      footnotes: new Document({ footnotes, sections: [{ children: withNotes }] }),
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
      // Justified paragraphs with no space between them (Word's "No Spacing"), as many agreements are set.
      'justified-no-spacing': new Document({
        sections: [
          {
            properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
            children: apache.map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 0 }, children: [new TextRun(text)] })),
          },
        ],
      }),
      // A portrait agreement with a landscape section (as a schedule is often set), justified, no space between paragraphs.
      'landscape-section': new Document({
        sections: [
          { children: apache.map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(text)] })) },
          {
            properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
            children: schedule().map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 0 }, children: [new TextRun(text)] })),
          },
        ],
      }),
      // Justified clauses with indented items: LibreOffice ends stretched lines up to a point either side of the margin.
      'justified-items': new Document({
        sections: [
          { children: llama.map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: itemIndent(text), spacing: { after: 120 }, children: [new TextRun(text)] })) },
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

  it.each([
    ['justified-no-spacing', () => apache],
    ['justified-items', () => llama],
  ])('%s: ends a justified paragraph where its last line stops short, though no space follows it, and nowhere else', async (name, paragraphs) => {
    const model = await importDocument(pdfs[name], `${name}.pdf`);
    const clauses = paragraphs().filter((text) => text.length >= 60);
    expect(clauses.length).toBeGreaterThan(15);
    const placed = placeParagraphs(model, clauses);
    expect(placed.filter((p) => typeof p.block !== 'number').map((p) => `${p.block}: ${p.paragraph.slice(0, 60)}`)).toEqual([]);
    // Each clause a block of its own: no two share one.
    const shared = placed.filter((p, i) => i > 0 && p.block === placed[i - 1].block);
    expect(shared.map((p) => p.paragraph.slice(0, 60))).toEqual([]);
  });

  it('measures the margins of a landscape section on its own pages: its paragraphs end where their lines stop short', async () => {
    const model = await importDocument(pdfs['landscape-section'], 'apache-then-llama.landscape.pdf');
    expect(model.pages.some((page) => page.width > page.height)).toBe(true);
    const clauses = schedule();
    expect(clauses.length).toBeGreaterThanOrEqual(5);
    const placed = placeParagraphs(model, clauses);
    expect(placed.filter((p) => typeof p.block !== 'number').map((p) => `${p.block}: ${p.paragraph.slice(0, 60)}`)).toEqual([]);
    const shared = placed.filter((p, i) => i > 0 && p.block === placed[i - 1].block);
    expect(shared.map((p) => p.paragraph.slice(0, 60))).toEqual([]);
  });

  it('keeps footnotes apart: a clause reads on past its note mark and across the notes at the foot of its page; the notes follow the body', async () => {
    const model = await importDocument(pdfs.footnotes, 'llama-3.1.footnotes.pdf');
    const clauses = llama.filter((text) => text.length >= 60);
    const placed = placeParagraphs(model, clauses);
    expect(placed.filter((p) => typeof p.block !== 'number').map((p) => `${p.block}: ${p.paragraph.slice(0, 60)}`)).toEqual([]);
    const notes = noted.filter(Boolean).length;
    expect(notes).toBeGreaterThanOrEqual(5);
    const texts = model.blocks.map((b) => model.text.slice(b.start, b.end));
    for (let n = 1; n <= notes; n++) expect(texts).toContain(`${n} ${noteText(n)}`);
    // The notes follow the body, in order, as the Word reader places them: none stands between two clauses.
    const noteBlocks = texts.flatMap((t, i) => (/^\d+ Note \d+:/.test(t) ? [i] : []));
    expect(Math.min(...noteBlocks)).toBeGreaterThan(Math.max(...placed.map((p) => p.block as number)));
    expect(model.warnings).toContain('Footnotes were placed after the body text.');
    // Some clause does run on from a page whose foot holds notes (else the layout tested nothing).
    const crossing = model.blocks.filter((b) => new Set((b.boxes ?? []).map((box) => box.page)).size > 1);
    expect(crossing.some((b) => texts.some((t, i) => /^\d+ Note \d+:/.test(t) && model.blocks[i].page === b.page))).toBe(true);
  });

  it('reads a table row by row: a term with its whole meaning, each fee row apart from the sentence before it', async () => {
    const model = await importDocument(pdfs.tables, 'stability-tables.pdf');
    expect(definitions.length).toBeGreaterThanOrEqual(6);
    const rows = [...definitions, ...fees].map((cells) => cells.join(' '));
    const placed = placeParagraphs(model, rows);
    expect(placed.filter((p) => typeof p.block !== 'number').map((p) => `${p.block}: ${p.paragraph.slice(0, 60)}`)).toEqual([]);
    const texts = model.blocks.map((b) => model.text.slice(b.start, b.end));
    for (const row of fees) expect(texts).toContain(row.join(' '));
    expect(texts).toContain('The following table summarises which licence applies and the fee payable under Section III.');
  });
});
