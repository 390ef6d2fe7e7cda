/**
 * The words a PDF's hyphenation is judged against (WordEvidence) are counted by a hand-written scanner, for speed on
 * long documents; it must count exactly what the two Unicode patterns it replaces count, on real texts and on
 * strings made of the awkward cases (compounds, spaced dashes, accents, astral letters and digits, lone surrogates,
 * combining marks, a capital that lowercases to two units).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordEvidence } from '../../src/ingest/pdf/hyphenation';
import { corpusAvailable, DOCUMENTS_DIR } from '../support/corpus';

function byPatterns(lines: string[]): { words: Map<string, number>; dashes: number } {
  const words = new Map<string, number>();
  const bump = (w: string) => words.set(w, (words.get(w) ?? 0) + 1);
  const all = lines.join('\n').toLowerCase();
  for (const [token] of all.matchAll(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu)) {
    if (!/[-‐]/.test(token)) {
      bump(token);
      continue;
    }
    bump(token.replace(/‐/g, '-'));
    for (const part of token.split(/[-‐]/)) bump(part);
  }
  return { words, dashes: [...all.matchAll(/\p{L} - \p{L}/gu)].length };
}

function expectSameCounts(lines: string[]): void {
  const expected = byPatterns(lines);
  const evidence = new WordEvidence(() => lines);
  expect(evidence.spacedDashes()).toBe(expected.dashes);
  for (const [word, n] of expected.words) expect(evidence.count(word), word).toBe(n);
  // And nothing more: a word the patterns do not see counts nothing.
  for (const line of lines) for (const piece of line.toLowerCase().split(/[\s.]+/)) if (!expected.words.has(piece)) expect(evidence.count(piece), piece).toBe(0);
}

describe('word evidence for hyphenation', () => {
  it.skipIf(!corpusAvailable)('counts the words and spaced dashes of every corpus text as the Unicode patterns do', () => {
    for (const file of readdirSync(DOCUMENTS_DIR)) expectSameCounts(readFileSync(join(DOCUMENTS_DIR, file), 'utf8').split('\n'));
  });

  it('counts strings made of awkward pieces as the Unicode patterns do', () => {
    const pieces = ['a', 'B', '1', '-', '‐', ' ', ' - ', 'é', 'İ', '𝐀', '𝟏', '中', '\uD835', '\uDC00', '.', 'ß', 'Σ', '٣', '\u0301', 'x - y', 'non-', 'royalty-free'];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let c = 0; c < 1500; c++) {
      const lines = Array.from({ length: 1 + next(4) }, () => Array.from({ length: next(30) }, () => pieces[next(pieces.length)]).join(''));
      expectSameCounts(lines);
    }
  });
});
