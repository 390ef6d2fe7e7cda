import { buildPageLines, type FontMetrics } from './page-lines';
import type { PDFDocumentProxy } from './pdfjs';
import type { PdfPageFailure, PdfPageText } from './page-text';

export type PageResult = { ok: true; text: PdfPageText } | { ok: false; failure: PdfPageFailure };

/**
 * Reads the text lines of one page. Only text content is asked for: no operator list, no rendering, so images
 * are never decoded and fonts are read only as far as their character codes and widths.
 */
export async function extractPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageResult> {
  try {
    const page = await doc.getPage(pageNumber);
    try {
      const viewport = page.getViewport({ scale: 1 });
      // Marked content tells replacement glyphs (a soft hyphen printed as a space) from real spaces.
      const content = await page.getTextContent({ includeMarkedContent: true });
      const { lines, rotatedCharacters } = buildPageLines(content.items, content.styles as Record<string, FontMetrics>, viewport.transform);
      return { ok: true, text: { page: pageNumber, width: viewport.width, height: viewport.height, lines, rotatedCharacters } };
    } finally {
      // Frees the page's parsed resources; fonts stay cached on the document for the next pages.
      page.cleanup();
    }
  } catch (error) {
    return { ok: false, failure: { page: pageNumber, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Reads pages first..last (inclusive), one after the other. */
export async function extractPageRange(doc: PDFDocumentProxy, first: number, last: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (let page = first; page <= last; page++) results.push(await extractPage(doc, page));
  return results;
}
