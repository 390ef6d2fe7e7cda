/**
 * The review of one document: the summary on top, the document (PDF pages or reading text) with its findings
 * highlighted, and the findings beside it for counsel to confirm, reject or re-categorise.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ReviewSidePanel } from '../annotations/ReviewSidePanel';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { useReviewAnnotations } from '../annotations/useReviewAnnotations';
import type { StoredFinding } from '../app/types';
import { useLibraryStore } from '../state/library';
import { useReviewStore, visibleFindings } from '../state/review';
import type { DocumentFocus } from '../state/ui';
import { useViewerStore } from '../state/viewer';
import { categoryStyle } from '../taxonomy/categories';
import { CategoryLegend } from './CategoryLegend';
import { FindBar } from './FindBar';
import { FindingsSidebar } from './FindingsSidebar';
import { PdfView } from './pdf/PdfView';
import { openLibraryPdf } from './pdf/pdfDocuments';
import { ReadingView } from './reading/ReadingView';
import { ReviewToolbar } from './ReviewToolbar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SummaryPanel } from './SummaryPanel';
import type { DocumentMarks } from './textRuns';
import { useReviewShortcuts } from './useReviewShortcuts';

const NO_FINDINGS: StoredFinding[] = [];
/** The longest a PDF's model waits for its first page to be drawn. */
const MODEL_WAIT_MS = 800;

