import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, boxesForSpan, createSelectors } from '../../src/document/anchors';
import { sectionAt } from '../../src/document/sections';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

describe('selectors for an annotation', () => {
  it('keep the exact quote with up to 32 characters of context on each side', async () => {
    const model = await importDocument(readCorpusFile(DOCUMENTS_DIR, 'llama-3.1-community-license.txt'), 'llama.txt');
    const start = model.text.indexOf('700 million monthly active users');
    const end = start + '700 million monthly active users'.length;
    const s = createSelectors(model, start, end);
    expect(s.exact).toBe('700 million monthly active users');
    expect(s.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(s.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(model.text.slice(start - CONTEXT_LENGTH, end + CONTEXT_LENGTH)).toBe(s.prefix + s.exact + s.suffix);
    expect(s.page).toBeNull();
    expect(s.boxes).toEqual([]);
  });

  it('clip the context at the edges of the text and refuse empty or out-of-range selections', async () => {
    const model = await importDocument(readCorpusFile(DOCUMENTS_DIR, 'mit-license-stability-ai-2024.txt'), 'mit.txt');
    const s = createSelectors(model, 0, 3);
    expect(s.prefix).toBe('');
    const tail = createSelectors(model, model.text.length - 4, model.text.length);
    expect(tail.suffix).toBe('');
    expect(() => createSelectors(model, 5, 5)).toThrow(RangeError);
    expect(() => createSelectors(model, -1, 4)).toThrow(RangeError);
    expect(() => createSelectors(model, 0, model.text.length + 1)).toThrow(RangeError);
  });

  it('cut PDF line boxes to the selected characters', () => {
    const model = {
      text: 'Grant of Rights. You may use it.',
      blocks: [
        {
          id: 'b1',
          kind: 'paragraph' as const,
          level: 0,
          number: null,
          start: 0,
          end: 32,
          page: 2,
          boxes: [
            { page: 2, x: 100, y: 50, width: 160, height: 12, start: 0, end: 16 },
            { page: 2, x: 100, y: 64, width: 150, height: 12, start: 17, end: 32 },
          ],
        },
      ],
    };
    const boxes = boxesForSpan(model, 9, 24);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toMatchObject({ page: 2, x: 100 + 90, width: 70, start: 9, end: 16 });
    expect(boxes[1]).toMatchObject({ page: 2, x: 100, y: 64, start: 17, end: 24, width: 70 });
    expect(createSelectors(model, 9, 24).page).toBe(2);
  });
});

describe('section references', () => {
  it('cites nested numbered items from the outermost in', () => {
    const blocks = [
      { id: 'b1', kind: 'list-item' as const, level: 1, number: '1.', start: 0, end: 10, page: null },
      { id: 'b2', kind: 'list-item' as const, level: 2, number: 'b.', start: 12, end: 20, page: null },
      { id: 'b3', kind: 'list-item' as const, level: 3, number: 'v.', start: 22, end: 40, page: null },
      { id: 'b4', kind: 'paragraph' as const, level: 0, number: null, start: 42, end: 50, page: null },
      { id: 'b5', kind: 'list-item' as const, level: 1, number: '4.2(b)', start: 52, end: 60, page: null },
    ];
    expect(sectionAt({ blocks }, 30)).toBe('1.b.v');
    expect(sectionAt({ blocks }, 15)).toBe('1.b');
    expect(sectionAt({ blocks }, 55)).toBe('4.2(b)');
  });
});
