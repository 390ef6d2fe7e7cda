import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../app/types';
import { FORMAT_LABELS, KIND_LABELS } from '../app/vocabulary';
import { useUiStore } from '../state/ui';
import { useViewerStore, type Layout } from '../state/viewer';

interface Props {
  document: DocumentRecord;
  pageCount: number;
  canShowPages: boolean;
  layout: Layout;
  onShowShortcuts(): void;
}

function PageBox({ pageCount }: { pageCount: number }) {
  const currentPage = useViewerStore((s) => s.currentPage);
  const goToPage = useViewerStore((s) => s.goToPage);
  const [draft, setDraft] = useState(String(currentPage));
  useEffect(() => setDraft(String(currentPage)), [currentPage]);
  const go = (page: number) => goToPage(Math.min(pageCount, Math.max(1, page)));
  return (
    <div className="toolbar-group" role="group" aria-label="Pages">
      <button type="button" className="btn btn-icon" onClick={() => go(currentPage - 1)} disabled={currentPage <= 1} aria-label="Previous page">
        ‹
      </button>
      <label className="page-box">
        <span className="visually-hidden">Page</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft}
          onChange={(e) => setDraft(e.target.value.replace(/\D/g, ''))}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && draft) go(Number(draft));
          }}
          onBlur={() => setDraft(String(currentPage))}
          aria-label="Page number"
        />
        <span aria-hidden="true">/ {pageCount}</span>
      </label>
      <button type="button" className="btn btn-icon" onClick={() => go(currentPage + 1)} disabled={currentPage >= pageCount} aria-label="Next page">
        ›
      </button>
    </div>
  );
}

export function ReviewToolbar({ document, pageCount, canShowPages, layout, onShowShortcuts }: Props) {
  const showLibrary = useUiStore((s) => s.showLibrary);
  const zoom = useViewerStore((s) => s.zoom);
  const { zoomIn, zoomOut, resetZoom, setLayout, openFind } = useViewerStore.getState();
  return (
    <header className="review-toolbar">
      <button type="button" className="btn btn-ghost" onClick={showLibrary}>
        ← Library
      </button>
      <div className="review-title">
        <h1 data-testid="review-title">{document.title}</h1>
        <p>
          {KIND_LABELS[document.kind]} · {FORMAT_LABELS[document.format]}
          {document.versionLabel ? ` · version ${document.versionLabel}` : ''}
          {document.pageCount ? ` · ${document.pageCount} pages` : ''}
        </p>
      </div>
      <div className="toolbar-spacer" />
      {canShowPages && (
        <div className="toolbar-group segmented" role="group" aria-label="Layout">
          <button type="button" className="btn btn-small" aria-pressed={layout === 'pages'} onClick={() => setLayout('pages')}>
            Pages
          </button>
          <button type="button" className="btn btn-small" aria-pressed={layout === 'reading'} onClick={() => setLayout('reading')}>
            Reading
          </button>
        </div>
      )}
      {canShowPages && layout === 'pages' && <PageBox pageCount={pageCount} />}
      <div className="toolbar-group" role="group" aria-label="Zoom">
        <button type="button" className="btn btn-icon" onClick={zoomOut} aria-label="Zoom out" title="Zoom out (Ctrl+−)">
          −
        </button>
        <button type="button" className="btn btn-small zoom-value" onClick={resetZoom} title="Reset zoom (Ctrl+0)" data-testid="zoom-value">
          {Math.round(zoom * 100)} %
        </button>
        <button type="button" className="btn btn-icon" onClick={zoomIn} aria-label="Zoom in" title="Zoom in (Ctrl+=)">
          +
        </button>
      </div>
      <button type="button" className="btn btn-small" onClick={openFind} title="Find in document (Ctrl+F)">
        Find
      </button>
      <button type="button" className="btn btn-small" onClick={onShowShortcuts} title="Keyboard shortcuts (?)">
        Shortcuts
      </button>
    </header>
  );
}