export function ReviewView({ documentId, focus }: { documentId: number; focus?: DocumentFocus }) {
  const review = useReviewStore();
  const layout = useViewerStore((s) => s.layout);
  const summaryOpen = useViewerStore((s) => s.summaryOpen);
  const find = useViewerStore((s) => s.find);
  const flashed = useViewerStore((s) => s.flashed);
  const [pdfProblem, setPdfProblem] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const paneRef = useRef<HTMLElement>(null);
  const notes = useReviewAnnotations(documentId, review.findings);

  // A PDF's first page needs nothing from the model: it is drawn first, and the model (text, boxes, findings:
  // megabytes for a long agreement) is asked for once that page is up — or after a short wait at the latest —
  // so the two do not compete for the window's main thread.
  const modelRequested = useRef(false);
  const requestModel = useCallback(() => {
    if (modelRequested.current) return;
    modelRequested.current = true;
    void useReviewStore.getState().open(documentId);
  }, [documentId]);

  useEffect(() => {
    useViewerStore.getState().reset();
    setPdfProblem(null);
    modelRequested.current = false;
    const known = useLibraryStore.getState().documents.find((d) => d.id === documentId);
    const pagesFirst = known?.format === 'pdf' && (known.pageCount ?? 0) > 0 && useViewerStore.getState().layout === 'pages';
    if (!pagesFirst) {
      requestModel();
      return;
    }
    openLibraryPdf(documentId).catch(requestModel);
    const timer = setTimeout(requestModel, MODEL_WAIT_MS);
    return () => clearTimeout(timer);
  }, [documentId, requestModel]);

  const ready = review.status === 'ready' && review.detail !== null && review.documentId === documentId;
  const record = useLibraryStore((s) => s.documents.find((d) => d.id === documentId));

  useEffect(() => {
    if (ready) performance.mark('ld:review-rendered');
    if (!ready || !focus) return;
    // A clause opened from an assessment is shown as its finding (in focus in the sidebar too).
    const finding = focus.findingId !== undefined ? useReviewStore.getState().findings.find((f) => f.findingId === focus.findingId) : undefined;
    if (finding) {
      useReviewStore.getState().setActiveFinding(finding.findingId);
      useViewerStore.getState().scrollTo(finding, { flash: true });
    } else useViewerStore.getState().scrollTo(focus, { flash: true });
  }, [ready, focus]);

  // The findings (thousands, in a long agreement) are drawn in an interruptible background render, so the
  // first page and the reviewer's keys are never kept waiting behind them.
  const findings = useDeferredValue(review.findings, NO_FINDINGS);
  /** The findings exist but are not drawn yet (never say "none" meanwhile). */
  const findingsPending = findings !== review.findings && findings.length === 0;
  const shown = useMemo(() => visibleFindings(findings, review.hiddenCategories), [findings, review.hiddenCategories]);
  const marks: DocumentMarks = useMemo(
    () => ({
      findings: shown,
      maxFindingLength: shown.reduce((m, f) => Math.max(m, f.end - f.start), 0),
      findHits: find.open ? find.hits : [],
      currentFind: find.index,
      flashed,
      activeFindingId: review.activeFindingId,
      annotations: notes.marks,
    }),
    [shown, find.open, find.hits, find.index, flashed, review.activeFindingId, notes.marks],
  );

  const showFinding = useCallback((finding: StoredFinding) => {
    useReviewStore.getState().setActiveFinding(finding.findingId);
    useViewerStore.getState().scrollTo(finding);
  }, []);

  const showSpan = useCallback((span: { start: number; end: number }) => useViewerStore.getState().scrollTo(span, { flash: true }), []);

  const onHighlightClick = useCallback((findingId: number) => useReviewStore.getState().setActiveFinding(findingId), []);

  const step = useCallback((delta: 1 | -1) => {
    const { findings, hiddenCategories, activeFindingId } = useReviewStore.getState();
    const list = visibleFindings(findings, hiddenCategories);
    if (!list.length) return;
    const index = list.findIndex((f) => f.findingId === activeFindingId);
    const next = index < 0 ? (delta === 1 ? 0 : list.length - 1) : (index + delta + list.length) % list.length;
    showFinding(list[next]);
  }, [showFinding]);

  const decide = useCallback((status: 'confirmed' | 'rejected' | 'suggested') => {
    const { activeFindingId, reviewFinding } = useReviewStore.getState();
    if (activeFindingId !== null) void reviewFinding(activeFindingId, { status });
  }, []);

  const showHelp = useCallback(() => setHelpOpen(true), []);
  useReviewShortcuts({ step, decide, showHelp });
  const onPdfUnavailable = useCallback(
    (reason: string) => {
      setPdfProblem(reason);
      requestModel();
    },
    [requestModel],
  );

  if (review.status === 'error' && review.documentId === documentId) {
    return (
      <div className="view-message" role="alert">
        <h1>This document could not be opened</h1>
        <p>{review.error}</p>
      </div>
    );
  }
  // The library's record is enough to show the toolbar and to start drawing a PDF while the model loads.
  const detail = ready ? review.detail : null;
  const document = detail?.document ?? record;
  if (!document) {
    return (
      <div className="view-message" aria-busy="true">
        <p>Opening the document…</p>
      </div>
    );
  }
  const model = detail?.model ?? null;
  // Screen readers hear where J / K landed.
  const activeIndex = shown.findIndex((f) => f.findingId === review.activeFindingId);
  const active = activeIndex >= 0 ? shown[activeIndex] : null;
  const activeAnnouncement = active
    ? `Finding ${activeIndex + 1} of ${shown.length}: ${categoryStyle(active.category).label}, ${active.status}${active.page !== null ? `, page ${active.page}` : ''}. ${active.quote.slice(0, 160)}`
    : '';
  const pageCount = model ? model.pages.length : (document.pageCount ?? 0);
  const canShowPages = document.format === 'pdf' && pageCount > 0 && !pdfProblem;
  const effectiveLayout = canShowPages ? layout : 'reading';

  return (
    <div className="review" data-testid="review-view" data-layout={effectiveLayout} aria-busy={!detail}>
      <ReviewToolbar document={document} pageCount={pageCount} canShowPages={canShowPages} layout={effectiveLayout} onShowShortcuts={showHelp} />
      {detail ? (
        <SummaryPanel
          analysis={detail.analysis}
          findings={findings}
          onShowFinding={showFinding}
          onReanalyze={review.reanalyze}
          textLength={detail.model.text.length}
          onShowSpan={showSpan}
        />
      ) : (
        // Holds the place of the summary that is coming, so the page already drawn below does not jump.
        <section className={summaryOpen ? 'summary summary-pending' : 'summary summary-folded'} aria-label="Summary">
          <p className="summary-line">Reading the analysis…</p>
        </section>
      )}
      <div className="review-body">
        <section className="document-pane" aria-label="Document" ref={paneRef}>
          {detail ? (
            // Counted from the findings as they arrive (cheap), not the deferred ones being drawn: the legend
            // comes with the summary, in one change of layout.
            <CategoryLegend
              findings={review.findings}
              hidden={review.hiddenCategories}
              onToggle={review.toggleCategory}
              onShowAll={review.showAllCategories}
            />
          ) : (
            <div className="legend legend-pending" aria-hidden="true" />
          )}
          {model && <FindBar text={model.text} />}
          {pdfProblem && document.format === 'pdf' && (
            <p className="inline-warning" role="status">
              The original pages could not be displayed ({pdfProblem}); showing the document as reading text.
            </p>
          )}
          {notes.saveError && (
            <p className="inline-error" role="alert">
              {notes.saveError}{' '}
              <button type="button" className="btn btn-link" onClick={notes.dismissSaveError}>
                Dismiss
              </button>
            </p>
          )}
          {review.saveError && (
            <p className="inline-error" role="alert">
              {review.saveError}{' '}
              <button type="button" className="btn btn-link" onClick={review.dismissSaveError}>
                Dismiss
              </button>
            </p>
          )}
          {effectiveLayout === 'pages' ? (
            <PdfView
              documentId={documentId}
              model={model}
              marks={marks}
              onFindingClick={onHighlightClick}
              onUnavailable={onPdfUnavailable}
              onFirstPaint={requestModel}
            />
          ) : model ? (
            <ReadingView model={model} marks={marks} onFindingClick={onHighlightClick} />
          ) : (
            <p className="view-message">Opening the document…</p>
          )}
          {model && <SelectionToolbar documentId={documentId} text={model.text} paneRef={paneRef} />}
        </section>
        <div className="sidebar-column">
          {detail && !findingsPending ? (
            <ReviewSidePanel documentId={documentId} revisions={[review.findings, notes.revision]}>
              <FindingsSidebar
                findings={findings}
                hiddenCategories={review.hiddenCategories}
                activeFindingId={review.activeFindingId}
                saving={review.saving}
                analysed={detail.analysis !== null}
                onShow={showFinding}
                onReview={review.reviewFinding}
                annotations={notes.listed}
                renderAnnotation={notes.renderCard}
                activeAnnotationId={notes.activeId}
                includeFinding={notes.includeFinding}
                toolbar={notes.filterBar}
              />
            </ReviewSidePanel>
          ) : (
            <aside className="findings-sidebar" aria-label="Findings">
              <header className="findings-header">
                <h2>Findings</h2>
              </header>
              <p className="findings-empty">Loading the findings…</p>
            </aside>
          )}
          <p className="shortcut-hint">
            <kbd>J</kbd>/<kbd>K</kbd> next/previous · <kbd>C</kbd> confirm · <kbd>X</kbd> reject ·{' '}
            <button type="button" className="btn btn-link" onClick={showHelp}>
              all shortcuts
            </button>
          </p>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="active-finding-announcement">
        {activeAnnouncement}
      </p>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
