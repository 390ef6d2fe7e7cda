/**
 * Where the reviewer is: the view router and the app-wide notices. Views are a closed union so a new view
 * (assessments, compare…) is added here, in the navigation and in the App's view table, and nowhere else.
 */
import { create } from 'zustand';

/** A place in a document to bring into view, e.g. a search hit; the nonce makes a repeated request distinct. */
export interface DocumentFocus {
  start: number;
  end: number;
  nonce: number;
  /** A finding to show (a clause an assessment rests on): brought into view and put in focus once loaded. */
  findingId?: number;
}

export type Route =
  | { view: 'library' }
  | { view: 'review'; documentId: number; focus?: DocumentFocus }
  /** Two documents side by side, the earlier first; null sides are chosen in the view. */
  | { view: 'compare'; oldId: number | null; newId: number | null; panel?: 'changes' | 'carried' }
  | { view: 'versions' }
  | { view: 'assessments' }
  | { view: 'assessment'; assessmentId: number }
  /** The licence matrix of the whole library, or of one assessment's documents. */
  | { view: 'matrix'; assessmentId?: number };

export type ViewName = Route['view'];

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
  /** A button on the notice (e.g. Undo); the notice stays a little longer. */
  action?: { label: string; run(): void };
}

interface UiState {
  route: Route;
  /** Documents opened in this session, most recent first (the sidebar lists them). */
  recentDocumentIds: number[];
  notices: Notice[];
  /** Bumped when something (the menu, a button elsewhere) asks the library to open its file dialog. */
  importDialogRequests: number;
  showLibrary(): void;
  showVersions(): void;
  openCompare(oldId: number | null, newId: number | null, panel?: 'changes' | 'carried'): void;
  openDocument(documentId: number, focus?: { start: number; end: number; findingId?: number }): void;
  showAssessments(): void;
  openAssessment(assessmentId: number): void;
  showMatrix(assessmentId?: number): void;
  forgetDocument(documentId: number): void;
  requestImportDialog(): void;
  notify(tone: Notice['tone'], text: string, action?: Notice['action']): void;
  dismissNotice(id: number): void;
}

let nextNoticeId = 1;
let nextFocusNonce = 1;

export const useUiStore = create<UiState>((set) => ({
  route: { view: 'library' },
  recentDocumentIds: [],
  notices: [],
  importDialogRequests: 0,
  showLibrary: () => set({ route: { view: 'library' } }),
  showVersions: () => set({ route: { view: 'versions' } }),
  openCompare: (oldId, newId, panel) => set({ route: { view: 'compare', oldId, newId, ...(panel ? { panel } : {}) } }),
  openDocument: (documentId, focus) => {
    // The review view measures its first painted page from here (the reviewer's click).
    // Marks of the previous document (per page drawn) are dropped: the buffer must not grow with every page.
    performance.clearMarks();
    performance.mark('ld:document-chosen');
    set((s) => ({
      route: { view: 'review', documentId, ...(focus ? { focus: { ...focus, nonce: nextFocusNonce++ } } : {}) },
      recentDocumentIds: [documentId, ...s.recentDocumentIds.filter((id) => id !== documentId)].slice(0, 8),
    }));
  },
  forgetDocument: (documentId) =>
    set((s) => ({
      recentDocumentIds: s.recentDocumentIds.filter((id) => id !== documentId),
      route:
        (s.route.view === 'review' && s.route.documentId === documentId) || (s.route.view === 'compare' && (s.route.oldId === documentId || s.route.newId === documentId))
          ? { view: 'library' }
          : s.route,
    })),
  requestImportDialog: () => set((s) => ({ route: { view: 'library' }, importDialogRequests: s.importDialogRequests + 1 })),
  notify: (tone, text, action) => set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, tone, text, ...(action ? { action } : {}) }].slice(-4) })),
  showAssessments: () => set({ route: { view: 'assessments' } }),
  openAssessment: (assessmentId) => set({ route: { view: 'assessment', assessmentId } }),
  showMatrix: (assessmentId) => set({ route: assessmentId === undefined ? { view: 'matrix' } : { view: 'matrix', assessmentId } }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
