/**
 * Counsel's highlights in the review view: loaded with the document (and their typed edits sent when it is
 * left), drawn on the text, listed and filtered in the sidebar with the findings.
 */
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { StoredFinding } from '../app/types';
import { useAnnotationsStore, type Annotation } from '../state/annotations';
import { flushAllSaves } from '../state/debouncedSaves';
import { useViewerStore } from '../state/viewer';
import type { AnnotationMark } from '../review/textRuns';
import { AnnotationCard } from './AnnotationCard';
import { SidebarFilterBar } from './SidebarFilterBar';
import { annotationMatches, findingMatches, isFiltering } from './sidebarFilters';
import '../styles/annotations.css';

export interface ReviewAnnotations {
  /** Drawn on the document (all of them, whatever the sidebar's filters). */
  marks: AnnotationMark[];
  /** Listed in the sidebar (the filters applied). */
  listed: Annotation[];
  activeId: number | null;
  includeFinding: ((finding: StoredFinding) => boolean) | undefined;
  renderCard(annotation: Annotation): ReactNode;
  filterBar: ReactNode;
  saveError: string | null;
  dismissSaveError(): void;
  /** Changes with every saved change to the highlights (the history reloads on it). */
  revision: unknown;
}

export function useReviewAnnotations(documentId: number, findings: StoredFinding[]): ReviewAnnotations {
  const all = useAnnotationsStore((s) => (s.documentId === documentId ? s.annotations : null));
  const activeId = useAnnotationsStore((s) => s.activeId);
  const freshId = useAnnotationsStore((s) => s.freshId);
  const filters = useAnnotationsStore((s) => s.filters);
  const saveError = useAnnotationsStore((s) => s.saveError);
  const annotations = useMemo(() => all ?? [], [all]);

  useEffect(() => {
    void useAnnotationsStore.getState().load(documentId);
    // Leaving the document sends what is still being typed.
    return () => void flushAllSaves();
  }, [documentId]);

  const marks = useMemo(
    () => annotations.map((a) => ({ id: a.id, start: a.start, end: a.end, category: a.category, hasComment: a.comment.trim() !== '', active: a.id === activeId })),
    [annotations, activeId],
  );
  const filtering = isFiltering(filters);
  const listed = useMemo(() => (filtering ? annotations.filter((a) => annotationMatches(a, filters)) : annotations), [annotations, filters, filtering]);
  const includeFinding = useMemo(() => (filtering ? (f: StoredFinding) => findingMatches(f, filters) : undefined), [filters, filtering]);
  const hidden = filtering ? annotations.length - listed.length + findings.filter((f) => !findingMatches(f, filters)).length : 0;

  const show = useCallback((annotation: Annotation) => {
    useAnnotationsStore.getState().setActive(annotation.id);
    useViewerStore.getState().scrollTo(annotation);
  }, []);

  const renderCard = useCallback(
    (annotation: Annotation) => <AnnotationCard key={annotation.id} annotation={annotation} active={annotation.id === activeId} fresh={annotation.id === freshId} onShow={show} />,
    [activeId, freshId, show],
  );

  return {
    marks,
    listed,
    activeId,
    includeFinding,
    renderCard,
    filterBar: <SidebarFilterBar findings={findings} annotations={annotations} hidden={hidden} />,
    saveError,
    revision: all,
    dismissSaveError: () => useAnnotationsStore.getState().dismissSaveError(),
  };
}
