/**
 * Hostile and broken input, the CI run: 2,000 cases mutated from corpus PDF, DOCX, Markdown and text files (byte
 * flips, truncation, zip-entry and central-directory damage, oversized and deeply nested XML, nested Markdown,
 * damaged PDF streams, cross-reference tables and page trees, huge page counts, files glued together) are
 * imported by child processes bundled like the app, each against a time limit. Every case must end with a
 * document that follows the model's text rules and survives storage, or with an ImportError; no child may crash,
 * hang or pass the memory limit; and the library they all wrote to must pass SQLite's checks with every stored
 * document whole. `npm run fuzz` runs the same cases for longer (scripts/fuzz.ts).
 *
 * The seed is printed; LICENSE_DESK_FUZZ_SEED repeats a run, LICENSE_DESK_FUZZ_CASES changes its size, and a
 * failing case is replayed alone with the command the failure message gives.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageLines, writeTextPdf } from '../../scripts/fuzz/pdf-writer';
import { newRunSeed } from '../../scripts/fuzz/random';
import { importDocument, ImportError } from '../../src/ingest';
import { replayCommand, runFuzz, type FuzzReport } from '../../scripts/fuzz/runner';
import { corpusAvailable, DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const CASES = Number(process.env.LICENSE_DESK_FUZZ_CASES ?? 2_000);
const seed = process.env.LICENSE_DESK_FUZZ_SEED ? Number(process.env.LICENSE_DESK_FUZZ_SEED) : newRunSeed();
/**
 * The per-file limit. The slowest legitimate cases take 10–15 s alone: a Word file grown just under the 16 MB part
 * limit (imported whole, then analysed), and a PDF page that stops its worker at the 15 s chunk limit and is tried
 * once more on its own. The margin is for a busy 2-core machine.
 */
const CASE_TIMEOUT_MS = 60_000;
const MEMORY_LIMIT_MB = 1_536;
const work = mkdtempSync(join(tmpdir(), 'ld-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function describeProblems(report: FuzzReport): string {
  const lines = report.problems.slice(0, 10).map((p) => `case ${p.index} ${p.problem} (${p.kind}; ${p.detail}): ${p.message.split('\n')[0]}`);
  return `${lines.join('\n')}\nreplay: ${replayCommand(report.seed, [...new Set(report.problems.map((p) => p.index))])}`;
}

describe.skipIf(!corpusAvailable)('hostile and broken files', () => {
  it(`every one of ${CASES} mutated corpus files ends in a document or a typed refusal, and the library stays sound`, { timeout: 20 * 60_000 }, async () => {
    console.log(`fuzz seed ${seed} (LICENSE_DESK_FUZZ_SEED=${seed} repeats it), ${CASES} cases`);
    const report = await runFuzz({ seed, count: CASES, caseTimeoutMs: CASE_TIMEOUT_MS, workers: 2, memoryLimitMb: MEMORY_LIMIT_MB, workDir: work });
    const families = Object.keys(report.kinds);
    console.log(
      [
        `${report.cases} cases in ${(report.elapsedMs / 1000).toFixed(0)} s: ${report.documents} documents, refused ${JSON.stringify(report.refusals)}`,
        `case time p50 ${report.durations.p50} ms, p95 ${report.durations.p95} ms, max ${report.durations.max} ms; peak memory of an import process ${report.peakMemoryMb} MB`,
        `${families.length} kinds of damage; most time in ${Object.entries(report.kindMs)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([kind, ms]) => `${kind} ${report.kinds[kind]} cases ${(ms / 1000).toFixed(0)} s`)
          .join(', ')}`,
      ].join('\n'),
    );

    expect(report.cases).toBe(CASES);
    // No crash, hang, failure (an error that is not an ImportError), memory overrun or broken text rules.
    expect(report.problems, describeProblems(report)).toEqual([]);
    expect(report.durations.max).toBeLessThan(CASE_TIMEOUT_MS);
    expect(report.peakMemoryMb).toBeLessThan(MEMORY_LIMIT_MB);
    // The library every case wrote to: integrity_check, foreign keys, the search index, and no partial document.
    expect(report.library.problems).toEqual([]);
    expect(report.library.missing).toEqual([]);
    expect(report.library.documents).toBeGreaterThan(0);

    // The run exercised what it claims: each format's damage, and both endings.
    for (const family of ['pdf/', 'real-pdf/', 'docx/', 'text/']) expect(families.some((k) => k.startsWith(family)), family).toBe(true);
    for (const kind of ['docx/centralDirectory', 'docx/localHeader', 'docx/oversizedPart', 'docx/deepXml', 'text/deepNesting', 'pdf/hugePageCount']) {
      expect(report.kinds[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    expect(report.documents).toBeGreaterThan(CASES / 10);
    expect(report.refusals.CORRUPT ?? 0).toBeGreaterThan(CASES / 100);
    expect(report.refusals.TOO_LARGE ?? 0).toBeGreaterThan(0);
  });
});

/**
 * Imports what must be refused; returns the error and how far the process's memory grew. How long a refusal takes
 * is not asserted here (a shared machine's clock measures the other processes too): a refusal that read every page
 * would run past the test's time limit, and `npm run bench` measures import speed.
 */
async function measuredRefusal(bytes: Uint8Array, name: string): Promise<{ error: ImportError; growthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await importDocument(bytes, name);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { error, growthMb: (Math.max(peak, process.memoryUsage().rss) - before) / 1e6 };
  } finally {
    clearInterval(sampler);
  }
  throw new Error(`${name} was imported; it should have been refused`);
}

describe.skipIf(!corpusAvailable)('huge files are refused early, in bounded memory', () => {
  it('a file over the size limit is refused before it is read', async () => {
    const bytes = new Uint8Array(101 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const { error, growthMb } = await measuredRefusal(bytes, 'huge.pdf');
    // Read, 100 MB of zeros after a PDF header would be a damaged PDF (CORRUPT): TOO_LARGE says it was never parsed.
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/huge\.pdf is 101\.0 MB; the largest file License Desk imports is 100\.0 MB/);
    expect(growthMb).toBeLessThan(20);
  });

  // Reading the pages (about 0.1 s each in page workers) would take minutes: the time limit catches a late refusal.
  it('a PDF of 10,000 pages (a few hundred KB) is refused by its page count before any page is read', { timeout: 30_000 }, async () => {
    const text = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'bsd-3-clause.txt'));
    for (const objectStreams of [false, true]) {
      const bytes = writeTextPdf(pageLines(text, 2), { compress: true, objectStreams, pageCount: 10_000 });
      expect(bytes.byteLength).toBeLessThan(5 * 1024 * 1024);
      const { error, growthMb } = await measuredRefusal(bytes, 'many-pages.pdf');
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toMatch(/10,?000 pages/);
      // Starting one page worker (pdf.js, the file parsed once) is the whole cost.
      expect(growthMb).toBeLessThan(200);
    }
  });
});
