/**
 * A hard-wrapped text pasted into Word (one paragraph per line) with a table among its lines — a fee schedule or
 * a summary table after the terms. The lines are still read as the text they are, clauses whole, and the table
 * as a table.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';
import { blockTexts, importParts } from './docx-fixtures';

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string) => (text.trim() ? `<w:p><w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>` : '<w:p/>');
const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p></w:tc>`;
const table = (rows: string[][]) => `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;

describe.skipIf(!corpusAvailable)('DOCX of hard-wrapped lines with tables among them', () => {
  const source = corpusAvailable ? new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt')) : '';
  const rows = [
    ['Use', 'Fee'],
    ['Research', 'None'],
    ['Commercial, under 1 million users', 'USD 0'],
  ];

  it('reads the lines around each table as the text file reads them, and each table cell by cell', async () => {
    const fromText = await importDocument(new TextEncoder().encode(source), 'apache-2.0.txt');
    const lines = source.split('\n');
    // One table between sections 1 and 2, another after the terms end.
    const beforeSection2 = lines.findIndex((line) => /^\s*2\. Grant of Copyright License\./.test(line));
    const afterTerms = lines.findIndex((line) => /END OF TERMS AND CONDITIONS/.test(line)) + 1;
    const body = [
      ...lines.slice(0, beforeSection2).map(para),
      table(rows),
      ...lines.slice(beforeSection2, afterTerms).map(para),
      table(rows.slice(0, 2)),
      ...lines.slice(afterTerms).map(para),
    ].join('');
    const fromWord = await importParts({ body }, 'apache-2.0.docx');

    const cells = fromWord.blocks.filter((b) => b.kind === 'table-cell');
    expect(cells.map((b) => [fromWord.text.slice(b.start, b.end), b.table?.table, b.table?.row, b.table?.column])).toEqual([
      ['Use', 1, 1, 1],
      ['Fee', 1, 1, 2],
      ['Research', 1, 2, 1],
      ['None', 1, 2, 2],
      ['Commercial, under 1 million users', 1, 3, 1],
      ['USD 0', 1, 3, 2],
      ['Use', 2, 1, 1],
      ['Fee', 2, 1, 2],
      ['Research', 2, 2, 1],
      ['None', 2, 2, 2],
    ]);
    // Everything else reads exactly as the text file: every clause whole, numbered as printed.
    const rest = fromWord.blocks.filter((b) => b.kind !== 'table-cell');
    expect(rest.map((b) => fromWord.text.slice(b.start, b.end))).toEqual(blockTexts(fromText));
    expect(rest.map((b) => [b.kind, b.number])).toEqual(fromText.blocks.map((b) => [b.kind, b.number]));
    expect(fromWord.title).toBe('Apache License');
  });
});
