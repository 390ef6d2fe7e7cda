import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Category, StoredFinding } from '../app/types';
import type { FindingChange } from '../state/review';
import { CATEGORIES, categoryVars } from '../taxonomy/categories';
import { FindingCard } from './FindingCard';

interface Props {
  findings: StoredFinding[];
  hiddenCategories: Category[];
  activeFindingId: number | null;
  saving: number[];
  analysed: boolean;
  onShow(finding: StoredFinding): void;
  onReview(findingId: number, change: FindingChange): void;
}

/** A long group shows its first findings and a button for the rest (a long agreement can have thousands). */
const GROUP_PAGE = 25;

/** The findings grouped by category (taxonomy order), each group in document order. */
export function FindingsSidebar({ findings, hiddenCategories, activeFindingId, saving, analysed, onShow, onReview }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<Record<string, number>>({});
  const groups = useMemo(
    () =>
      CATEGORIES.filter((c) => !hiddenCategories.includes(c.id))
        .map((c) => ({ category: c, findings: findings.filter((f) => f.category === c.id).sort((a, b) => a.start - b.start) }))
        .filter((g) => g.findings.length > 0),
    [findings, hiddenCategories],
  );
  const hiddenCount = findings.filter((f) => hiddenCategories.includes(f.category)).length;
  const decided = findings.filter((f) => f.status !== 'suggested').length;

  useEffect(() => {
    if (activeFindingId === null) return;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-finding-id="${activeFindingId}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }, [activeFindingId]);

  return (
    <aside className="findings-sidebar" aria-label="Findings">
      <header className="findings-header">
        <h2>Findings</h2>
        <span className="findings-progress" data-testid="findings-progress">
          {findings.length === 0 ? 'none' : `${decided} of ${findings.length} reviewed`}
        </span>
      </header>
      <div className="findings-list" ref={listRef}>
        {findings.length === 0 && (
          <p className="findings-empty">
            {analysed ? 'No clauses were flagged in this document.' : 'This document has not been analysed yet.'}
          </p>
        )}
        {groups.map(({ category, findings: group }) => {
          const activeIndex = group.findIndex((f) => f.findingId === activeFindingId);
          const limit = Math.max(expanded[category.id] ?? GROUP_PAGE, activeIndex + 1);
          return (
            <section key={category.id} className="finding-group" style={categoryVars(category.id) as CSSProperties} aria-label={category.label}>
              <h3 className="finding-group-title">
                <span className="swatch" aria-hidden="true" />
                {category.label}
                <span className="count">{group.length}</span>
              </h3>
              <ul>
                {group.slice(0, limit).map((f) => (
                  <FindingCard
                    key={f.findingId}
                    finding={f}
                    active={f.findingId === activeFindingId}
                    saving={saving.includes(f.findingId)}
                    onShow={onShow}
                    onReview={onReview}
                  />
                ))}
              </ul>
              {group.length > limit && (
                <button
                  type="button"
                  className="btn btn-link finding-group-more"
                  onClick={() => setExpanded((e) => ({ ...e, [category.id]: limit + GROUP_PAGE * 5 }))}
                >
                  Show more ({group.length - limit} not shown)
                </button>
              )}
            </section>
          );
        })}
        {hiddenCount > 0 && (
          <p className="findings-hidden-note">
            {hiddenCount} finding{hiddenCount === 1 ? '' : 's'} in hidden categories.
          </p>
        )}
      </div>
    </aside>
  );
}
