import { availableParallelism } from 'node:os';

/**
 * Which threads read a document's pages.
 *
 * A page worker costs about half a second to start (a thread, pdf.js, the file parsed again) — as much as reading
 * 15–25 pages — so small documents are read on the current thread when that is cheap, and large ones by one
 * thread per core, the current one included.
 *
 * Reading on the current thread is cheap only when pdf.js loads there natively. Running from TypeScript source
 * (the CLI and scripts under tsx, the tests under vitest), a loader re-maps the modules of this thread: under
 * tsx, pdf.js then costs seconds and some 230 MB (source-map bookkeeping for 1.5 MB of code). Page workers load
 * pdf.js before any TypeScript loader, so from source every page is read in workers and pdf.js never loads on
 * this thread. A bundled build reads small documents in-process.
 */
export interface ExtractionPlan {
  /** Open the document and read pages on the current thread too. */
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

const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

export function planExtraction(estimatedPages: number, cores = availableParallelism(), fromSource = RUNNING_FROM_SOURCE): ExtractionPlan {
  const threads = Math.max(1, Math.min(cores, MAX_THREADS, Math.ceil(estimatedPages / PAGES_PER_WORKER)));
  return fromSource ? { inProcess: false, workers: threads } : { inProcess: true, workers: threads - 1 };
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
