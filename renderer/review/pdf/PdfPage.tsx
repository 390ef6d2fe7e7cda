/**
 * One page of the PDF: a placeholder of the page's true size, a canvas drawn by pdf.js while the page is near
 * the viewport, and the text layer. The canvas is dropped (and its memory freed) once the page is far away.
 */
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { PageSlot } from './pageLayout';

interface Props {
  pdf: PDFDocumentProxy | null;
  slot: PageSlot;
  /** CSS pixels per PDF point. */
  scale: number;
  /** Near the viewport: draw it (again, if the zoom changed). */
  render: boolean;
  /** Not far away: keep what is drawn. */
  keep: boolean;
  onPainted(page: number): void;
  children?: ReactNode;
}

/** Canvases above this many pixels are drawn at a lower resolution (memory on long documents at high zoom). */
const MAX_CANVAS_PIXELS = 16_000_000;

function releaseCanvases(host: HTMLElement): void {
  for (const canvas of host.querySelectorAll('canvas')) {
    canvas.width = 0;
    canvas.height = 0;
    canvas.remove();
  }
}

export const PdfPage = memo(function PdfPage({ pdf, slot, scale, render, keep, onPainted, children }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [paintedScale, setPaintedScale] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!render || !pdf || !host || paintedScale === scale) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    (async () => {
      performance.mark(`ld:page-${slot.number}-wanted`);
      const page = await pdf.getPage(slot.number);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const wanted = window.devicePixelRatio || 1;
      const ratio = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.className = 'pdf-canvas';
      canvas.setAttribute('aria-hidden', 'true');
      performance.mark(`ld:page-${slot.number}-render-start`);
      task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await task.promise;
      if (cancelled) {
        canvas.width = 0;
        return;
      }
      // Swap only once drawn, so zooming never flashes an empty page.
      releaseCanvases(host);
      host.appendChild(canvas);
      setPaintedScale(scale);
      setFailed(null);
      onPainted(slot.number);
    })().catch((error: unknown) => {
      if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
      setFailed(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, slot.number, scale, render, paintedScale, onPainted]);

  // Only a page that was drawn has anything to give back (asking pdf.js for every page would flood its worker).
  useEffect(() => {
    const host = hostRef.current;
    if (keep || !host || paintedScale === null) return;
    releaseCanvases(host);
    setPaintedScale(null);
    void pdf?.getPage(slot.number).then((page) => page.cleanup());
  }, [keep, pdf, slot.number, paintedScale]);

  return (
    <div
      className="pdf-page"
      data-page={slot.number}
      data-painted={paintedScale !== null ? 'true' : undefined}
      style={{ top: slot.top, left: slot.left, width: slot.width, height: slot.height }}
      aria-label={`Page ${slot.number}`}
      role="group"
    >
      <div className="pdf-canvas-host" ref={hostRef} />
      {failed && <p className="pdf-page-error">Page {slot.number} could not be drawn: {failed}</p>}
      {!paintedScale && !failed && <span className="pdf-page-number" aria-hidden="true">{slot.number}</span>}
      {children}
    </div>
  );
});
