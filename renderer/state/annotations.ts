/**
 * Counsel's own highlights in the document under review: created from a text selection, edited in the sidebar
 * (category, comment, tags) and deleted with undo. Every change is saved at once; a comment is saved while it is
 * typed (debounced) and flushed on blur and when the window closes. Deleted annotations stay restorable: the
 * last ones deleted are kept for Ctrl+Z and the notice's Undo.
 */
import { create } from 'zustand';
import type { HandlerResult } from '../../src/api/dispatch';
import { desk, toCallFailure } from '../app/desk';
import type { Category } from '../app/types';
import { NO_SIDEBAR_FILTERS, type SidebarFilters } from '../annotations/sidebarFilters';
import { cancelSave, flushSave, isSavePending, scheduleSave } from './debouncedSaves';
import { useUiStore } from './ui';

export type Annotation = HandlerResult<'annotations-create'>;
/** A clause category, or 'note' for a plain comment. */
export type AnnotationCategory = Category | 'note';

export interface AnnotationChange {
  category?: AnnotationCategory;
  tags?: string[];
}

interface AnnotationsState {
  documentId: number | null;
  annotations: Annotation[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  activeId: number | null;
  /** The annotation just created: its card opens with the comment box focused. */
  freshId: number | null;
  /** Deleted in this session, most recent last (Ctrl+Z restores the last). */
  deleted: Annotation[];
  saveError: string | null;
  /** The review sidebar's filters (kept from one document to the next). */
  filters: SidebarFilters;
  setFilter<K extends keyof SidebarFilters>(key: K, value: SidebarFilters[K]): void;
  clearFilters(): void;
  load(documentId: number): Promise<void>;
  close(): void;
  create(input: { documentId: number; start: number; end: number; category: AnnotationCategory; comment?: string; tags?: string[] }): Promise<Annotation | null>;
  update(id: number, change: AnnotationChange): Promise<void>;
  /** Shows the comment at once and saves it shortly after the last key. */
  editComment(id: number, comment: string): void;
  /** Tags as typed: shown at once, saved shortly after the last key. */
  editTags(id: number, tags: string[]): void;
  /** Sends the annotation's typed comment and tags now (the field lost focus). */
  flushEdits(id: number): Promise<void>;
  remove(id: number): Promise<void>;
  restore(id: number): Promise<void>;
  undoLastDelete(): Promise<boolean>;
  setActive(id: number | null): void;
  dismissSaveError(): void;
}

const commentKey = (id: number) => `annotation-comment:${id}`;
const tagsKey = (id: number) => `annotation-tags:${id}`;
/** How many deletes Ctrl+Z can take back. */
const UNDO_DEPTH = 20;
let loadGeneration = 0;

function failed(action: string, error: unknown): string {
  return `${action}: ${toCallFailure(error).message}`;
}

export const useAnnotationsStore = create<AnnotationsState>((set, get) => {
  const replace = (saved: Annotation) =>
    set((s) => ({
      annotations: s.annotations.map((a) =>
        // A comment or tags still being typed are newer than what this save stored.
        a.id === saved.id
          ? { ...saved, comment: isSavePending(commentKey(a.id)) ? a.comment : saved.comment, tags: isSavePending(tagsKey(a.id)) ? a.tags : saved.tags }
          : a,
      ),
    }));

  return {
    documentId: null,
    annotations: [],
    status: 'idle',
    error: null,
    activeId: null,
    freshId: null,
    deleted: [],
    saveError: null,
    filters: NO_SIDEBAR_FILTERS,
    setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
    clearFilters: () => set({ filters: NO_SIDEBAR_FILTERS }),

    load: async (documentId) => {
      const mine = ++loadGeneration;
      if (get().documentId !== documentId) set({ documentId, annotations: [], status: 'loading', error: null, activeId: null, freshId: null, deleted: [] });
      try {
        const annotations = await desk().annotationsList({ documentId });
        if (mine !== loadGeneration) return;
        set({ annotations, status: 'ready' });
      } catch (error) {
        if (mine !== loadGeneration) return;
        set({ status: 'error', error: toCallFailure(error).message });
      }
    },

    close: () => {
      loadGeneration++;
      set({ documentId: null, annotations: [], status: 'idle', activeId: null, freshId: null, deleted: [], saveError: null });
    },

    create: async (input) => {
      try {
        const created = await desk().annotationsCreate(input);
        if (get().documentId === created.documentId) {
          set((s) => ({
            annotations: [...s.annotations, created].sort((a, b) => a.start - b.start || a.id - b.id),
            activeId: created.id,
            freshId: created.id,
            saveError: null,
          }));
        }
        return created;
      } catch (error) {
        set({ saveError: failed('The highlight was not saved', error) });
        return null;
      }
    },

    update: async (id, change) => {
      const before = get().annotations.find((a) => a.id === id);
      if (!before) return;
      set((s) => ({ annotations: s.annotations.map((a) => (a.id === id ? { ...a, ...change } : a)), saveError: null }));
      try {
        replace(await desk().annotationsUpdate({ id, ...change }));
      } catch (error) {
        set((s) => ({
          annotations: s.annotations.map((a) => (a.id === id ? { ...a, category: before.category, tags: before.tags } : a)),
          saveError: failed('Your change was not saved', error),
        }));
      }
    },

    editComment: (id, comment) => {
      set((s) => ({ annotations: s.annotations.map((a) => (a.id === id ? { ...a, comment } : a)) }));
      scheduleSave(commentKey(id), async () => {
        try {
          replace(await desk().annotationsUpdate({ id, comment }));
        } catch (error) {
          set({ saveError: failed('Your comment was not saved', error) });
        }
      });
    },

    editTags: (id, tags) => {
      set((s) => ({ annotations: s.annotations.map((a) => (a.id === id ? { ...a, tags } : a)) }));
      scheduleSave(tagsKey(id), async () => {
        try {
          replace(await desk().annotationsUpdate({ id, tags }));
        } catch (error) {
          set({ saveError: failed('Your tags were not saved', error) });
        }
      });
    },

    flushEdits: async (id) => {
      await Promise.all([flushSave(commentKey(id)), flushSave(tagsKey(id))]);
    },

    remove: async (id) => {
      const target = get().annotations.find((a) => a.id === id);
      if (!target) return;
      // A comment typed just before the delete is stored with it, so Undo brings it back as it was.
      await get().flushEdits(id);
      cancelSave(commentKey(id));
      cancelSave(tagsKey(id));
      const current = get().annotations.find((a) => a.id === id) ?? target;
      set((s) => ({ annotations: s.annotations.filter((a) => a.id !== id), activeId: s.activeId === id ? null : s.activeId }));
      try {
        await desk().annotationsDelete({ id });
        set((s) => ({ deleted: [...s.deleted.filter((a) => a.id !== id), current].slice(-UNDO_DEPTH) }));
        useUiStore.getState().notify('info', `Highlight deleted: “${clip(current.quote)}”`, { label: 'Undo', run: () => void get().restore(id) });
      } catch (error) {
        set((s) => ({ annotations: [...s.annotations, current].sort((a, b) => a.start - b.start || a.id - b.id), saveError: failed('The highlight was not deleted', error) }));
      }
    },

    restore: async (id) => {
      try {
        const restored = await desk().annotationsRestore({ id });
        set((s) => ({
          deleted: s.deleted.filter((a) => a.id !== id),
          annotations:
            s.documentId === restored.documentId && !s.annotations.some((a) => a.id === id)
              ? [...s.annotations, restored].sort((a, b) => a.start - b.start || a.id - b.id)
              : s.annotations,
          activeId: s.documentId === restored.documentId ? id : s.activeId,
        }));
      } catch (error) {
        set({ saveError: failed('The highlight was not restored', error) });
      }
    },

    undoLastDelete: async () => {
      const last = get().deleted.at(-1);
      if (!last) return false;
      await get().restore(last.id);
      return true;
    },

    setActive: (id) => set({ activeId: id, freshId: get().freshId === id ? get().freshId : null }),
    dismissSaveError: () => set({ saveError: null }),
  };
});

function clip(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
