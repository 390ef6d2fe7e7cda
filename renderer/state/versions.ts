/**
 * Versions in the library: each family's timeline, the groupings the library suggests for documents without a
 * family, the version notices raised when a newer version of a document an assessment relies on arrives, and
 * carrying counsel's annotations from one version to the next (with the carried ones still to be checked).
 */
import { create } from 'zustand';
import type { HandlerResult } from '../../src/api/dispatch';
import { desk, toCallFailure } from '../app/desk';
import { useLibraryStore } from './library';
import { useUiStore } from './ui';

export type FamilyTimeline = HandlerResult<'versions-families'>[number];
export type TimelineEntry = FamilyTimeline['versions'][number];
export type VersionNotice = HandlerResult<'versions-notices'>[number];
export type VersionSuggestion = HandlerResult<'versions-suggest'>;
export type CarryOverResult = HandlerResult<'annotations-carry-over'>;
export type CarriedAnnotation = HandlerResult<'annotations-list'>[number];

export interface SuggestedGrouping {
  documentId: number;
  suggestion: VersionSuggestion;
}

interface VersionsState {
  families: FamilyTimeline[];
  familiesStatus: 'idle' | 'loading' | 'ready' | 'error';
  suggestions: SuggestedGrouping[];
  /** Open (not dismissed) notices, newest first. */
  notices: VersionNotice[];
  /** The last carry-over run, by target document. */
  carryOvers: Record<number, CarryOverResult>;
  /** Annotations of a document still waiting for counsel (needs confirmation or orphaned), by document. */
  unsettled: Record<number, CarriedAnnotation[]>;
  /** Carry-overs in flight, as "from→to". */
  carrying: string[];
  loadFamilies(): Promise<void>;
  loadNotices(): Promise<void>;
  dismissNotice(id: number): Promise<void>;
  acceptSuggestion(grouping: SuggestedGrouping): Promise<void>;
  carryOver(fromDocumentId: number, toDocumentId: number): Promise<CarryOverResult | null>;
  loadUnsettled(documentId: number): Promise<void>;
  /** Confirms a carried annotation where it was placed, or at a span counsel chose (the Move action). */
  confirmCarried(annotation: CarriedAnnotation, span?: { start: number; end: number }): Promise<void>;
  /** Removes a carried annotation counsel does not want in the new version (it can be restored from the audit). */
  dismissCarried(annotation: CarriedAnnotation): Promise<void>;
}

const fail = (error: unknown) => useUiStore.getState().notify('error', toCallFailure(error).message);

export const useVersionsStore = create<VersionsState>((set, get) => ({
  families: [],
  familiesStatus: 'idle',
  suggestions: [],
  notices: [],
  carryOvers: {},
  unsettled: {},
  carrying: [],
  loadFamilies: async () => {
    set({ familiesStatus: get().families.length ? 'ready' : 'loading' });
    try {
      const families = await desk().versionsFamilies(undefined);
      set({ families, familiesStatus: 'ready' });
      // Documents without a family: what would the library group them with?
      const loose = useLibraryStore.getState().documents.filter((d) => !d.family);
      const suggestions: SuggestedGrouping[] = [];
      for (const d of loose) {
        const suggestion = await desk().versionsSuggest({ documentId: d.id });
        if (suggestion.family) suggestions.push({ documentId: d.id, suggestion });
      }
      set({ suggestions });
    } catch (error) {
      set({ familiesStatus: 'error' });
      fail(error);
    }
  },
  loadNotices: async () => {
    try {
      const notices = await desk().versionsNotices(undefined);
      set({ notices: [...notices].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id) });
    } catch (error) {
      fail(error);
    }
  },
  dismissNotice: async (id) => {
    try {
      await desk().versionsDismissNotice({ id });
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    } catch (error) {
      fail(error);
    }
  },
  acceptSuggestion: async ({ documentId, suggestion }) => {
    const record = useLibraryStore.getState().documents.find((d) => d.id === documentId);
    try {
      await useLibraryStore.getState().updateMetadata(documentId, {
        family: suggestion.family,
        // What counsel already entered is kept; the suggestion fills only what is missing.
        ...(record?.versionLabel ? {} : { versionLabel: suggestion.versionLabel }),
        ...(record?.effectiveDate ? {} : { effectiveDate: suggestion.effectiveDate }),
      });
      set((s) => ({ suggestions: s.suggestions.filter((g) => g.documentId !== documentId) }));
      await get().loadFamilies();
    } catch (error) {
      fail(error);
    }
  },
  carryOver: async (fromDocumentId, toDocumentId) => {
    const key = `${fromDocumentId}→${toDocumentId}`;
    if (get().carrying.includes(key)) return null;
    set((s) => ({ carrying: [...s.carrying, key] }));
    try {
      const result = await desk().annotationsCarryOver({ fromDocumentId, toDocumentId });
      set((s) => ({ carryOvers: { ...s.carryOvers, [toDocumentId]: result } }));
      await get().loadUnsettled(toDocumentId);
      return result;
    } catch (error) {
      fail(error);
      return null;
    } finally {
      set((s) => ({ carrying: s.carrying.filter((k) => k !== key) }));
    }
  },
  loadUnsettled: async (documentId) => {
    try {
      const all = await desk().annotationsList({ documentId });
      set((s) => ({ unsettled: { ...s.unsettled, [documentId]: all.filter((a) => a.anchorStatus !== 'anchored') } }));
    } catch (error) {
      fail(error);
    }
  },
  confirmCarried: async (annotation, span) => {
    try {
      await desk().annotationsUpdate({ id: annotation.id, anchorStatus: 'anchored', ...(span ? { start: span.start, end: span.end } : {}) });
      await get().loadUnsettled(annotation.documentId);
    } catch (error) {
      fail(error);
    }
  },
  dismissCarried: async (annotation) => {
    try {
      await desk().annotationsDelete({ id: annotation.id });
      await get().loadUnsettled(annotation.documentId);
    } catch (error) {
      fail(error);
    }
  },
}));
