/**
 * The PDF as printed: every page has its true size from the start (placeholders), and only pages near the
 * viewport are drawn; pages far away give their canvases back. Highlights, find hits and the text layer come
 * from the document model, drawn over the canvas.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentModel, PageInfo, TextBox } from '../../app/types';
import { useViewerStore } from '../../state/viewer';
import type { DocumentMarks } from '../textRuns';
import { boxesByPage, layoutPages, offsetPosition, pageAt, type PageLayout } from './pageLayout';
import { openLibraryPdf } from './pdfDocuments';
import { PdfPage } from './PdfPage';
import { PdfTextLayer } from './PdfTextLayer';

interface Props {
  documentId: number;
  /** Null while the document model is still on its way: the pages are drawn meanwhile, without text layer. */
  model: DocumentModel | null;
  marks: DocumentMarks;
  onFindingClick(findingId: number): void;
  onUnavailable(reason: string): void;
  /** Called once, when the first page has been drawn. */
  onFirstPaint?(): void;
}

/** Pages within this distance of the viewport are drawn; beyond the second, their canvases are released. */
const RENDER_MARGIN = '200px 0px';
const KEEP_MARGIN = '150% 0px';

/** Pages intersecting the root (grown by the margin), as the observer reports them; null until its first report. */
function useIntersectingPages(root: HTMLElement | null, margin: string, pageCount: number): Set<number> | null {
  const [pages, setPages] = useState<Set<number> | null>(null);
  useEffect(() => {
    if (!root) return;
    const current = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = Number((entry.target as HTMLElement).dataset.page);
          if (entry.isIntersecting) current.add(page);
          else current.delete(page);
        }
        setPages(new Set(current));
      },
      { root, rootMargin: margin },
    );
    root.querySelectorAll('.pdf-page').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [root, margin, pageCount]);
  return pages;
}

/**
 * The pages in view computed from the layout alone: used until the observers first report, so the first page
 * starts drawing in the same frame the layout exists rather than an observer round later.
 */
function pagesInView(layout: PageLayout, root: HTMLElement | null): Set<number> {
  const top = root?.scrollTop ?? 0;
  const bottom = top + (root?.clientHeight || 800);
  return new Set(layout.slots.filter((s) => s.top < bottom && s.top + s.height > top).map((s) => s.number));
}

export function PdfView({ documentId, model, marks, onFindingClick, onUnavailable, onFirstPaint }: Props) {
  const zoom = useViewerStore((s) => s.zoom);
  const scrollRequest = useViewerStore((s) => s.scrollRequest);
  const pageRequest = useViewerStore((s) => s.pageRequest);
  const setCurrentPage = useViewerStore((s) => s.setCurrentPage);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [firstPageSize, setFirstPageSize] = useState<{ width: number; height: number } | null>(null);
  // Until the model (with every page's size) arrives, pages are laid out at the first page's size: most
  // documents have one page size, and the layout is corrected, keeping the scroll position, when it lands.
  const pages: PageInfo[] = useMemo(() => {
    if (model?.pages.length) return model.pages;
    if (!pdf || !firstPageSize) return [];
    return Array.from({ length: pdf.numPages }, (_, i) => ({ number: i + 1, ...firstPageSize }));
  }, [model, pdf, firstPageSize]);
  const layout = useMemo(() => layoutPages(pages, zoom), [pages, zoom]);
  const boxes = useMemo(() => (model ? boxesByPage(model.blocks) : new Map<number, TextBox[]>()), [model]);
  const observedVisible = useIntersectingPages(root, RENDER_MARGIN, layout.slots.length);
  const observedKept = useIntersectingPages(root, KEEP_MARGIN, layout.slots.length);
  const estimated = useMemo(() => pagesInView(layout, root), [layout, root]);
  const visible = observedVisible ?? estimated;
  const kept = observedKept ?? estimated;
  const anchor = useRef<{ page: number; fraction: number } | null>(null);
  const firstPaintReported = useRef(false);

  useEffect(() => {
    let live = true;
    setPdf(null);
    openLibraryPdf(documentId).then(
      (doc) => live && setPdf(doc),
      (error: unknown) => live && onUnavailable(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [documentId, onUnavailable]);

  useEffect(() => {
    if (!pdf || model?.pages.length) return;
    let live = true;
    void pdf.getPage(1).then((page) => {
      const { width, height } = page.getViewport({ scale: 1 });
      if (live) setFirstPageSize({ width, height });
    });
    return () => {
      live = false;
    };
  }, [pdf, model]);

  const onPainted = useCallback(
    (page: number) => {
      if (firstPaintReported.current || !root) return;
      firstPaintReported.current = true;
      const chosen = performance.getEntriesByName('ld:document-chosen').pop();
      if (chosen) {
        const ms = performance.now() - chosen.startTime;
        root.dataset.firstPaintMs = ms.toFixed(0);
        root.dataset.firstPaintPage = String(page);
      }
      onFirstPaint?.();
    },
    [root, onFirstPaint],
  );

  // Zooming keeps the same place of the same page at the top of the viewport.
  useLayoutEffect(() => {
    if (!root || !anchor.current) return;
    const slot = layout.slots[anchor.current.page - 1];
    if (slot) root.scrollTop = slot.top + anchor.current.fraction * slot.height;
  }, [layout, root]);

  const onScroll = useCallback(() => {
    if (!root) return;
    const top = pageAt(layout, root.scrollTop);
    if (top) anchor.current = { page: top.number, fraction: (root.scrollTop - top.top) / top.height };
    const middle = pageAt(layout, root.scrollTop + root.clientHeight / 3);
    if (middle) setCurrentPage(middle.number);
  }, [root, layout, setCurrentPage]);

  // Each request is obeyed once (a later zoom must not jump back to it), as soon as the page layout allows.
  const handled = useRef({ scroll: 0, page: 0 });
  useEffect(() => {
    if (!root || !scrollRequest || !model || handled.current.scroll === scrollRequest.nonce || !layout.slots.length) return;
    handled.current.scroll = scrollRequest.nonce;
    const position = offsetPosition(layout, model.blocks, scrollRequest.start);
    if (position) root.scrollTop = Math.max(0, position.y - root.clientHeight * 0.3);
  }, [scrollRequest, root, layout, model]);

  useEffect(() => {
    if (!root || !pageRequest || handled.current.page === pageRequest.nonce || !layout.slots.length) return;
    handled.current.page = pageRequest.nonce;
    const slot = layout.slots[Math.min(layout.slots.length, Math.max(1, pageRequest.page)) - 1];
    if (slot) root.scrollTop = slot.top - 8;
  }, [pageRequest, root, layout]);

  return (
    <div className="pdf-scroll" ref={setRoot} onScroll={onScroll} data-testid="document-scroll">
      <div className="pdf-column" style={{ width: layout.width, height: layout.height }}>
        {layout.slots.map((slot) => {
          const render = visible.has(slot.number);
          return (
            <PdfPage
              key={slot.number}
              pdf={pdf}
              slot={slot}
              scale={layout.scale}
              render={render}
              keep={render || kept.has(slot.number)}
              onPainted={onPainted}
            >
              {render && model && (
                <PdfTextLayer boxes={boxes.get(slot.number) ?? []} text={model.text} scale={layout.scale} marks={marks} onFindingClick={onFindingClick} />
              )}
            </PdfPage>
          );
        })}
      </div>
    </div>
  );
}
