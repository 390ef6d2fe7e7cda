/**
 * How the document is shown: zoom, page or reading layout, the find bar, and requests to bring a span of the
 * text into view (a finding, a find hit, a search hit). Both viewers (PDF pages, reading text) obey the same
 * requests, so the rest of the app speaks only in text offsets.
 */
import { create } from 'zustand';

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export type Layout = 'pages' | 'reading';

export interface ScrollRequest {
  start: number;
  end: number;
  /** Distinguishes two requests for the same span (the reviewer pressed J twice on a one-finding document). */
  nonce: number;
  /** A request from a search hit flashes the passage; one from a finding or find hit does not. */
  flash: boolean;
}

export interface FindHit {
  start: number;
  end: number;
}

interface ViewerState {
  zoom: number;
  /** The summary panel open in full, or folded to one line (kept while the app runs). */
  summaryOpen: boolean;
  toggleSummary(): void;
  layout: Layout;
  scrollRequest: ScrollRequest | null;
  /** The passage a search hit opened, marked until the reviewer moves on. */
  flashed: FindHit | null;
  /** The page at the top of the viewport (PDF layout), for the page box in the toolbar. */
  currentPage: number;
  find: { open: boolean; query: string; hits: FindHit[]; index: number; truncated: boolean };
  /** Bumped by every request to open the find bar, so a second Ctrl+F puts the cursor back in it. */
  findFocus: number;
  zoomIn(): void;
  zoomOut(): void;
  resetZoom(): void;
  setLayout(layout: Layout): void;
  scrollTo(span: { start: number; end: number }, options?: { flash?: boolean }): void;
  setCurrentPage(page: number): void;
  /** Page navigation asks the PDF viewer directly (a page has no text offset of its own when empty). */
  pageRequest: { page: number; nonce: number } | null;
  goToPage(page: number): void;
  openFind(): void;
  closeFind(): void;
  setFindQuery(query: string, text: string): void;
  stepFind(delta: 1 | -1): void;
  reset(): void;
}

let nonce = 1;
const MAX_FIND_HITS = 5_000;

export const useViewerStore = create<ViewerState>((set, get) => ({
  zoom: 1,
  summaryOpen: true,
  toggleSummary: () => set((s) => ({ summaryOpen: !s.summaryOpen })),
  layout: 'pages',
  scrollRequest: null,
  flashed: null,
  currentPage: 1,
  pageRequest: null,
  find: { open: false, query: '', hits: [], index: 0, truncated: false },
  findFocus: 0,
  zoomIn: () => set((s) => ({ zoom: ZOOM_STEPS.find((z) => z > s.zoom + 1e-6) ?? s.zoom })),
  zoomOut: () => set((s) => ({ zoom: [...ZOOM_STEPS].reverse().find((z) => z < s.zoom - 1e-6) ?? s.zoom })),
  resetZoom: () => set({ zoom: 1 }),
  setLayout: (layout) => set({ layout }),
  scrollTo: ({ start, end }, options) =>
    // A passage opened from elsewhere (a search hit, "show where") stays marked until the reviewer moves on.
    set({ scrollRequest: { start, end, nonce: nonce++, flash: !!options?.flash }, flashed: options?.flash ? { start, end } : null }),
  setCurrentPage: (page) => {
    if (get().currentPage !== page) set({ currentPage: page });
  },
  goToPage: (page) => set({ pageRequest: { page, nonce: nonce++ } }),
  openFind: () => set((s) => ({ find: { ...s.find, open: true }, findFocus: s.findFocus + 1 })),
  closeFind: () => set((s) => ({ find: { ...s.find, open: false, hits: [], index: 0 } })),
  setFindQuery: (query, text) => {
    const { hits, truncated } = findAll(text, query);
    set((s) => ({ find: { ...s.find, query, hits, index: 0, truncated } }));
    if (hits.length) get().scrollTo(hits[0]);
  },
  stepFind: (delta) => {
    const { hits, index } = get().find;
    if (!hits.length) return;
    const next = (index + delta + hits.length) % hits.length;
    set((s) => ({ find: { ...s.find, index: next } }));
    get().scrollTo(hits[next]);
  },
  reset: () =>
    set({
      scrollRequest: null,
      flashed: null,
      currentPage: 1,
      pageRequest: null,
      find: { open: false, query: '', hits: [], index: 0, truncated: false },
    }),
}));

/**
 * Every case-insensitive occurrence of the query in the document text; spaces in the query match any run of
 * whitespace, so a phrase is found across the blank line between two blocks too.
 */
export function findAll(text: string, query: string): { hits: FindHit[]; truncated: boolean } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return { hits: [], truncated: false };
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  const hits: FindHit[] = [];
  for (const m of text.matchAll(pattern)) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    if (hits.length >= MAX_FIND_HITS) return { hits, truncated: true };
  }
  return { hits, truncated: false };
}
