/** The library's documents as the table shows them, with the reviewer's filters and sort order. */
import { create } from 'zustand';
import { desk, toCallFailure } from '../app/desk';
import type { CommercialUse, DocumentKind, DocumentMetadataChange, DocumentRecord, LibraryInfo } from '../app/types';

export type SortKey = 'title' | 'kind' | 'license' | 'versionLabel' | 'commercialUse' | 'date';

export interface LibraryFilters {
  kind: DocumentKind | 'all';
  /** 'unknown' = not analysed yet. */
  commercialUse: CommercialUse | 'unknown' | 'all';
  family: string | 'all';
}

export const NO_FILTERS: LibraryFilters = { kind: 'all', commercialUse: 'all', family: 'all' };

interface LibraryState {
  documents: DocumentRecord[];
  info: LibraryInfo | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  filters: LibraryFilters;
  sort: { key: SortKey; direction: 'asc' | 'desc' };
  load(): Promise<void>;
  setFilter<K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]): void;
  clearFilters(): void;
  sortBy(key: SortKey): void;
  /** Adds or replaces one document (after an import) without reloading the list. */
  upsert(document: DocumentRecord): void;
  /** Saves metadata; rejects with the engine's message so the edit form can show it. */
  updateMetadata(id: number, metadata: DocumentMetadataChange): Promise<DocumentRecord>;
  remove(id: number): Promise<void>;
}

export const useLibraryStore = create<LibraryState>((set, get) => ({
  documents: [],
  info: null,
  status: 'idle',
  error: null,
  filters: NO_FILTERS,
  sort: { key: 'date', direction: 'desc' },
  load: async () => {
    set({ status: get().documents.length ? 'ready' : 'loading', error: null });
    try {
      const [documents, info] = await Promise.all([desk().documentsList(undefined), desk().libraryInfo(undefined)]);
      set({ documents, info, status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: toCallFailure(error).message });
    }
  },
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  sortBy: (key) =>
    set((s) => ({
      sort: { key, direction: s.sort.key === key ? (s.sort.direction === 'asc' ? 'desc' : 'asc') : key === 'date' ? 'desc' : 'asc' },
    })),
  upsert: (document) =>
    set((s) => ({
      documents: s.documents.some((d) => d.id === document.id)
        ? s.documents.map((d) => (d.id === document.id ? document : d))
        : [document, ...s.documents],
      status: 'ready',
    })),
  updateMetadata: async (id, metadata) => {
    const updated = await desk().documentsUpdate({ id, metadata });
    get().upsert(updated);
    return updated;
  },
  remove: async (id) => {
    await desk().documentsDelete({ id });
    set((s) => ({ documents: s.documents.filter((d) => d.id !== id) }));
  },
}));

/** The date the table shows and sorts by: the effective date when known, else the import date. */
export function displayDate(document: DocumentRecord): string {
  return document.effectiveDate ?? document.importedAt.slice(0, 10);
}

const COMMERCIAL_RANK: Record<string, number> = { permitted: 0, conditional: 1, 'non-commercial': 2, 'not-addressed': 3 };

function sortValue(document: DocumentRecord, key: SortKey): string | number {
  switch (key) {
    case 'title':
      return document.title.toLocaleLowerCase();
    case 'kind':
      return document.kind;
    case 'license':
      return document.license?.name.toLocaleLowerCase() ?? '\uffff';
    case 'versionLabel':
      return document.versionLabel?.toLocaleLowerCase() ?? '\uffff';
    case 'commercialUse':
      return document.commercialUse ? COMMERCIAL_RANK[document.commercialUse] : 9;
    case 'date':
      return displayDate(document);
  }
}

/** The documents the table shows: filtered, then sorted (ties keep the newest import first). */
export function visibleDocuments(documents: DocumentRecord[], filters: LibraryFilters, sort: LibraryState['sort']): DocumentRecord[] {
  const shown = documents.filter(
    (d) =>
      (filters.kind === 'all' || d.kind === filters.kind) &&
      (filters.family === 'all' || d.family === filters.family) &&
      (filters.commercialUse === 'all' || (filters.commercialUse === 'unknown' ? d.commercialUse === null : d.commercialUse === filters.commercialUse)),
  );
  const factor = sort.direction === 'asc' ? 1 : -1;
  return shown.sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va < vb) return -factor;
    if (va > vb) return factor;
    return b.id - a.id;
  });
}

export function familiesOf(documents: DocumentRecord[]): string[] {
  return [...new Set(documents.map((d) => d.family).filter((f): f is string => !!f))].sort((a, b) => a.localeCompare(b));
}
