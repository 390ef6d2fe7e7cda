/**
 * PDF import speed and memory on the 192-page corpus file, next to poppler's `pdftotext` on the same file in the
 * same run (issue 2, item 7). Targets: the whole import (extract + structure) no slower than 4× pdftotext, and a
 * peak RSS under 300 MB. Storing the document is measured with the library's own benchmark.
 *
 * Times are the best of three runs in this process (so pdf.js and the page-worker bundle are loaded once, as in
 * the app). Memory is measured in a child process that imports the file once from cold, like `license-desk
 * import`: its peak RSS counts the import's own memory, worker threads included, and nothing the benchmark
 * runner holds.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { importDocument } from '../../src/ingest';
import { PERF_PDF } from '../../test/support/corpus';
import type { BenchModule, BenchRow } from './types';

const run = promisify(execFile);
const RUNS = 3;
const TIME_TARGET = 4;
const RSS_TARGET_MB = 300;

async function bestOf<T>(runs: number, task: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  let best = Number.POSITIVE_INFINITY;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await task();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { seconds: best, result };
}

async function pdftotextSeconds(): Promise<number | null> {
  try {
    await run('pdftotext', ['-v']);
  } catch {
    return null;
  }
  return (await bestOf(RUNS, () => run('pdftotext', [PERF_PDF, '/dev/null']))).seconds;
}

/** One cold import in a fresh process (run from source like the CLI): its peak RSS and time. */
async function childImport(): Promise<{ maxRssMb: number; baselineMb: number; seconds: number; pages: number }> {
  const child = fileURLToPath(new URL('./import-pdf.child.ts', import.meta.url));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, PERF_PDF], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { maxRssMb: number; baselineMb: number; seconds: number; pages: number };
}

const bench: BenchModule = {
  title: 'PDF import',
  async run(): Promise<BenchRow[]> {
    const bytes = new Uint8Array(readFileSync(PERF_PDF));
    const name = basename(PERF_PDF);
    const reference = await pdftotextSeconds();
    const imported = await bestOf(RUNS, () => importDocument(bytes, name));
    const pages = imported.result.pageCount ?? 0;
    const ratio = reference ? imported.seconds / reference : null;
    const cold = await childImport();
    return [
      {
        name: `import ${name} (${pages} pages), best of ${RUNS}`,
        measured: `${imported.seconds.toFixed(2)} s (${Math.round(pages / imported.seconds)} pages/s)`,
        reference: reference ? `pdftotext ${reference.toFixed(2)} s (${Math.round(pages / reference)} pages/s)` : 'pdftotext not installed (apt-get install poppler-utils)',
        ratio,
        target: `≤ ${TIME_TARGET}× pdftotext`,
        pass: ratio !== null && ratio <= TIME_TARGET,
      },
      {
        name: `peak RSS of one import from cold (child process)`,
        measured: `${cold.maxRssMb} MB (process at start ${cold.baselineMb} MB; import ${cold.seconds.toFixed(2)} s)`,
        reference: '—',
        ratio: null,
        target: `< ${RSS_TARGET_MB} MB`,
        pass: cold.maxRssMb < RSS_TARGET_MB && cold.pages > 0,
      },
    ];
  },
};

export default bench;
