import type { PageViewport, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LinkArea } from './link-targets';
import { buildPageLines, type FontMetrics } from './page-lines';
import type { PDFDocumentProxy } from './pdfjs';
import type { PdfPageFailure, PdfPageText } from './page-text';
import { uprightTurn } from './text-direction';

export type PageResult = { ok: true; text: PdfPageText } | { ok: false; failure: PdfPageFailure };

/**
 * Reads the text lines of one page. Only text content and link annotations are asked for: no operator list, no
 * rendering, so images are never decoded and fonts are read only as far as their character codes and widths.
 */
export async function extractPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageResult> {
  try {
    const page = await doc.getPage(pageNumber);
    try {
      // Marked content tells replacement glyphs (a soft hyphen printed as a space) from real spaces.
      const content = await page.getTextContent({ includeMarkedContent: true });
      const fonts = content.styles as Record<string, FontMetrics>;
      let viewport = page.getViewport({ scale: 1 });
      let built = buildPageLines(content.items, fonts, viewport.transform, await webLinks(page, viewport));
      // Only a page with text at an angle can be one shown sideways: it alone is measured again, and read turned.
      const turn = built.rotatedCharacters > 0 ? uprightTurn(content.items, viewport.transform) : 0;
      if (turn !== 0) {
        viewport = page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
        built = buildPageLines(content.items, fonts, viewport.transform, await webLinks(page, viewport));
      }
      const { lines, rotatedCharacters, lineNumbers, stamps } = built;
      return { ok: true, text: { page: pageNumber, width: viewport.width, height: viewport.height, lines, rotatedCharacters, ...(lineNumbers > 0 ? { lineNumbers } : {}), ...(stamps.length > 0 ? { stamps } : {}), ...(turn !== 0 ? { turned: turn } : {}) } };
    } finally {
      // Frees the page's parsed resources; fonts stay cached on the document for the next pages.
      page.cleanup();
    }
  } catch (error) {
    return { ok: false, failure: { page: pageNumber, message: error instanceof Error ? error.message : String(error) } };
  }
}

type AnnotationData = { subtype?: string; url?: unknown; rect?: number[] };

/**
 * The page's web and e-mail links. Asked with the print intent first: for the display intent pdf.js reads the
 * page's text a second time to find the text under each link, which we already have. LibreOffice writes its links
 * without the print flag, so the print intent leaves them out: a page without a printable link is asked again for
 * what is displayed (quick where the page has no annotations; a second read of the text only where it has links).
 */
async function webLinks(page: PDFPageProxy, viewport: PageViewport): Promise<LinkArea[]> {
  const isWebLink = (annotation: AnnotationData) => annotation.subtype === 'Link' && typeof annotation.url === 'string';
  let annotations: AnnotationData[] = await page.getAnnotations({ intent: 'print' });
  if (!annotations.some(isWebLink)) annotations = await page.getAnnotations({ intent: 'display' });
  const links: LinkArea[] = [];
  for (const annotation of annotations) {
    if (annotation.subtype !== 'Link' || typeof annotation.url !== 'string' || !annotation.rect) continue;
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(annotation.rect);
    links.push({ url: annotation.url, x0: Math.min(x1, x2), x1: Math.max(x1, x2), top: Math.min(y1, y2), bottom: Math.max(y1, y2) });
  }
  return links;
}

/** Reads pages first..last (inclusive), one after the other. */
export async function extractPageRange(doc: PDFDocumentProxy, first: number, last: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (let page = first; page <= last; page++) results.push(await extractPage(doc, page));
  return results;
}
