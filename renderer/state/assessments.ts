/**
 * Assessments: the list, and the one open — its documents and roles, the verdict per topic, the decision. A
 * choice (a verdict, the status, a role) is saved at once and rolled back with the reason if the library refuses
 * it; text (a rationale, conditions, open questions) is shown as typed and saved shortly after the last key, and
 * flushed on blur and when the window closes. `revision` counts saved changes so the audit panel reloads.
 */
import { create } from 'zustand';
import type { HandlerInput } from '../../src/api/contract';
import type { HandlerResult } from '../../src/api/dispatch';
import { desk, toCallFailure } from '../app/desk';
import { flushSave, isSavePending, scheduleSave } from './debouncedSaves';

export type Assessment = HandlerResult<'assessments-get'>;
export type Verdict = Assessment['verdicts'][number];
export type AttachedDocument = Assessment['documents'][number];
export type AssessmentRole = AttachedDocument['role'];
export type AssessmentStatus = Assessment['status'];
export type Decision = NonNullable<Assessment['decision']>;
export type AssessmentChange = HandlerInput<'assessments-update'>['changes'];
export type NewAssessment = HandlerInput<'assessments-create'>;

/** Fields typed as text (saved debounced); the others are choices (saved at once). */
export type AssessmentTextField = 'modelName' | 'intendedUse' | 'reviewer' | 'notes' | 'conditions' | 'openQuestions';
/** A free topic's verdict is typed too; a core topic's is chosen from its answers. */
export type VerdictTextField = 'rationale' | 'conditions' | 'verdict';

const ASSESSMENT_TEXT_FIELDS: AssessmentTextField[] = ['modelName', 'intendedUse', 'reviewer', 'notes', 'conditions', 'openQuestions'];
const VERDICT_TEXT_FIELDS: VerdictTextField[] = ['rationale', 'conditions', 'verdict'];

export const assessmentFieldKey = (id: number, field: AssessmentTextField) => `assessment:${id}:${field}`;
export const verdictFieldKey = (id: number, topic: string, field: VerdictTextField) => `verdict:${id}:${topic}:${field}`;

interface AssessmentsState {
  list: Assessment[];
  listStatus: 'idle' | 'loading' | 'ready' | 'error';
  listError: string | null;
  current: Assessment | null;
  currentStatus: 'idle' | 'loading' | 'ready' | 'error';
  currentError: string | null;
  saveError: string | null;
  /** Bumped after every saved change of the open assessment. */
  revision: number;
  loadList(): Promise<void>;
  open(id: number): Promise<void>;
  create(input: NewAssessment): Promise<Assessment>;
  update(changes: AssessmentChange): Promise<boolean>;
  editText<F extends AssessmentTextField>(field: F, value: Assessment[F]): void;
  setDocuments(documents: AttachedDocument[]): Promise<void>;
  updateVerdict(topic: string, changes: { verdict?: string; title?: string }): Promise<void>;
  editVerdictText(topic: string, field: VerdictTextField, value: string): void;
  addTopic(title: string): Promise<boolean>;
  removeTopic(topic: string): Promise<void>;
  refresh(): Promise<void>;
  remove(id: number): Promise<void>;
  flushField(key: string): Promise<void>;
  dismissSaveError(): void;
}

let openGeneration = 0;

