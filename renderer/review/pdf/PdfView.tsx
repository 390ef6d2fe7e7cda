/**
 * The PDF as printed: every page has its true size from the start (placeholders), and only pages near the
 * viewport are drawn; pages far away give their canvases back. Highlights, find hits and the text layer come
 * from the document model, drawn over the canvas.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentModel } from '../../app/types';
import { useViewerStore } from '../../state/viewer';
import type { DocumentMarks } from '../textRuns';
import { boxesByPage, layoutPages, offsetPosition, pageAt } from './pageLayout';
import { openLibraryPdf } from './pdfDocuments';
import { PdfPage } from './PdfPage';
import { PdfTextLayer } from './PdfTextLayer';

interface Props {
  documentId: number;
  model: DocumentModel;
  marks: DocumentMarks;
  onFindingClick(findingId: number): void;
  onUnavailable(reason: string): void;
}

/** Pages within this distance of the viewport are drawn; beyond the second, their canvases are released. */
const RENDER_MARGIN = '200px 0px';
const KEEP_MARGIN = '150% 0px';

function useIntersectingPages(root: HTMLElement | null, margin: string, pageCount: number): Set<number> {
  const [pages, setPages] = useState<Set<number>>(() => new Set());
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

export function PdfView({ documentId, model, marks, onFindingClick, onUnavailable }: Props) {
  const zoom = useViewerStore((s) => s.zoom);
  const scrollRequest = useViewerStore((s) => s.scrollRequest);
  const pageRequest = useViewerStore((s) => s.pageRequest);
  const setCurrentPage = useViewerStore((s) => s.setCurrentPage);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const layout = useMemo(() => layoutPages(model.pages, zoom), [model.pages, zoom]);
  const boxes = useMemo(() => boxesByPage(model.blocks), [model.blocks]);
  const visible = useIntersectingPages(root, RENDER_MARGIN, layout.slots.length);
  const kept = useIntersectingPages(root, KEEP_MARGIN, layout.slots.length);
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
    },
    [root],
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

  useEffect(() => {
    if (!root || !scrollRequest) return;
    const position = offsetPosition(layout, model.blocks, scrollRequest.start);
    if (position) root.scrollTop = Math.max(0, position.y - root.clientHeight * 0.3);
  }, [scrollRequest, root, layout, model.blocks]);

  useEffect(() => {
    if (!root || !pageRequest) return;
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
              {render && (
                <PdfTextLayer boxes={boxes.get(slot.number) ?? []} text={model.text} scale={layout.scale} marks={marks} onFindingClick={onFindingClick} />
              )}
            </PdfPage>
          );
        })}
      </div>
    </div>
  );
}
