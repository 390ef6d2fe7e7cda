/**
 * The comparison on screen: which two documents, the engine's Comparison and both document models, how it is
 * shown (side by side or as one redline), the change list's filters and the change in focus. Requests to bring
 * a change into view go through here so the list, the gutter and the keyboard all move the same document.
 */
import { create } from 'zustand';
import type { Change, Comparison } from '../../src/compare/types';
import { desk, toCallFailure, type CallFailure } from '../app/desk';
import type { Category, DocumentModel } from '../app/types';

export type CompareLayout = 'side-by-side' | 'redline';

/** 'material': only changes the engine found material; 'other': only the rest. */
export type MaterialFilter = 'all' | 'material' | 'other';

export interface CompareFilters {
  /** Shown categories; empty shows every change (a change is shown when it touches any chosen category). */
  categories: Category[];
  material: MaterialFilter;
}

export interface ChangeScrollRequest {
  changeId: string;
  /** For a move: which of its two places to show. */
  end: 'from' | 'to';
  nonce: number;
}

/** A span of the newer document to bring into view and mark (a carried annotation being checked). */
export interface SpanFocus {
  start: number;
  end: number;
  nonce: number;
}

export const NO_COMPARE_FILTERS: CompareFilters = { categories: [], material: 'all' };

interface CompareState {
  oldId: number | null;
  newId: number | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  failure: CallFailure | null;
  comparison: Comparison | null;
  oldModel: DocumentModel | null;
  newModel: DocumentModel | null;
  /** performance.now() when the last piece of the comparison arrived: the view's paint is measured from here. */
  arrivedAt: number | null;
  layout: CompareLayout;
  filters: CompareFilters;
  activeChangeId: string | null;
  scrollRequest: ChangeScrollRequest | null;
  spanFocus: SpanFocus | null;
  open(oldId: number, newId: number): Promise<void>;
  /** Forgets the comparison (a document was deleted or the library changed). */
  reset(): void;
  setLayout(layout: CompareLayout): void;
  toggleLayout(): void;
  toggleCategory(category: Category): void;
  setMaterial(filter: MaterialFilter): void;
  clearFilters(): void;
  /** Makes a change the one in focus and brings it into view. */
  showChange(changeId: string, end?: 'from' | 'to'): void;
  /** Moves to the next (1) or previous (-1) change the filters show, wrapping around. */
  step(delta: 1 | -1): void;
  focusSpan(span: { start: number; end: number }): void;
  /** Stops marking a span shown by focusSpan (an annotation settled there is no longer one to check). */
  releaseSpan(span: { start: number; end: number }): void;
}

let generation = 0;
let nonce = 1;

const EMPTY = {
  status: 'idle' as const,
  failure: null,
  comparison: null,
  oldModel: null,
  newModel: null,
  arrivedAt: null,
  activeChangeId: null,
  scrollRequest: null,
  spanFocus: null,
};

export const useCompareStore = create<CompareState>((set, get) => ({
  oldId: null,
  newId: null,
  ...EMPTY,
  layout: 'side-by-side',
  filters: NO_COMPARE_FILTERS,
  open: async (oldId, newId) => {
    const s = get();
    if (s.oldId === oldId && s.newId === newId && (s.status === 'ready' || s.status === 'loading')) return;
    const mine = ++generation;
    set({ oldId, newId, ...EMPTY, status: 'loading', filters: NO_COMPARE_FILTERS });
    try {
      // The two models come with the comparison: the view draws each side's blocks from its own text.
      const [comparison, oldDetail, newDetail] = await Promise.all([
        desk().compareDocuments({ oldId, newId }),
        desk().documentsGet({ id: oldId }),
        desk().documentsGet({ id: newId }),
      ]);
      if (mine !== generation) return;
      const arrivedAt = performance.now();
      performance.mark('ld:compare-arrived');
      set({ status: 'ready', comparison, oldModel: oldDetail.model, newModel: newDetail.model, arrivedAt });
    } catch (error) {
      if (mine === generation) set({ status: 'error', failure: toCallFailure(error) });
    }
  },
  reset: () => {
    generation++;
    set({ oldId: null, newId: null, ...EMPTY });
  },
  setLayout: (layout) => set({ layout }),
  toggleLayout: () => set((s) => ({ layout: s.layout === 'side-by-side' ? 'redline' : 'side-by-side' })),
  toggleCategory: (category) =>
    set((s) =>
      withFilters(s, {
        ...s.filters,
        categories: s.filters.categories.includes(category) ? s.filters.categories.filter((c) => c !== category) : [...s.filters.categories, category],
      }),
    ),
  setMaterial: (material) => set((s) => withFilters(s, { ...s.filters, material })),
  clearFilters: () => set({ filters: NO_COMPARE_FILTERS }),
  showChange: (changeId, end = 'to') => set({ activeChangeId: changeId, scrollRequest: { changeId, end, nonce: nonce++ } }),
  step: (delta) => {
    const { comparison, filters, activeChangeId, showChange } = get();
    if (!comparison) return;
    const list = visibleChanges(comparison.changes, filters);
    if (!list.length) return;
    const index = list.findIndex((c) => c.id === activeChangeId);
    const next = index < 0 ? (delta === 1 ? 0 : list.length - 1) : (index + delta + list.length) % list.length;
    showChange(list[next].id);
  },
  focusSpan: (span) => set({ spanFocus: { ...span, nonce: nonce++ } }),
  releaseSpan: (span) => set((s) => (s.spanFocus && s.spanFocus.start === span.start && s.spanFocus.end === span.end ? { spanFocus: null } : {})),
}));

/**
 * New filters, and the change in focus let go when they hide it: otherwise the documents, the gutter and the
 * announcement would go on naming a change the list no longer shows.
 */
function withFilters(s: CompareState, filters: CompareFilters): Pick<CompareState, 'filters' | 'activeChangeId'> {
  const active = s.comparison?.changes.find((c) => c.id === s.activeChangeId);
  const stillShown = active !== undefined && visibleChanges([active], filters).length === 1;
  return { filters, activeChangeId: stillShown ? s.activeChangeId : null };
}

/** The changes the list shows under the filters, in the newer document's reading order. */
export function visibleChanges(changes: Change[], filters: CompareFilters): Change[] {
  return changes.filter(
    (c) =>
      (filters.material === 'all' || (filters.material === 'material') === c.material) &&
      (filters.categories.length === 0 || c.categories.some((cat) => filters.categories.includes(cat))),
  );
}
