import { Worker } from 'node:worker_threads';
import { ImportError } from '../errors';
import { extractPageRange, type PageResult } from './extract-pages';
import { localCMapUrl, type PDFDocumentProxy } from './pdfjs';
import { pageWorkerEntry } from './worker-entry';
import type { ExtractRequest, OpenedDocument, PageWorkerData, PageWorkerMessage } from './worker-protocol';

/** Pages handed out at a time: small enough to balance the threads, large enough to keep messages rare. */
const CHUNK_PAGES = 4;

export interface ExtractionOutcome {
  /** One result per page, in page order. */
  results: PageResult[];
  /** Pages read by workers (the rest were read on the current thread). */
  pagesReadByWorkers: number;
  /** Why workers stopped before the end, if any did (their pages were read by the others). */
  workerFailures: string[];
}

interface PoolWorker {
  worker: Worker;
  /** The chunk it is reading, if any. */
  inFlight?: ExtractRequest;
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
  private readonly queue: ExtractRequest[] = [];
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
    for (let first = 1; first <= pageCount; first += CHUNK_PAGES) this.queue.push({ first, last: Math.min(pageCount, first + CHUNK_PAGES - 1) });
    for (const entry of this.workers) if (entry.ready) this.feed(entry);
    while (this.pending > 0) {
      const chunk = doc ? this.queue.shift() : undefined;
      if (doc && chunk) {
        this.store(await extractPageRange(doc, chunk.first, chunk.last));
        continue;
      }
      if (!doc && !this.starting && this.workers.every((entry) => entry.stopped)) {
        throw new Error(`every page worker failed: ${this.failures.join('; ')}`);
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
        return entry.worker.terminate().catch(() => undefined);
      }),
    );
  }

  private async startWorkers(count: number): Promise<void> {
    try {
      const { url, execArgv } = await pageWorkerEntry();
      const cMapUrl = localCMapUrl();
      for (let i = 0; i < count && !this.closed; i++) this.startWorker(url, execArgv, cMapUrl);
    } catch (error) {
      this.failures.push(error instanceof Error ? error.message : String(error));
    }
    this.starting = false;
    if (this.workers.length === 0) this.rejectOpened(new Error(`no page worker was started: ${this.failures.join('; ') || 'none asked for'}`));
    this.notify();
  }

  private startWorker(url: URL, execArgv: string[], cMapUrl: string): void {
    const copy = this.bytes.slice();
    const worker = new Worker(url, {
      execArgv,
      workerData: { data: copy, name: this.name, cMapUrl } satisfies PageWorkerData,
      transferList: [copy.buffer],
      // pdf.js prints warnings to stdout, where they would corrupt a command's JSON output: discard them.
      stdout: true,
      // pdf.js makes short-lived objects by the million (arrays per glyph); a nursery half the default size is
      // collected more often and keeps each worker some 15 MB smaller.
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
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
    entry.inFlight = this.queue.shift();
    if (entry.inFlight) entry.worker.postMessage(entry.inFlight);
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
    this.failures.push(why);
    if (entry.inFlight) this.queue.unshift(entry.inFlight);
    entry.inFlight = undefined;
    void entry.worker.terminate().catch(() => undefined);
    if (!this.starting && this.workers.every((other) => other.stopped)) this.rejectOpened(new Error(`no page worker could open the file: ${this.failures.join('; ')}`));
    // A chunk handed back goes to a worker that is free now, or to the current thread's loop.
    for (const other of this.workers) if (other.ready && this.extracting) this.feed(other);
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
