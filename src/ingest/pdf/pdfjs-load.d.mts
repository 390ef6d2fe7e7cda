/** pdf.js's legacy build, loaded once per thread with Node's own built-ins kept (see pdfjs-load.mjs). */
export function loadPdfJsModule(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>;
