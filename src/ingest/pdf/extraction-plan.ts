import { availableParallelism } from 'node:os';

/**
 * Which threads read a document's pages.
 *
 * Always page workers, never the current thread: pdf.js reads a page synchronously, and some hostile pages take
 * it minutes (a content stream of a hundred thousand unbalanced `q` operators costs time quadratic in their
 * number: test/reliability found it). On the current thread — the Electron main process — nothing could stop
 * that; a worker is stopped by page-pool.ts at its time limit. A worker costs about half a second to start (a
 * thread, pdf.js, the file parsed again) — as much as reading 15–25 pages — so small documents get one, and large
 * ones one per core.
 *
 * From TypeScript source (the CLI and scripts under tsx, the tests under vitest) the workers load pdf.js before
 * any TypeScript loader (see worker-entry.ts); on this thread under tsx, pdf.js would cost seconds and some 230 MB.
 */
export interface ExtractionPlan {
  /** Open the document and read pages on the current thread too (never planned; see above). */
  inProcess: boolean;
  /** Page workers to start. */
  workers: number;
}

/** Pages a worker must have to read for starting it to pay off. */
export const PAGES_PER_WORKER = 24;
/**
 * Threads for one document at most: each holds its own pdf.js and parsed copy of the file (some 50–60 MB for a
 * long document), so more cores would buy speed with memory the 300 MB budget of an import does not have.
 */
const MAX_THREADS = 3;

export function planExtraction(estimatedPages: number, cores = availableParallelism()): ExtractionPlan {
  const threads = Math.max(1, Math.min(cores, MAX_THREADS, Math.ceil(estimatedPages / PAGES_PER_WORKER)));
  return { inProcess: false, workers: threads };
}

/**
 * A cheap guess at the page count, to plan threads before the file is parsed: the page objects written in the
 * clear ("/Type /Page"), or, when they sit in compressed object streams, one page per 40 KB.
 */
export function estimatePageCount(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pages = 0;
  for (const needle of ['/Type/Page', '/Type /Page']) {
    for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + needle.length)) {
      if (buffer[at + needle.length] !== 0x73 /* s: /Type /Pages is the page tree */) pages++;
    }
  }
  return pages > 0 ? pages : Math.max(1, Math.round(bytes.byteLength / 40_000));
}
