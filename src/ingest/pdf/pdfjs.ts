/**
 * The one place a PDF is opened, on the main thread and in the page workers alike: nothing but text extraction.
 * No eval, no font faces, no system or standard fonts (text positions come from the fonts' widths, never from
 * drawing them), no XFA, no image decoders, no network. CMaps are read from the local pdfjs-dist folder because
 * CJK text cannot be decoded without them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../errors';
import { loadPdfJsModule } from './pdfjs-load.mjs';

export type PdfJs = typeof PdfJsModule;
export type { PDFDocumentProxy };

/** pdf.js, loaded once per thread (see pdfjs-load.mjs). */
export function loadPdfJs(): Promise<PdfJs> {
  return loadPdfJsModule();
}

let cMapDirectory: string | undefined;

/** pdfjs-dist's packed CMaps, as a directory path with the trailing slash pdf.js wants. */
export function localCMapUrl(): string {
  cMapDirectory ??= join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  return cMapDirectory;
}

/**
 * Opens a PDF for text extraction. `data` is handed to pdf.js, which may take ownership of (detach) its buffer:
 * pass a copy when the caller still needs the bytes. `cMapUrl` is given by page workers, which cannot locate
 * files themselves (see worker-entry.ts). Fails with an ImportError (ENCRYPTED, CORRUPT).
 */
export async function openPdf(data: Uint8Array, name: string, cMapUrl = localCMapUrl()): Promise<PDFDocumentProxy> {
  const complete = endsWithEofMarker(data);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl,
    cMapPacked: true,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error, name, complete);
  }
}

/** A complete PDF ends with "%%EOF" (possibly followed by a line break or a little padding). */
export function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 1024));
  return tail.includes('%%EOF');
}

/** What a pdf.js failure to open a file means, in words the reader can act on. */
function openError(error: unknown, name: string, complete: boolean): ImportError {
  const pdfName = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (pdfName === 'PasswordException') {
    return new ImportError(
      'ENCRYPTED',
      `${name} is protected by a password: it cannot be opened without one. Open it in a PDF reader with the password, save a copy without protection, and import that copy.`,
      { cause: message },
    );
  }
  if (pdfName === 'InvalidPDFException') {
    return new ImportError(
      'CORRUPT',
      complete
        ? `${name} is damaged: its PDF structure (the table that locates its pages) cannot be read. Get an intact copy of the file and import it again.`
        : `${name} is incomplete: the file stops before the end-of-file marker every PDF ends with (it was probably cut short during a download or copy), and its pages cannot be located. Get a complete copy and import it again.`,
      { cause: message, truncated: !complete },
    );
  }
  return new ImportError('CORRUPT', `${name} could not be read as a PDF: ${message}.`, { cause: message });
}

/** The document's Title metadata entry (a string when present); undefined when the metadata cannot be read. */
export async function documentTitle(doc: PDFDocumentProxy): Promise<unknown> {
  try {
    const { info } = await doc.getMetadata();
    return (info as { Title?: unknown }).Title;
  } catch {
    return undefined;
  }
}