export const useAssessmentsStore = create<AssessmentsState>((set, get) => {
  /** The saved assessment, keeping what the reviewer is still typing (newer than what this save stored). */
  const merge = (saved: Assessment): Assessment => {
    const local = get().current;
    if (!local || local.id !== saved.id) return saved;
    const merged: Assessment = { ...saved };
    for (const field of ASSESSMENT_TEXT_FIELDS) {
      if (isSavePending(assessmentFieldKey(saved.id, field))) (merged as unknown as Record<string, unknown>)[field] = local[field];
    }
    merged.verdicts = saved.verdicts.map((v) => {
      const typed = local.verdicts.find((l) => l.topic === v.topic);
      if (!typed) return v;
      const out = { ...v };
      for (const field of VERDICT_TEXT_FIELDS) if (isSavePending(verdictFieldKey(saved.id, v.topic, field))) out[field] = typed[field];
      return out;
    });
    return merged;
  };

  /**
   * Optimistic changes whose calls have not answered yet. A reply to an earlier call (a comment saved just
   * before the status was changed) carries the state from before them; they are applied again on top of it, so
   * what the reviewer just chose does not flicker back until its own reply arrives.
   */
  const inFlight: Array<{ id: number; apply: (a: Assessment) => Assessment }> = [];

  const accept = (saved: Assessment) => {
    if (get().current?.id !== saved.id) return;
    const withPending = inFlight.filter((p) => p.id === saved.id).reduce((a, p) => p.apply(a), merge(saved));
    set((s) => ({
      current: withPending,
      revision: s.revision + 1,
      saveError: null,
      list: s.list.map((a) => (a.id === saved.id ? saved : a)),
    }));
  };

  const refuse = (action: string, error: unknown, rollback?: Assessment) =>
    set((s) => ({ saveError: `${action}: ${toCallFailure(error).message}`, current: rollback && s.current?.id === rollback.id ? rollback : s.current }));

  /** Runs a call on the open assessment; the state shown meanwhile is `optimistic` (if given). */
  const save = async (action: string, call: (id: number) => Promise<Assessment>, optimistic?: (a: Assessment) => Assessment): Promise<boolean> => {
    const before = get().current;
    if (!before) return false;
    const pending = optimistic ? { id: before.id, apply: optimistic } : null;
    if (pending) {
      inFlight.push(pending);
      set({ current: pending.apply(before) });
    }
    const settle = () => {
      if (pending) inFlight.splice(inFlight.indexOf(pending), 1);
    };
    try {
      const saved = await call(before.id);
      settle();
      accept(saved);
      return true;
    } catch (error) {
      settle();
      refuse(action, error, optimistic ? before : undefined);
      return false;
    }
  };

  return {
    list: [],
    listStatus: 'idle',
    listError: null,
    current: null,
    currentStatus: 'idle',
    currentError: null,
    saveError: null,
    revision: 0,

    loadList: async () => {
      set((s) => ({ listStatus: s.list.length ? 'ready' : 'loading', listError: null }));
      try {
        set({ list: await desk().assessmentsList(undefined), listStatus: 'ready' });
      } catch (error) {
        set({ listStatus: 'error', listError: toCallFailure(error).message });
      }
    },

    open: async (id) => {
      const mine = ++openGeneration;
      if (get().current?.id !== id) set({ current: null, currentStatus: 'loading', currentError: null, saveError: null });
      try {
        const assessment = await desk().assessmentsGet({ id });
        if (mine !== openGeneration) return;
        set({ current: merge(assessment), currentStatus: 'ready' });
      } catch (error) {
        if (mine !== openGeneration) return;
        set({ currentStatus: 'error', currentError: toCallFailure(error).message });
      }
    },

    create: async (input) => {
      const created = await desk().assessmentsCreate(input);
      set((s) => ({ list: [created, ...s.list.filter((a) => a.id !== created.id)], current: created, currentStatus: 'ready', revision: s.revision + 1 }));
      return created;
    },

    update: (changes) => save('Your change was not saved', (id) => desk().assessmentsUpdate({ id, changes }), (a) => ({ ...a, ...changes })),

    editText: (field, value) => {
      const current = get().current;
      if (!current) return;
      set({ current: { ...current, [field]: value } });
      const id = current.id;
      scheduleSave(assessmentFieldKey(id, field), async () => {
        try {
          accept(await desk().assessmentsUpdate({ id, changes: { [field]: value } }));
        } catch (error) {
          refuse('What you typed was not saved', error);
        }
      });
    },

    setDocuments: async (documents) => {
      await save('The documents were not changed', (id) => desk().assessmentsSetDocuments({ id, documents }), (a) => ({ ...a, documents }));
    },

    updateVerdict: async (topic, changes) => {
      await save(
        'The verdict was not saved',
        (id) => desk().assessmentsUpdateVerdict({ id, topic, changes }),
        (a) => ({ ...a, verdicts: a.verdicts.map((v) => (v.topic === topic ? { ...v, ...changes } : v)) }),
      );
    },

    editVerdictText: (topic, field, value) => {
      const current = get().current;
      if (!current) return;
      set({ current: { ...current, verdicts: current.verdicts.map((v) => (v.topic === topic ? { ...v, [field]: value } : v)) } });
      const id = current.id;
      scheduleSave(verdictFieldKey(id, topic, field), async () => {
        try {
          accept(await desk().assessmentsUpdateVerdict({ id, topic, changes: { [field]: value } }));
        } catch (error) {
          refuse('What you typed was not saved', error);
        }
      });
    },

    addTopic: (title) => save('The topic was not added', (id) => desk().assessmentsAddTopic({ id, title })),
    removeTopic: async (topic) => {
      await save('The topic was not removed', (id) => desk().assessmentsRemoveTopic({ id, topic }));
    },
    refresh: async () => {
      await save('The suggestions were not refreshed', (id) => desk().assessmentsRefresh({ id }));
    },

    remove: async (id) => {
      await desk().assessmentsDelete({ id });
      set((s) => ({ list: s.list.filter((a) => a.id !== id), current: s.current?.id === id ? null : s.current }));
    },

    flushField: (key) => flushSave(key),
    dismissSaveError: () => set({ saveError: null }),
  };
});

/** The engine's suggestion differs from the answer recorded: the reviewer changed it. */
export function isEdited(verdict: Verdict): boolean {
  return verdict.editedBy !== null;
}
