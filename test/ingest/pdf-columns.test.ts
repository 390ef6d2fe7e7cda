/**
 * Two-column pages (columns.ts): the left column is read before the right one; a table whose columns do not
 * read as running text (short terms beside their meanings) stays row by row.
 */
import { describe, expect, it } from 'vitest';
import { buildPageLines, type TextRun } from '../../src/ingest/pdf/page-lines';
import { A4, FONTS, run } from './pdf-runs';

describe('two-column pages', () => {
  it('reads the left column to its end, then the right one, below a title set across the page', () => {
    const items: TextRun[] = [run('Gemma Terms of Use', 240, 60, 120, 16)];
    for (let i = 0; i < 8; i++) {
      items.push(run(`left ${i} of the first column, running to its edge`, 72, 100 + 12 * i, i === 7 ? 150 : 218));
      items.push(run(`right ${i} of the second column, running to its edge`, 310, 100 + 12 * i, i === 7 ? 120 : 218));
    }
    const { lines } = buildPageLines(items, FONTS, A4);
    expect(lines.map((line) => line.text.split(' ').slice(0, 2).join(' '))).toEqual([
      'Gemma Terms',
      ...Array.from({ length: 8 }, (_, i) => `left ${i}`),
      ...Array.from({ length: 8 }, (_, i) => `right ${i}`),
    ]);
    expect(lines[1].column).toEqual({ left: 72, right: 290 });
    expect(lines[9].column).toEqual({ left: 310, right: 528 });
    expect(lines[0].column).toBeUndefined();
  });

  it('keeps a definitions table row by row: a short term beside a meaning is no column of text', () => {
    const terms = ['Affiliate', 'Agreement', 'AUP', 'Derivative Work', 'Documentation', 'Model', 'Software', 'Trade Control Laws'];
    const items = terms.flatMap((term, i) => [run(term, 72, 100 + 14 * i, 6 * term.length), run(`means the ${term.toLowerCase()} as defined by the parties`, 190, 100 + 14 * i, 330)]);
    const { lines } = buildPageLines(items, FONTS, A4);
    expect(lines.map((line) => line.text)).toEqual(terms.map((term) => `${term} means the ${term.toLowerCase()} as defined by the parties`));
    expect(lines.every((line) => line.column === undefined)).toBe(true);
  });
});

describe('table rows', () => {
  it('marks rows whose cells line up, and not a justified line stretched wide before a long address', () => {
    const fees = [
      ['Annual revenue', 'Licence', 'Fee'],
      ['Under US $1,000,000', 'Community License', 'Free of charge'],
      ['US $1,000,000 or more', 'Enterprise license', 'As agreed'],
    ];
    const rows = fees.flatMap((cells, i) => cells.map((cell, j) => run(cell, [78, 260, 420][j], 300 + 12 * i, 5 * cell.length)));
    // "accompanying Llama 3.1 distributed by Meta at" set word by word across the measure, as LibreOffice justifies it.
    const words = ['accompanying', 'Llama', '3.1', 'distributed', 'by', 'Meta', 'at'];
    const stretched = words.map((word, i) => run(word, 72 + 70 * i, 200, 5 * word.length));
    const { lines } = buildPageLines([...stretched, ...rows], FONTS, A4);
    expect(lines.map((line) => [line.text, line.cells ?? null])).toEqual([
      ['accompanying Llama 3.1 distributed by Meta at', null],
      ['Annual revenue Licence Fee', [260, 420]],
      ['Under US $1,000,000 Community License Free of charge', [260, 420]],
      ['US $1,000,000 or more Enterprise license As agreed', [260, 420]],
    ]);
  });
});
