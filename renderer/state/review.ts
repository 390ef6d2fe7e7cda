/**
 * The document under review: its record, model, analysis and findings, which categories are shown, the
 * finding in focus, and the reviewer's decisions. A decision is shown at once and saved at once; if saving
 * fails it is rolled back and the reason shown.
 */
import { create } from 'zustand';
import { desk, toCallFailure } from '../app/desk';
import type { Category, DocumentDetail, FindingStatus, StoredFinding } from '../app/types';

export interface FindingChange {
  status?: FindingStatus;
  category?: Category | null;
}

interface ReviewState {
  documentId: number | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  detail: Omit<DocumentDetail, 'findings'> | null;
  findings: StoredFinding[];
  hiddenCategories: Category[];
  activeFindingId: number | null;
  /** Finding ids with a decision on its way to the library. */
  saving: number[];
  saveError: string | null;
  open(documentId: number): Promise<void>;
  close(): void;
  toggleCategory(category: Category): void;
  showAllCategories(): void;
  setActiveFinding(findingId: number | null): void;
  reviewFinding(findingId: number, change: FindingChange): Promise<void>;
  dismissSaveError(): void;
  /** Runs the analysis again (a document stored before analysis existed, or with older rules) and reloads. */
  reanalyze(): Promise<void>;
}

let openGeneration = 0;

export const useReviewStore = create<ReviewState>((set, get) => ({
  documentId: null,
  status: 'idle',
  error: null,
  detail: null,
  findings: [],
  hiddenCategories: [],
  activeFindingId: null,
  saving: [],
  saveError: null,
  open: async (documentId) => {
    const mine = ++openGeneration;
    // Reopening the document already shown refreshes it in place; another document starts from a clean view.
    if (get().documentId !== documentId || get().status !== 'ready') {
      set({ documentId, status: 'loading', error: null, detail: null, findings: [], activeFindingId: null, saveError: null });
    }
    try {
      const { findings, ...detail } = await desk().documentsGet({ id: documentId });
      performance.mark('ld:model-loaded');
      if (mine !== openGeneration) return;
      set({ status: 'ready', detail, findings });
    } catch (error) {
      if (mine !== openGeneration) return;
      set({ status: 'error', error: toCallFailure(error).message });
    }
  },
  close: () => {
    openGeneration++;
    set({ documentId: null, status: 'idle', detail: null, findings: [], activeFindingId: null, saving: [], saveError: null });
  },
  toggleCategory: (category) =>
    set((s) => ({
      hiddenCategories: s.hiddenCategories.includes(category) ? s.hiddenCategories.filter((c) => c !== category) : [...s.hiddenCategories, category],
    })),
  showAllCategories: () => set({ hiddenCategories: [] }),
  setActiveFinding: (findingId) => set({ activeFindingId: findingId }),
  reviewFinding: async (findingId, change) => {
    const before = get().findings.find((f) => f.findingId === findingId);
    if (!before) return;
    const optimistic: StoredFinding = {
      ...before,
      status: change.status ?? before.status,
      category: change.category === undefined ? before.category : (change.category ?? before.suggestedCategory),
    };
    const replace = (finding: StoredFinding) =>
      set((s) => ({ findings: s.findings.map((f) => (f.findingId === findingId ? finding : f)) }));
    replace(optimistic);
    set((s) => ({ saving: [...s.saving, findingId], saveError: null }));
    try {
      const saved = await desk().findingsReview({ findingId, ...change });
      if (get().documentId === before.documentId) replace(saved);
    } catch (error) {
      if (get().documentId === before.documentId) {
        replace(before);
        set({ saveError: `Your decision was not saved: ${toCallFailure(error).message}` });
      }
    } finally {
      set((s) => ({ saving: s.saving.filter((id) => id !== findingId) }));
    }
  },
  dismissSaveError: () => set({ saveError: null }),
  reanalyze: async () => {
    const { documentId } = get();
    if (documentId === null) return;
    try {
      await desk().documentsReanalyze({ id: documentId });
      const { findings, ...detail } = await desk().documentsGet({ id: documentId });
      if (get().documentId === documentId) set({ detail, findings, activeFindingId: null });
    } catch (error) {
      set({ saveError: `The document could not be analysed: ${toCallFailure(error).message}` });
    }
  },
}));

/** Findings the reviewer can see (category not hidden), in document order. */
export function visibleFindings(findings: StoredFinding[], hidden: Category[]): StoredFinding[] {
  return findings.filter((f) => !hidden.includes(f.category)).sort((a, b) => a.start - b.start || a.end - b.end);
}
