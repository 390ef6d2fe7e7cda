/**
 * A page worker: opens its own copy of the PDF, reports its page count and title, then reads the page ranges
 * the main thread sends, one at a time, answering each with the pages' lines (see page-pool.ts). It never
 * exits on its own: the main thread terminates it when the document is done or has failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../errors';
import { extractPageRange } from './extract-pages';
import { documentTitle, openPdf } from './pdfjs';
import type { ExtractRequest, PageWorkerData, PageWorkerMessage } from './worker-protocol';

const port = parentPort!;
const { data, name, cMapUrl } = workerData as PageWorkerData;
const post = (message: PageWorkerMessage) => port.postMessage(message);

try {
  const doc = await openPdf(data, name, cMapUrl);
  port.on('message', (request: ExtractRequest) => {
    extractPageRange(doc, request.first, request.last).then(
      (results) => post({ type: 'pages', results }),
      (error: unknown) => post({ type: 'failed', code: 'CORRUPT', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  post({ type: 'ready', pageCount: doc.numPages, title: await documentTitle(doc) });
} catch (error) {
  if (error instanceof ImportError) post({ type: 'failed', code: error.code, message: error.message });
  else post({ type: 'failed', code: 'CORRUPT', message: error instanceof Error ? error.message : String(error) });
}
