import type { ImportErrorCode } from '../errors';
import type { PageResult } from './extract-pages';

/** What a page worker is started with (workerData): its own copy of the file. */
export interface PageWorkerData {
  data: Uint8Array;
  name: string;
  /** pdfjs-dist's CMap directory (the worker's own module URL may not be a file). */
  cMapUrl: string;
}

/** Main thread -> page worker: read pages first..last (inclusive). */
export interface ExtractRequest {
  first: number;
  last: number;
}

/** What a worker learns on opening the document, which the main thread needs before any page is read. */
export interface OpenedDocument {
  pageCount: number;
  /** The PDF's Title metadata entry, if any. */
  title: unknown;
}

/** Page worker -> main thread. */
export type PageWorkerMessage =
  | ({ type: 'ready' } & OpenedDocument)
  | { type: 'pages'; results: PageResult[] }
  | { type: 'failed'; code: ImportErrorCode; message: string };
