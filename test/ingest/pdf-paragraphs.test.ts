/**
 * Grouping PDF lines into blocks (paragraphs.ts), on lines as LibreOffice prints a licence's lettered items.
 */
import { describe, expect, it } from 'vitest';
import { measureLayout } from '../../src/ingest/pdf/layout-stats';
import type { PdfLine, PdfPageText } from '../../src/ingest/pdf/page-text';
import { groupLines } from '../../src/ingest/pdf/paragraphs';

const line = (text: string, x: number, right: number, baseline: number): PdfLine => ({
  text,
  x,
  right,
  top: baseline - 9,
  bottom: baseline + 2,
  baseline,
  size: 10,
  font: 'serif 0.9 -0.2',
});

describe('lettered items', () => {
  it('starts the next item after one ending "; and" although the item quotes "Copyright (c)"', () => {
    // Tongyi Qianwen licence, section 3, as LibreOffice prints Word's "(a)" list with hanging indents.
    const lines = [
      line('(b) You shall cause any modified files to carry prominent notices stating that You changed', 108, 522, 100),
      line('the files;', 144, 190, 111.5),
      line('(c) You shall retain in all copies of the Materials that You distribute the following attribution', 108, 522, 123),
      line('notices within a "Notice" text file distributed as a part of such copies: "Tongyi Qianwen is', 144, 505, 134.5),
      line('licensed under the Tongyi Qianwen LICENSE AGREEMENT, Copyright (c) Alibaba Cloud.', 144, 517, 146),
      line('All Rights Reserved."; and', 144, 251, 157.5),
      line('(d) You may add Your own copyright statement to Your modifications and may provide', 108, 483, 169),
      line('additional or different license terms and conditions for use, reproduction, or distribution.', 144, 506, 180.5),
    ];
    const pages: PdfPageText[] = [{ page: 1, width: 595, height: 842, lines, rotatedCharacters: 0 }];
    const groups = groupLines(pages, measureLayout(pages));
    expect(groups.map((group) => group.lines[0].text.slice(0, 3))).toEqual(['(b)', '(c)', '(d)']);
  });

  it('still reads "(d)" as part of the text when the list is written inline in a paragraph', () => {
    const lines = [
      line('You must not: (a) copy the Materials; (b) sell them; (c) remove any notice; or', 72, 522, 100),
      line('(d) use them to train another model.', 72, 260, 111.5),
    ];
    const pages: PdfPageText[] = [{ page: 1, width: 595, height: 842, lines, rotatedCharacters: 0 }];
    expect(groupLines(pages, measureLayout(pages))).toHaveLength(1);
  });
});

describe('paragraphs set with a first-line indent (TeX, typeset agreements)', () => {
  /** Lines of a justified page at 10 pt, 6 pt a character: first lines at x=105, the others at the margin x=90. */
  const typeset = (paragraphs: string[]): PdfLine[] => {
    const lines: PdfLine[] = [];
    let baseline = 80;
    for (const paragraph of paragraphs) {
      const rows: string[][] = [[]];
      for (const word of paragraph.split(' ')) {
        const row = rows[rows.length - 1];
        const indent = rows.length === 1 ? 15 : 0;
        if (row.length > 0 && 6 * [...row, word].join(' ').length + indent > 432) rows.push([word]);
        else row.push(word);
      }
      rows.forEach((row, i) => {
        const x = i === 0 ? 105 : 90;
        const text = row.join(' ');
        // Justified: every line but the last is stretched to the right margin.
        lines.push(line(text, x, i < rows.length - 1 ? 522 : x + 6 * text.length, (baseline += 12)));
      });
    }
    return lines;
  };

  it('reads each paragraph whole: the line back at the margin under an indented first line carries it on', () => {
    const paragraphs = [
      'Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:',
      'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED.',
      'Creative Commons Corporation is not a law firm and does not provide legal services or legal advice. Distribution of Creative Commons public licenses does not create a lawyer-client or other relationship.',
    ];
    const pages: PdfPageText[] = [{ page: 1, width: 612, height: 792, lines: typeset(paragraphs), rotatedCharacters: 0 }];
    const groups = groupLines(pages, measureLayout(pages));
    expect(groups.map((group) => group.lines.map((l) => l.text).join(' '))).toEqual(paragraphs);
  });

  it('still ends an indented line that stopped short at a sentence end (a one-line paragraph) before a line at the margin', () => {
    const lines = [line('The Licensor grants You a licence.', 105, 300, 100), line('Section 2 applies to all uses of the Licensed Material and to any of its parts.', 90, 522, 112), line('Nothing else applies.', 90, 220, 124)];
    const pages: PdfPageText[] = [{ page: 1, width: 612, height: 792, lines, rotatedCharacters: 0 }];
    expect(groupLines(pages, measureLayout(pages)).map((group) => group.lines.length)).toEqual([1, 2]);
  });
});
