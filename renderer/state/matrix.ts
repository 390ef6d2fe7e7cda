/**
 * The licence matrix: the library's documents (or one assessment's) with their four answers and identified
 * licence, sorted and filtered as the reviewer asks — "which of our models are non-commercial or
 * threshold-limited?" — and exported to CSV by the engine (so the file matches the CLI's).
 */
import { create } from 'zustand';
import type { HandlerResult } from '../../src/api/dispatch';
import { desk, toCallFailure } from '../app/desk';

export type MatrixRow = HandlerResult<'matrix-get'>[number];

export type MatrixSortKey = 'title' | 'role' | 'license' | 'commercialUse' | 'attribution' | 'outputOwnership' | 'acceptableUse';

/** 'restricted' = non-commercial or conditional: the portfolio question. */
export type CommercialFilter = 'all' | 'restricted' | 'permitted' | 'conditional' | 'non-commercial' | 'not-addressed' | 'unknown';

export interface MatrixFilters {
  commercial: CommercialFilter;
  kind: string | 'all';
  query: string;
}

export const NO_MATRIX_FILTERS: MatrixFilters = { commercial: 'all', kind: 'all', query: '' };

interface MatrixState {
  /** The assessment whose documents are shown; null = the whole library. */
  assessmentId: number | null;
  rows: MatrixRow[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  sort: { key: MatrixSortKey; direction: 'asc' | 'desc' };
  filters: MatrixFilters;
  load(assessmentId: number | null): Promise<void>;
  sortBy(key: MatrixSortKey): void;
  setFilter<K extends keyof MatrixFilters>(key: K, value: MatrixFilters[K]): void;
  clearFilters(): void;
}

let loadGeneration = 0;

export const useMatrixStore = create<MatrixState>((set, get) => ({
  assessmentId: null,
  rows: [],
  status: 'idle',
  error: null,
  sort: { key: 'commercialUse', direction: 'asc' },
  filters: NO_MATRIX_FILTERS,
  load: async (assessmentId) => {
    const mine = ++loadGeneration;
    if (get().assessmentId !== assessmentId) set({ rows: [], assessmentId });
    set({ status: 'loading', error: null });
    try {
      const rows = await desk().matrixGet(assessmentId === null ? undefined : { assessmentId });
      if (mine === loadGeneration) set({ rows, status: 'ready' });
    } catch (error) {
      if (mine === loadGeneration) set({ status: 'error', error: toCallFailure(error).message });
    }
  },
  sortBy: (key) => set((s) => ({ sort: { key, direction: s.sort.key === key && s.sort.direction === 'asc' ? 'desc' : 'asc' } })),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_MATRIX_FILTERS }),
}));

// Most restrictive first, so an ascending sort puts the rows that need attention on top; unknown last.
const COMMERCIAL_RANK: Record<string, number> = { 'non-commercial': 0, conditional: 1, permitted: 2, 'not-addressed': 3 };
const OUTPUT_RANK: Record<string, number> = { provider: 0, 'not-claimed': 1, user: 2, 'not-addressed': 3 };
const ACCEPTABLE_USE_RANK: Record<string, number> = { embedded: 0, 'by-reference': 1, none: 2 };
const ROLE_RANK: Record<string, number> = { 'weights-license': 0, 'code-license': 1, 'training-data-license': 2, 'acceptable-use-policy': 3, 'service-terms': 4, other: 5 };
const UNKNOWN = 99;

function sortValue(row: MatrixRow, key: MatrixSortKey): string | number {
  switch (key) {
    case 'title':
      return row.title.toLocaleLowerCase();
    case 'role':
      return row.role ? (ROLE_RANK[row.role] ?? UNKNOWN - 1) : UNKNOWN;
    case 'license':
      return row.license?.name.toLocaleLowerCase() ?? '\uffff';
    case 'commercialUse':
      return row.commercialUse ? COMMERCIAL_RANK[row.commercialUse] : UNKNOWN;
    case 'attribution':
      return row.attributionRequired === null ? UNKNOWN : row.attributionRequired ? 0 : 1;
    case 'outputOwnership':
      return row.outputOwnership ? OUTPUT_RANK[row.outputOwnership] : UNKNOWN;
    case 'acceptableUse':
      return row.acceptableUse ? ACCEPTABLE_USE_RANK[row.acceptableUse] : UNKNOWN;
  }
}

function matchesCommercial(row: MatrixRow, filter: CommercialFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'restricted':
      return row.commercialUse === 'non-commercial' || row.commercialUse === 'conditional';
    case 'unknown':
      return row.commercialUse === null;
    default:
      return row.commercialUse === filter;
  }
}

/** The rows shown: filtered, then sorted (ties by title, so the order never depends on the library's). */
export function visibleRows(rows: MatrixRow[], filters: MatrixFilters, sort: MatrixState['sort']): MatrixRow[] {
  const words = filters.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = rows.filter((r) => {
    if (!matchesCommercial(r, filters.commercial)) return false;
    if (filters.kind !== 'all' && r.kind !== filters.kind) return false;
    const haystack = `${r.title} ${r.family ?? ''} ${r.license?.name ?? ''} ${r.versionLabel ?? ''}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const factor = sort.direction === 'asc' ? 1 : -1;
  return shown.sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va < vb) return -factor;
    if (va > vb) return factor;
    return a.title.localeCompare(b.title) || a.documentId - b.documentId;
  });
}
