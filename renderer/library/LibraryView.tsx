/**
 * The library: import (drop files anywhere on the view, or choose them), the documents in a sortable, filterable
 * table, full-text search across them, and the per-document actions (open, edit details, delete).
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { DocumentRecord } from '../app/types';
import { CompareWithDialog } from '../compare/CompareWithDialog';
import { useImportQueue } from '../state/importQueue';
import { familiesOf, useLibraryStore, visibleDocuments } from '../state/library';
import { useSearchStore } from '../state/search';
import { useUiStore } from '../state/ui';
import { VersionNotices } from '../versions/VersionNotices';
import { DeleteDialog } from './DeleteDialog';
import { DocumentTable } from './DocumentTable';
import { EmptyLibrary } from './EmptyLibrary';
import { ImportQueuePanel } from './ImportQueuePanel';
import { LibraryFilters } from './LibraryFilters';
import { MetadataDialog } from './MetadataDialog';
import { SearchResults } from './SearchResults';

/** Import-dialog requests already answered (module-wide: the view is unmounted while a document is open). */
let answeredImportRequests = 0;

const ACCEPTED = '.pdf,.docx,.md,.markdown,.mdx,.txt,.text,.html,.htm,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain,text/html';

export function LibraryView() {
  const { documents, status, error, filters, sort, sortBy, load } = useLibraryStore();
  const enqueueFiles = useImportQueue((s) => s.enqueueFiles);
  const importRequests = useUiStore((s) => s.importDialogRequests);
  const query = useSearchStore((s) => s.query);
  const setQuery = useSearchStore((s) => s.setQuery);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [editing, setEditing] = useState<DocumentRecord | null>(null);
  const [deleting, setDeleting] = useState<DocumentRecord | null>(null);
  const [comparing, setComparing] = useState<DocumentRecord | null>(null);

  const shown = useMemo(() => visibleDocuments(documents, filters, sort), [documents, filters, sort]);
  const families = useMemo(() => familiesOf(documents), [documents]);
  const openFileDialog = () => inputRef.current?.click();

  // The application menu's "Import…" lands here.
  useEffect(() => {
    if (importRequests > answeredImportRequests) {
      answeredImportRequests = importRequests;
      inputRef.current?.click();
    }
  }, [importRequests]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length) enqueueFiles(files);
  };

  return (
    <div
      className={`library${dragging ? ' dragging' : ''}`}
      data-testid="library-view"
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="library-header">
        <h1>Library</h1>
        <div className="library-search" role="search">
          <label htmlFor="library-search-input" className="visually-hidden">
            Search the text of every document
          </label>
          <input
            id="library-search-input"
            type="search"
            placeholder="Search the text of every document"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </div>
        <button type="button" className="btn btn-primary" onClick={openFileDialog}>
          Import…
        </button>
        <input
          ref={inputRef}
          id="import-input"
          type="file"
          multiple
          accept={ACCEPTED}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          aria-label="Choose documents to import"
          data-testid="import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length) enqueueFiles(files);
            e.target.value = '';
          }}
        />
      </header>
      <ImportQueuePanel />
      <VersionNotices />
      {status === 'error' && (
        <div className="inline-error" role="alert">
          The library could not be read: {error}{' '}
          <button type="button" className="btn btn-link" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}
      {query.trim() ? (
        <SearchResults />
      ) : status === 'ready' && documents.length === 0 ? (
        <EmptyLibrary onImport={openFileDialog} />
      ) : (
        documents.length > 0 && (
          <>
            <LibraryFilters families={families} shown={shown.length} total={documents.length} />
            {shown.length > 0 ? (
              <DocumentTable
                documents={shown}
                sort={sort}
                onSort={sortBy}
                onEdit={setEditing}
                onDelete={setDeleting}
                onCompare={documents.length > 1 ? setComparing : undefined}
              />
            ) : (
              <p className="muted table-empty">No document matches these filters.</p>
            )}
          </>
        )
      )}
      {status === 'loading' && <p className="muted">Reading the library…</p>}
      <div className="drop-overlay" aria-hidden="true">
        <p>Drop to import</p>
      </div>
      {editing && <MetadataDialog document={editing} families={families} onClose={() => setEditing(null)} />}
      {deleting && <DeleteDialog document={deleting} onClose={() => setDeleting(null)} />}
      {comparing && <CompareWithDialog document={comparing} onClose={() => setComparing(null)} />}
    </div>
  );
}
