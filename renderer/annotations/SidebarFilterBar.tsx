import type { StoredFinding } from '../app/types';
import { useAnnotationsStore, type Annotation, type AnnotationCategory } from '../state/annotations';
import { ANNOTATION_CATEGORY_CHOICES } from './annotationColours';
import { ITEM_STATUS_LABELS, filterChoices, isFiltering, type ItemStatus } from './sidebarFilters';

interface Props {
  findings: StoredFinding[];
  annotations: Annotation[];
  /** Items the filters leave out. */
  hidden: number;
}

/** The review sidebar's search and filters over findings and counsel's highlights. */
export function SidebarFilterBar({ findings, annotations, hidden }: Props) {
  const filters = useAnnotationsStore((s) => s.filters);
  const setFilter = useAnnotationsStore((s) => s.setFilter);
  const clearFilters = useAnnotationsStore((s) => s.clearFilters);
  const { authors, tags } = filterChoices(findings, annotations);
  return (
    <div className="sidebar-filters" role="search" aria-label="Filter findings and highlights">
      <label className="sidebar-search">
        <span className="visually-hidden">Search quotes and comments</span>
        <input type="search" placeholder="Search quotes and comments" value={filters.query} onChange={(e) => setFilter('query', e.target.value)} />
      </label>
      <div className="sidebar-filter-row">
        <label>
          <span>Category</span>
          <select value={filters.category} onChange={(e) => setFilter('category', e.target.value as AnnotationCategory | 'all')}>
            <option value="all">All</option>
            {ANNOTATION_CATEGORY_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id === 'note' ? 'Notes' : c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Status</span>
          <select value={filters.status} onChange={(e) => setFilter('status', e.target.value as ItemStatus | 'all')}>
            <option value="all">All</option>
            {(Object.keys(ITEM_STATUS_LABELS) as ItemStatus[]).map((s) => (
              <option key={s} value={s}>
                {ITEM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Author</span>
          <select value={filters.author} onChange={(e) => setFilter('author', e.target.value)}>
            <option value="all">Anyone</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Tag</span>
          <select value={filters.tag} onChange={(e) => setFilter('tag', e.target.value)} disabled={tags.length === 0 && filters.tag === 'all'}>
            <option value="all">Any</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      {isFiltering(filters) && (
        <p className="sidebar-filter-note" role="status">
          {hidden} item{hidden === 1 ? '' : 's'} filtered out ·{' '}
          <button type="button" className="btn btn-link" onClick={clearFilters}>
            Show all
          </button>
        </p>
      )}
    </div>
  );
}
