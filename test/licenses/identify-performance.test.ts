import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERF_PDF, corpusAvailable, readCorpusFile } from '../support/corpus';
import { importDocument } from '../../src/ingest/index';
import { identifyLicenses } from '../../src/licenses/index';
import { importText, readCorpusText } from './support';

/** About 2,500 characters make a printed page of an agreement. */
const CHARS_PER_PAGE = 2500;

/**
 * Processor time of `run`, in ms. Wall-clock time on a shared test machine measures the other processes too;
 * processor time is what the identification itself costs.
 */
function cpuTime<T>(run: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}

describe.runIf(corpusAvailable)('identification speed', () => {
  it('identifies the licences in a 100-page agreement well under a second', { timeout: 120_000 }, async () => {
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

    identifyLicenses(await importText(readCorpusText('mit-license-stability-ai-2024.txt'), 'warm-up.txt')); // loads the library once
    const { result: matches, ms } = cpuTime(() => identifyLicenses(model));
    expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual(['Apache-2.0:exact', 'llama3.1:exact']);
    expect(ms).toBeLessThan(1000);
  });

  it.runIf(existsSync(PERF_PDF))('identifies the licences in the 192-page PDF well under a second once imported', { timeout: 300_000 }, async () => {
    const model = await importDocument(readCorpusFile(PERF_PDF.replace(/[^/]+$/, ''), 'big-agreements.pdf'), 'big-agreements.pdf');
    identifyLicenses(await importText(readCorpusText('mit-license-stability-ai-2024.txt'), 'warm-up.txt'));
    const { result: matches, ms } = cpuTime(() => identifyLicenses(model));
    expect(matches.length).toBeGreaterThan(0);
    for (let i = 1; i < matches.length; i++) expect(matches[i].start).toBeGreaterThanOrEqual(matches[i - 1].end);
    // Standard licences copied into agreements: each found whole and unedited.
    expect(matches.filter((m) => m.match !== 'exact')).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });
});
