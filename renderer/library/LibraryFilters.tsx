import type { CommercialUse, DocumentKind } from '../app/types';
import { COMMERCIAL_LABELS, COMMERCIAL_ORDER, DOCUMENT_KIND_ORDER, KIND_LABELS } from '../app/vocabulary';
import { NO_FILTERS, useLibraryStore } from '../state/library';

export function LibraryFilters({ families, shown, total }: { families: string[]; shown: number; total: number }) {
  const filters = useLibraryStore((s) => s.filters);
  const setFilter = useLibraryStore((s) => s.setFilter);
  const clearFilters = useLibraryStore((s) => s.clearFilters);
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="filters" role="group" aria-label="Filters">
      <div className="filter">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" value={filters.kind} onChange={(e) => setFilter('kind', e.target.value as DocumentKind | 'all')}>
          <option value="all">All kinds</option>
          {DOCUMENT_KIND_ORDER.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-commercial">Commercial use</label>
        <select id="filter-commercial" value={filters.commercialUse} onChange={(e) => setFilter('commercialUse', e.target.value as CommercialUse | 'unknown' | 'all')}>
          <option value="all">Any</option>
          {COMMERCIAL_ORDER.map((c) => (
            <option key={c} value={c}>
              {COMMERCIAL_LABELS[c]}
            </option>
          ))}
          <option value="unknown">Not analysed</option>
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-family">Family</label>
        <select id="filter-family" value={filters.family} onChange={(e) => setFilter('family', e.target.value)}>
          <option value="all">All families</option>
          {families.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </div>
      <span className="filters-count muted" aria-live="polite">
        {active ? `${shown} of ${total} documents` : `${total} ${total === 1 ? 'document' : 'documents'}`}
      </span>
      {active && (
        <button type="button" className="btn btn-link" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
