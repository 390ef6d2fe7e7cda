/** Full-text search over the library (FTS in the engine); the latest query wins over slower earlier ones. */
import { create } from 'zustand';
import { desk, toCallFailure } from '../app/desk';
import type { SearchHit } from '../app/types';

interface SearchState {
  query: string;
  hits: SearchHit[];
  status: 'idle' | 'searching' | 'done' | 'error';
  error: string | null;
  setQuery(query: string): void;
  clear(): void;
}

const DEBOUNCE_MS = 180;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

export const useSearchStore = create<SearchState>((set) => ({
  query: '',
  hits: [],
  status: 'idle',
  error: null,
  setQuery: (query) => {
    set({ query });
    clearTimeout(timer);
    const mine = ++generation;
    if (!query.trim()) {
      set({ hits: [], status: 'idle', error: null });
      return;
    }
    set({ status: 'searching' });
    timer = setTimeout(async () => {
      try {
        const hits = await desk().documentsSearch({ query: query.trim(), limit: 100 });
        if (mine === generation) set({ hits, status: 'done', error: null });
      } catch (error) {
        if (mine === generation) set({ hits: [], status: 'error', error: toCallFailure(error).message });
      }
    }, DEBOUNCE_MS);
  },
  clear: () => {
    clearTimeout(timer);
    generation++;
    set({ query: '', hits: [], status: 'idle', error: null });
  },
}));
