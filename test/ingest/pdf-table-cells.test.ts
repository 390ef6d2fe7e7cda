/**
 * Table rows whose cells wrap over several lines, printed by LibreOffice: each row is read cell by cell — the whole
 * of the first cell, then the whole of the next — not line by line across the row, and rows are not cut where a
 * cell's line runs up to the next column.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, locatePassage, readCorpusFile, wordRuns } from '../support/corpus';
import { officeAvailable, printWithLibreOffice } from './office-print';

describe.skipIf(!corpusAvailable || !officeAvailable)('wrapped table cells (live; skipped without soffice)', () => {
  const stability = corpusAvailable ? new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'stability-ai-community-license-2024-07-05.md')) : '';
  // The definitions as term | meaning | where defined, in narrow columns so that terms and meanings both wrap. (A
  // wrapped line that opens every cell as a new row does — capitals, figures, quotes — is read as a new row: a known
  // limit, as nothing printed tells the two apart where the table has no spacing between rows.)
  const definitions = [...stability.matchAll(/^"([^"]+)" means (.+)$/gm)].map((m) => [`“${m[1]}” as defined`, `Means ${m[2].trim()}`, 'Section V of the Agreement (Definitions)']);
  let pdf: Uint8Array;
  beforeAll(async () => {
    const widths = [19, 59, 22];
    const table = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: definitions.map((cells) => new TableRow({ children: cells.map((text, i) => new TableCell({ width: { size: widths[i], type: WidthType.PERCENTAGE }, children: [new Paragraph(text)] })) })),
    });
    ({ table: pdf } = await printWithLibreOffice({
      table: new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('The defined terms of the Agreement are set out in the table below.')] }), table] }] }),
    }));
  }, 180_000);

  it('reads each row as its cells in order, every row one block', async () => {
    expect(definitions.length).toBeGreaterThanOrEqual(6);
    const model = await importDocument(pdf, 'stability-definitions.table.pdf');
    const runs = wordRuns(model.text);
    const misread = definitions.filter((cells) => {
      const span = locatePassage(model.text, cells.join(' '), runs);
      return !span || !model.blocks.some((b) => b.start <= span.start && span.end <= b.end);
    });
    expect(misread.map((cells) => cells[0])).toEqual([]);
    expect(model.blocks.length).toBe(definitions.length + 1);
  });
});
