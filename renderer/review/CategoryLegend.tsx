import type { CSSProperties } from 'react';
import type { Category, StoredFinding } from '../app/types';
import { CATEGORIES, categoryVars } from '../taxonomy/categories';

interface Props {
  findings: StoredFinding[];
  hidden: Category[];
  onToggle(category: Category): void;
  onShowAll(): void;
}

/** The highlight colours, one toggle per category present in the document (core categories always listed). */
export function CategoryLegend({ findings, hidden, onToggle, onShowAll }: Props) {
  const counts = new Map<Category, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  const shown = CATEGORIES.filter((c) => c.core || counts.has(c.id));
  return (
    <div className="legend" role="toolbar" aria-label="Highlight categories">
      {shown.map((c) => {
        const count = counts.get(c.id) ?? 0;
        const on = !hidden.includes(c.id);
        return (
          <button
            key={c.id}
            type="button"
            className="legend-chip"
            style={categoryVars(c.id) as CSSProperties}
            aria-pressed={on}
            onClick={() => onToggle(c.id)}
            title={`${on ? 'Hide' : 'Show'} ${c.label} highlights — ${c.description}`}
            data-category={c.id}
          >
            <span className="swatch" aria-hidden="true" />
            {c.label}
            <span className="count">{count}</span>
          </button>
        );
      })}
      {hidden.length > 0 && (
        <button type="button" className="btn btn-link legend-reset" onClick={onShowAll}>
          Show all
        </button>
      )}
    </div>
  );
}
