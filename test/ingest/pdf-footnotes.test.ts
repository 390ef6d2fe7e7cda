/**
 * Footnote marks in PDF lines (page-lines.ts): a reference after a word is left out, as the Word reader leaves
 * it out; the mark a footnote opens with stands apart and flags the line; a raised figure after a figure stays.
 */
import { describe, expect, it } from 'vitest';
import { buildPageLines } from '../../src/ingest/pdf/page-lines';
import { A4, FONTS, run } from './pdf-runs';

describe('footnote marks', () => {
  it('leaves out a raised note reference after a word, so the sentence reads on', () => {
    const { lines } = buildPageLines([run('make modifications to the Llama Materials.', 72, 100, 200), run('1', 272, 96, 3, 5.8), run(' You may', 275, 100, 40)], FONTS, A4);
    expect(lines.map((line) => line.text)).toEqual(['make modifications to the Llama Materials. You may']);
    expect(lines[0].opensNote).toBeUndefined();
  });

  it('sets the mark a footnote opens with apart from its first word, and flags the line', () => {
    const { lines } = buildPageLines([run('1', 72, 700, 3, 5.8), run('Counsel note: the grant is limited.', 75, 704, 160)], FONTS, A4);
    expect(lines.map((line) => line.text)).toEqual(['1 Counsel note: the grant is limited.']);
    expect(lines[0].opensNote).toBe(true);
  });

  it('keeps a raised figure after a figure (an exponent, not a note)', () => {
    const { lines } = buildPageLines([run('more than 10', 72, 100, 60), run('6', 132, 96, 3, 5.8), run(' users', 135, 100, 30)], FONTS, A4);
    expect(lines[0].text).toBe('more than 106 users');
  });
});
