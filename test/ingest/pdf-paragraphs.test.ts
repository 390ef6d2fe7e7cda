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
