import { Fragment, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { annotationColour } from '../annotations/annotationColours';
import type { Category, StoredFinding } from '../app/types';
import type { Annotation } from '../state/annotations';
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
  /** Counsel's own highlights, listed with the findings of their category (plain notes in a group of their own). */
  annotations?: Annotation[];
  /** Draws one highlight's card (an <li>). */
  renderAnnotation?(annotation: Annotation): ReactNode;
  activeAnnotationId?: number | null;
  /** The sidebar's filters: only matching findings are listed (the progress still counts every one). */
  includeFinding?(finding: StoredFinding): boolean;
  /** Shown under the header: the search and filters. */
  toolbar?: ReactNode;
}

type SidebarItem = { kind: 'finding'; finding: StoredFinding; start: number; key: string } | { kind: 'annotation'; annotation: Annotation; start: number; key: string };

const NO_ANNOTATIONS: Annotation[] = [];
const NOTES_GROUP = { id: 'note', label: 'Counsel’s notes' };

/** A long group shows its first findings and a button for the rest (a long agreement can have thousands). */
const GROUP_PAGE = 25;

/**
 * The findings and counsel's highlights grouped by category (counsel's plain notes first, then the taxonomy's
 * order), each group in document order.
 */
export function FindingsSidebar({
  findings,
  hiddenCategories,
  activeFindingId,
  saving,
  analysed,
  onShow,
  onReview,
  annotations = NO_ANNOTATIONS,
  renderAnnotation,
  activeAnnotationId = null,
  includeFinding,
  toolbar,
}: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<Record<string, number>>({});
  const groups = useMemo(() => {
    const listed = includeFinding ? findings.filter(includeFinding) : findings;
    const itemsOf = (category: string): SidebarItem[] =>
      [
        ...listed.filter((f) => f.category === category).map((f): SidebarItem => ({ kind: 'finding', finding: f, start: f.start, key: `f${f.findingId}` })),
        ...annotations.filter((a) => a.category === category).map((a): SidebarItem => ({ kind: 'annotation', annotation: a, start: a.start, key: `a${a.id}` })),
      ].sort((a, b) => a.start - b.start);
    return [
      { id: NOTES_GROUP.id, label: NOTES_GROUP.label, vars: { '--cat': annotationColour('note') }, items: itemsOf('note') },
      ...CATEGORIES.filter((c) => !hiddenCategories.includes(c.id)).map((c) => ({ id: c.id, label: c.label, vars: categoryVars(c.id), items: itemsOf(c.id) })),
    ].filter((g) => g.items.length > 0);
  }, [findings, hiddenCategories, annotations, includeFinding]);
  const hiddenCount = findings.filter((f) => hiddenCategories.includes(f.category)).length;
  const decided = findings.filter((f) => f.status !== 'suggested').length;

  useEffect(() => {
    if (activeFindingId === null) return;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-finding-id="${activeFindingId}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }, [activeFindingId]);

  useEffect(() => {
    if (activeAnnotationId === null) return;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-annotation-id="${activeAnnotationId}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }, [activeAnnotationId]);

  return (
    <aside className="findings-sidebar" aria-label="Findings and highlights">
      <header className="findings-header">
        <h2>Findings</h2>
        <span className="findings-progress" data-testid="findings-progress">
          {findings.length === 0 ? 'none' : `${decided} of ${findings.length} reviewed`}
        </span>
        {annotations.length > 0 && (
          <span className="findings-progress" data-testid="annotation-count">
            {annotations.length} highlight{annotations.length === 1 ? '' : 's'} listed
          </span>
        )}
      </header>
      {toolbar}
      <div className="findings-list" ref={listRef}>
        {findings.length === 0 && (
          <p className="findings-empty">
            {analysed ? 'No clauses were flagged in this document.' : 'This document has not been analysed yet.'}
          </p>
        )}
        {groups.map(({ id, label, vars, items: group }) => {
          const activeIndex = group.findIndex((item) =>
            item.kind === 'finding' ? item.finding.findingId === activeFindingId : item.annotation.id === activeAnnotationId,
          );
          const limit = Math.max(expanded[id] ?? GROUP_PAGE, activeIndex + 1);
          return (
            <section key={id} className="finding-group" style={vars as CSSProperties} aria-label={label}>
              <h3 className="finding-group-title">
                <span className="swatch" aria-hidden="true" />
                {label}
                <span className="count">{group.length}</span>
              </h3>
              <ul>
                {group.slice(0, limit).map((item) =>
                  item.kind === 'finding' ? (
                    <FindingCard
                      key={item.key}
                      finding={item.finding}
                      active={item.finding.findingId === activeFindingId}
                      saving={saving.includes(item.finding.findingId)}
                      onShow={onShow}
                      onReview={onReview}
                    />
                  ) : (
                    <Fragment key={item.key}>{renderAnnotation?.(item.annotation)}</Fragment>
                  ),
                )}
              </ul>
              {group.length > limit && (
                <button type="button" className="btn btn-link finding-group-more" onClick={() => setExpanded((e) => ({ ...e, [id]: limit + GROUP_PAGE * 5 }))}>
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
