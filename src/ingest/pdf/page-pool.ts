import { Worker } from 'node:worker_threads';
import { ImportError } from '../errors';
import { extractPageRange, type PageResult } from './extract-pages';
import { localCMapUrl, type PDFDocumentProxy } from './pdfjs';
import { pageWorkerEntry } from './worker-entry';
import type { ExtractRequest, OpenedDocument, PageWorkerData, PageWorkerMessage } from './worker-protocol';

/** Pages handed out at a time: small enough to balance the threads, large enough to keep messages rare. */
const CHUNK_PAGES = 4;
/**
 * How long a worker may take over one chunk, and how much memory it may use, before it is stopped: a hostile or
 * broken page must not hang the import or exhaust the machine. pdf.js reads a dense real page in tens of
 * milliseconds, so 15 s for four pages is generous even on a slow, busy laptop. A chunk of several pages that
 * stopped one worker is given again page by page, so that one bad page does not take its neighbours with it; a
 * page that stops a worker on its own is reported unreadable rather than tried again (it would only do the same).
 */
const CHUNK_TIMEOUT_MS = 15_000;
const WORKER_HEAP_MB = 512;

export interface ExtractionOutcome {
  /** One result per page, in page order. */
  results: PageResult[];
  /** Pages read by workers (the rest were read on the current thread). */
  pagesReadByWorkers: number;
  /** Why workers stopped before the end, if any did (their pages were read by the others). */
  workerFailures: string[];
}

interface Chunk extends ExtractRequest {
  /** Workers that stopped while reading it. */
  failures: number;
}

interface PoolWorker {
  worker: Worker;
  /** The chunk it is reading, if any, and when it must be done. */
  inFlight?: Chunk;
  deadline?: NodeJS.Timeout;
  ready: boolean;
  stopped: boolean;
}

/**
 * Page workers for one document. Each opens its own copy of the file; the first to do so reports the page count
 * and title (`opened`). `extract` then hands pages out in small chunks to whichever thread is free — the workers
 * and, when given the document, the current thread too — so a slow start or a slow page does not hold up the
 * rest. A worker that fails hands its chunk back to the others. `close` terminates every worker; call it in a
 * `finally`, whatever happened.
 */
