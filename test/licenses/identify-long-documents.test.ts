import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERF_PDF, corpusAvailable, locatePassage, readCorpusFile, wordRuns } from '../support/corpus';
import { importDocument } from '../../src/ingest/index';
import { identifyLicenses, referenceLicenses } from '../../src/licenses/index';
import { importText, readCorpusText } from './support';

/** About 2,500 characters make a printed page of an agreement. */
const CHARS_PER_PAGE = 2500;

const EDGE_WORDS = 40;

function indexOfWords(words: string[], needle: string[], from: number): number {
  outer: for (let i = from; i <= words.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (words[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Every place a text prints a reference licence, read from the text itself: the licence's first words, then its
 * last words no further on than the licence is long.
 */
function printedCopies(text: string): Array<{ id: string; family: string; start: number; end: number }> {
  const runs = wordRuns(text);
  const words = runs.map((r) => r.word);
  const copies: Array<{ id: string; family: string; start: number; end: number }> = [];
  for (const ref of referenceLicenses()) {
    const own = wordRuns(ref.text).map((r) => r.word);
    const head = own.slice(0, EDGE_WORDS);
    const tail = own.slice(-EDGE_WORDS);
    for (let i = indexOfWords(words, head, 0); i >= 0; i = indexOfWords(words, head, i + 1)) {
      const j = indexOfWords(words, tail, i + head.length);
      if (j < 0 || j - i > own.length * 1.2) continue;
      copies.push({ id: ref.id, family: ref.family ?? ref.id, start: runs[i].start, end: runs[j + EDGE_WORDS - 1].end });
    }
  }
  return copies.sort((a, b) => a.start - b.start);
}

/**
 * Licences inside long documents: each found whole, at its place, among a hundred pages of other terms. How fast
 * that is belongs to `npm run bench` (scripts/bench/analysis.bench.ts measures identification of the 192-page PDF
 * in processor time), not to a test on a shared machine.
 */
describe.runIf(corpusAvailable)('identification in long documents', () => {
  it('finds Apache-2.0 and the Llama 3.1 licence, exact and where they sit, in a 100-page agreement', { timeout: 120_000 }, async () => {
    const filler = [
      'chatgpt-commercial-terms-2025-11-11.md',
      'chatgpt-terms-of-service-current.md',
      'llama-api-terms-of-service-2026-08-22.md',
      'laion-5b-announcement-2023-01-25.md',
      'llama-api-terms-of-service-2025-11-11.md',
      'chatgpt-acceptable-use-policy-current.md',
    ].map((file) => readCorpusText(file));
    const text = [...filler.slice(0, 3), readCorpusText('apache-2.0.txt'), ...filler.slice(3), readCorpusText('llama-3.1-community-license.txt')].join('\n\n');
    const model = await importText(text, 'hundred-pages.md');
    expect(model.text.length / CHARS_PER_PAGE).toBeGreaterThan(100);

    const matches = identifyLicenses(model);
    expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual(['Apache-2.0:exact', 'llama3.1:exact']);
    const [apache, llama] = matches;
    expect(apache.start).toBe(locatePassage(model.text, 'Apache License Version 2.0, January 2004')!.start);
    expect(llama.start).toBe(locatePassage(model.text, 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT')!.start);
    expect(model.text.length - llama.end).toBeLessThan(5);
    // Each is a small part of the document: the terms around it are not taken for licence text.
    expect(apache.coverage).toBeLessThan(0.2);
    expect(llama.coverage).toBeLessThan(0.2);
  });

  it.runIf(existsSync(PERF_PDF))('finds the standard licences in the 192-page PDF whole, unedited and apart', { timeout: 300_000 }, async () => {
    const model = await importDocument(readCorpusFile(PERF_PDF.replace(/[^/]+$/, ''), 'big-agreements.pdf'), 'big-agreements.pdf');
    const matches = identifyLicenses(model);
    for (let i = 1; i < matches.length; i++) expect(matches[i].start).toBeGreaterThanOrEqual(matches[i - 1].end);
    // Standard licences copied into agreements: each found whole and unedited.
    expect(matches.filter((m) => m.match !== 'exact')).toEqual([]);
    // Every licence the PDF prints from its first words to its last is found there (the same licence, or its
    // version, where versions share those words), spanning the printed copy.
    const copies = printedCopies(model.text);
    expect(copies.length).toBeGreaterThan(10);
    const missed = copies.filter((copy) => !matches.some((m) => (m.family ?? m.id) === copy.family && m.start <= copy.start + 2 && m.end >= copy.end - 2));
    expect(missed.map((c) => `${c.id} at ${c.start}`)).toEqual([]);
  });
});
