/**
 * Opens a library document's original PDF with pdf.js. pdf.js runs in its own worker, served from the app's
 * origin, without eval; its CMaps, fonts and decoders come from the app too (copied at build time), so opening
 * a PDF never reaches outside the app. The bytes come from the library (documents-file), not from a URL.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import { desk } from '../../app/desk';

type PdfJs = typeof import('pdfjs-dist');

let pdfjsModule: Promise<PdfJs> | null = null;

/** pdf.js is loaded on first use (the library view does not need it). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return pdfjsModule;
}

let sharedWorker: Promise<PDFWorker> | null = null;

/**
 * One pdf.js worker for the app's lifetime, started ahead of need (see warmUpPdf): starting it means parsing a
 * megabyte of script, which should not sit between the reviewer's click and the first page.
 */
function pdfWorker(): Promise<PDFWorker> {
  sharedWorker ??= loadPdfJs().then((pdfjs) => new pdfjs.PDFWorker());
  return sharedWorker;
}

/** Loads pdf.js and starts its worker while the app is idle. */
export function warmUpPdf(): void {
  void pdfWorker().catch(() => {
    sharedWorker = null;
  });
}

interface OpenPdf {
  documentId: number;
  task: PDFDocumentLoadingTask | null;
  promise: Promise<PDFDocumentProxy>;
}

/** The PDFs kept open: the one under review and the one before it (going back and forth is common). */
const open: OpenPdf[] = [];
const KEEP_OPEN = 2;

function assetBase(): string {
  return new URL('./pdfjs/', document.baseURI).href;
}

export function openLibraryPdf(documentId: number): Promise<PDFDocumentProxy> {
  const existing = open.find((o) => o.documentId === documentId);
  if (existing) return existing.promise;
  const entry: OpenPdf = { documentId, task: null, promise: Promise.resolve(null as unknown as PDFDocumentProxy) };
  entry.promise = (async () => {
    const [pdfjs, worker, bytes] = await Promise.all([loadPdfJs(), pdfWorker(), desk().documentsFile({ id: documentId })]);
    performance.mark('ld:pdf-bytes');
    const base = assetBase();
    const task = pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given (it moves to the worker): give it a copy.
      data: new Uint8Array(bytes),
      worker,
      isEvalSupported: false,
      enableXfa: false,
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      wasmUrl: `${base}wasm/`,
      iccUrl: `${base}iccs/`,
      stopAtErrors: false,
    });
    entry.task = task;
    const doc = await task.promise;
    performance.mark('ld:pdf-open');
    return doc;
  })();
  entry.promise.catch(() => forget(documentId));
  open.unshift(entry);
  while (open.length > KEEP_OPEN) void open.pop()?.task?.destroy();
  return entry.promise;
}

/** Drops a document (deleted, or its file failed to open). */
export function forget(documentId: number): void {
  const index = open.findIndex((o) => o.documentId === documentId);
  if (index >= 0) void open.splice(index, 1)[0].task?.destroy();
}