export class PagePool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Chunk[] = [];
  private results: PageResult[] = [];
  private pending = 0;
  private extracting = false;
  private closed = false;
  private starting = true;
  private pagesReadByWorkers = 0;
  private readonly failures: string[] = [];
  private wake: (() => void) | undefined;
  private resolveOpened!: (opened: OpenedDocument) => void;
  private rejectOpened!: (error: Error) => void;
  /** Resolves when a worker has opened the document; rejects with its ImportError, or an Error if none started. */
  readonly opened: Promise<OpenedDocument>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly name: string,
    workerCount: number,
  ) {
    this.opened = new Promise<OpenedDocument>((resolve, reject) => {
      this.resolveOpened = resolve;
      this.rejectOpened = reject;
    });
    // Nobody may be listening yet (the in-process path never asks): a rejection here is not "unhandled".
    this.opened.catch(() => undefined);
    void this.startWorkers(workerCount);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Reads every page. `doc` (the document opened on the current thread) makes this thread read pages too; with
   * `doc` null only the workers read, and extraction fails if every one of them does.
   */
  async extract(doc: PDFDocumentProxy | null, pageCount: number): Promise<ExtractionOutcome> {
    this.extracting = true;
    this.results = new Array(pageCount);
    this.pending = pageCount;
    for (let first = 1; first <= pageCount; first += CHUNK_PAGES) this.queue.push({ first, last: Math.min(pageCount, first + CHUNK_PAGES - 1), failures: 0 });
    for (const entry of this.workers) if (entry.ready) this.feed(entry);
    while (this.pending > 0) {
      // A page that stopped a worker is not read on this thread, which nothing could stop.
      const index = doc ? this.queue.findIndex((chunk) => chunk.failures === 0) : -1;
      if (doc && index >= 0) {
        const [chunk] = this.queue.splice(index, 1);
        this.store(await extractPageRange(doc, chunk.first, chunk.last));
        continue;
      }
      if (!this.starting && this.workers.every((entry) => entry.stopped)) {
        if (!doc) throw new Error(`every page worker failed: ${this.failures.join('; ')}`);
        for (const chunk of this.queue.splice(0)) this.giveUp(chunk, this.failures[this.failures.length - 1] ?? 'no worker left');
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return { results: this.results, pagesReadByWorkers: this.pagesReadByWorkers, workerFailures: [...this.failures] };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pending = 0;
    await Promise.all(
      this.workers.map((entry) => {
        entry.stopped = true;
        clearTimeout(entry.deadline);
        return entry.worker.terminate().catch(() => undefined);
      }),
    );
  }

  private async startWorkers(count: number): Promise<void> {
    if (count === 0) {
      this.starting = false;
      this.rejectOpened(new Error('no page worker was asked for'));
      return;
    }
    try {
      const { url, execArgv } = await pageWorkerEntry();
      const cMapUrl = localCMapUrl();
      for (let i = 0; i < count && !this.closed; i++) this.startWorker(url, execArgv, cMapUrl);
    } catch (error) {
      this.failures.push(error instanceof Error ? error.message : String(error));
    }
    this.starting = false;
    if (this.workers.length === 0) this.rejectOpened(new Error(`no page worker was started: ${this.failures.join('; ')}`));
    this.notify();
  }

  private startWorker(url: URL, execArgv: string[], cMapUrl: string): void {
    const start = (flags: string[]) => {
      const copy = this.bytes.slice();
      return new Worker(url, {
        execArgv: flags,
        workerData: { data: copy, name: this.name, cMapUrl } satisfies PageWorkerData,
        transferList: [copy.buffer],
        // pdf.js prints warnings to stdout, where they would corrupt a command's JSON output: discard them.
        stdout: true,
        // pdf.js makes short-lived objects by the million (arrays per glyph); a nursery half the default size is
        // collected more often and keeps each worker some 15 MB smaller.
        resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
    };
    let worker: Worker;
    try {
      worker = start(execArgv);
    } catch (error) {
      // A process started with V8 or process-wide flags (--max-old-space-size, --stack-size …) cannot pass them to a
      // worker. The workers need none of them (their heap is set above); without a worker the pages would be read
      // on this thread, where nothing can stop a hostile page.
      if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
      worker = start([]);
    }
    worker.stdout.resume();
    const entry: PoolWorker = { worker, ready: false, stopped: false };
    this.workers.push(entry);
    worker.on('message', (message: PageWorkerMessage) => this.receive(entry, message));
    worker.on('error', (error) => this.stop(entry, error.message));
    worker.on('exit', (code) => this.stop(entry, `exited with code ${code}`));
  }

  private receive(entry: PoolWorker, message: PageWorkerMessage): void {
    switch (message.type) {
      case 'ready':
        entry.ready = true;
        this.resolveOpened({ pageCount: message.pageCount, title: message.title });
        if (this.extracting) this.feed(entry);
        return;
      case 'pages':
        clearTimeout(entry.deadline);
        entry.inFlight = undefined;
        this.pagesReadByWorkers += message.results.length;
        this.store(message.results);
        this.feed(entry);
        return;
      case 'failed':
        // The file itself is the problem (password, damage): every worker would say the same.
        if (!entry.ready) this.rejectOpened(new ImportError(message.code, message.message));
        this.stop(entry, message.message);
        return;
    }
  }

  private feed(entry: PoolWorker): void {
    if (entry.stopped || entry.inFlight) return;
    const chunk = this.queue.shift();
    if (!chunk) return;
    entry.inFlight = chunk;
    entry.worker.postMessage({ first: chunk.first, last: chunk.last } satisfies ExtractRequest);
    entry.deadline = setTimeout(() => this.stop(entry, `pages ${chunk.first}–${chunk.last} took longer than ${CHUNK_TIMEOUT_MS / 1000} s`), CHUNK_TIMEOUT_MS);
    entry.deadline.unref();
  }

  private store(list: PageResult[]): void {
    for (const result of list) {
      const page = result.ok ? result.text.page : result.failure.page;
      if (this.results[page - 1] === undefined) this.pending--;
      this.results[page - 1] = result;
    }
    this.notify();
  }

  private stop(entry: PoolWorker, why: string): void {
    if (entry.stopped) return;
    entry.stopped = true;
    clearTimeout(entry.deadline);
    this.failures.push(why);
    const chunk = entry.inFlight;
    entry.inFlight = undefined;
    // Retried page by page, so that one bad page does not take its neighbours down with it.
    if (chunk && chunk.failures === 0 && chunk.last > chunk.first) this.queue.unshift(...pagesOf(chunk).map((page) => ({ first: page, last: page, failures: 1 })));
    else if (chunk) this.giveUp(chunk, why);
    void entry.worker.terminate().catch(() => undefined);
    if (!this.starting && this.workers.every((other) => other.stopped)) this.rejectOpened(new Error(`no page worker could open the file: ${this.failures.join('; ')}`));
    // A chunk handed back goes to a worker that is free now, or to the current thread's loop.
    for (const other of this.workers) if (other.ready && this.extracting) this.feed(other);
    this.notify();
  }

  private giveUp(chunk: Chunk, why: string): void {
    this.store(pagesOf(chunk).map((page) => ({ ok: false, failure: { page, message: `the reader stopped on it (${why})` } })));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

function pagesOf(chunk: ExtractRequest): number[] {
  return Array.from({ length: chunk.last - chunk.first + 1 }, (_, i) => chunk.first + i);
}
