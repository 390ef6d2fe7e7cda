import { useSearchStore } from '../state/search';
import { useUiStore } from '../state/ui';
import { Snippet } from './Snippet';

/** Full-text hits across the library; choosing one opens its document at the passage. */
export function SearchResults() {
  const { query, hits, status, error } = useSearchStore();
  const openDocument = useUiStore((s) => s.openDocument);
  const clear = useSearchStore((s) => s.clear);
  return (
    <section className="search-results" aria-label="Search results" data-testid="search-results">
      <header className="search-results-header">
        <h2>
          {status === 'searching' ? 'Searching…' : status === 'error' ? 'Search failed' : `${hits.length} ${hits.length === 1 ? 'passage' : 'passages'} matching “${query.trim()}”`}
        </h2>
        <button type="button" className="btn btn-link" onClick={clear}>
          Clear search
        </button>
      </header>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {status === 'done' && hits.length === 0 && <p className="muted">No passage in the library contains these words.</p>}
      <ol className="search-hit-list">
        {hits.map((hit) => (
          <li key={`${hit.documentId}:${hit.blockId}`}>
            <button type="button" className="search-hit" onClick={() => openDocument(hit.documentId, { start: hit.start, end: hit.end })}>
              <span className="search-hit-title">
                {hit.documentTitle}
                {hit.page !== null && <span className="muted"> · page {hit.page}</span>}
              </span>
              <Snippet text={hit.snippet} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
