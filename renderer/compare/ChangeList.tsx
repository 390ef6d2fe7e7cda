/**
 * Every change in the later version's reading order, filterable by materiality and by clause category: its kind,
 * where it sits, the categories it touches and, in counsel's words, what changed (for a material change, each
 * reason). Choosing one brings it into view in the documents.
 */
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { Change } from '../../src/compare/types';
import type { Category } from '../app/types';
import { visibleChanges, type CompareFilters, type MaterialFilter } from '../state/compare';
import { CATEGORIES, categoryStyle, categoryVars } from '../taxonomy/categories';
import { changeNumber, changePlace, kindLabel } from './changeLabels';

interface Props {
  changes: Change[];
  shown: Change[];
  filters: CompareFilters;
  activeChangeId: string | null;
  onShow(changeId: string): void;
  onToggleCategory(category: Category): void;
  onSetMaterial(filter: MaterialFilter): void;
  onClearFilters(): void;
}

function CategoryChip({ category }: { category: Category }) {
  return (
    <span className="cmp-category" style={categoryVars(category) as CSSProperties} data-category={category}>
      <span className="swatch" aria-hidden="true" />
      {categoryStyle(category).label}
    </span>
  );
}

export function ChangeList({ changes, shown, filters, activeChangeId, onShow, onToggleCategory, onSetMaterial, onClearFilters }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const filtersRef = useRef<HTMLDivElement>(null);
  // Each count is what a click on it would show, the other filter kept: the materiality buttons count within the
  // chosen categories, the category chips within the chosen materiality. A chip stays when its count drops to 0,
  // so a chosen one can always be unchosen.
  const inCategories = visibleChanges(changes, { ...filters, material: 'all' });
  const material = inCategories.filter((c) => c.material).length;
  const inMateriality = visibleChanges(changes, { ...filters, categories: [] });
  const counts = new Map<Category, number>();
  for (const c of changes) for (const cat of c.categories) counts.set(cat, 0);
  for (const c of inMateriality) for (const cat of c.categories) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  const present = CATEGORIES.filter((c) => counts.has(c.id));
  const filtered = filters.material !== 'all' || filters.categories.length > 0;

  // The change in focus stays visible in the list as the reviewer steps through them.
  useEffect(() => {
    if (!activeChangeId) return;
    listRef.current?.querySelector(`[data-change-id="${CSS.escape(activeChangeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeChangeId]);

  // A new filter shows a new list: it starts at its top (or at the change in focus, if it is still shown), not
  // where the longer list was scrolled, which could leave its first cards above the fold.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const active = activeChangeId ? list.querySelector(`[data-change-id="${CSS.escape(activeChangeId)}"]`) : null;
    if (active) active.scrollIntoView({ block: 'nearest' });
    else list.scrollTop = 0;
    // Only a change of filters moves the list here (stepping through the changes is the effect above).
  }, [filters]);

  const materialOptions: { value: MaterialFilter; label: string; count: number }[] = [
    { value: 'all', label: 'All', count: inCategories.length },
    { value: 'material', label: 'Material', count: material },
    { value: 'other', label: 'Other', count: inCategories.length - material },
  ];

  return (
    <aside className="change-list" aria-label="Changes" data-testid="change-list">
      <h2 className="visually-hidden">Changes</h2>
      {changes.length > 0 && (
        <div className="change-filters" ref={filtersRef}>
          <div className="change-filters-row">
            <div className="segmented toolbar-group" role="group" aria-label="Materiality">
              {materialOptions.map((o) => (
                <button key={o.value} type="button" className="btn btn-small" aria-pressed={filters.material === o.value} onClick={() => onSetMaterial(o.value)}>
                  {o.label} <span className="count">{o.count}</span>
                </button>
              ))}
            </div>
            <span className="muted change-count" data-testid="change-count">
              {filtered ? `${shown.length} of ${changes.length}` : `${changes.length}`} shown
            </span>
          </div>
          {present.length > 0 && (
            <div className="change-category-filters" role="group" aria-label="Categories">
              {present.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  className="legend-chip cmp-filter-chip"
                  style={categoryVars(c.id) as CSSProperties}
                  aria-pressed={filters.categories.includes(c.id)}
                  data-category={c.id}
                  onClick={() => onToggleCategory(c.id)}
                  title={`Only changes touching ${c.label}`}
                >
                  <span className="swatch" aria-hidden="true" />
                  {c.label}
                  <span className="count">{counts.get(c.id)}</span>
                </button>
              ))}
            </div>
          )}
          {filtered && (
            <button
              type="button"
              className="btn btn-link change-filters-reset"
              onClick={() => {
                onClearFilters();
                // The link goes with the filters it clears: the keyboard stays with the filters, on "All".
                requestAnimationFrame(() => filtersRef.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus());
              }}
            >
              Show every change
            </button>
          )}
        </div>
      )}
      {changes.length === 0 ? (
        <p className="change-list-empty">The two versions say the same thing: no change in wording.</p>
      ) : shown.length === 0 ? (
        <p className="change-list-empty">No change matches these filters.</p>
      ) : (
        <ol className="change-items" ref={listRef}>
          {shown.map((c) => (
            <li
              key={c.id}
              className={`change-card${c.material ? ' material' : ''}${c.id === activeChangeId ? ' active' : ''}`}
              data-change-id={c.id}
              data-material={c.material}
              aria-current={c.id === activeChangeId ? 'true' : undefined}
              onClick={() => onShow(c.id)}
            >
              <button type="button" className="change-card-head" onClick={(e) => (e.stopPropagation(), onShow(c.id))}>
                <span className="change-number" aria-hidden="true">
                  {changeNumber(c.id)}
                </span>
                <span className="change-kind">{kindLabel(c)}</span>
                {changePlace(c) && <span className="change-place">{changePlace(c)}</span>}
                {c.material && <span className="badge badge-material">Material</span>}
                <span className="visually-hidden">: {c.summary}</span>
              </button>
              {c.material && c.reasons.length > 0 ? (
                <ul className="change-reasons">
                  {c.reasons.map((r, i) => (
                    <li key={i} data-category={r.category ?? undefined}>
                      {r.summary}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="change-summary">{c.summary}</p>
              )}
              {c.categories.length > 0 && (
                <div className="change-categories">
                  {c.categories.map((cat) => (
                    <CategoryChip key={cat} category={cat} />
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
