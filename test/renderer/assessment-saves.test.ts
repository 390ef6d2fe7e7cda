/**
 * The assessment store (renderer/state/assessments.ts) when replies overtake choices: a comment saved just before
 * the status is changed answers with the status as it was; the status the reviewer chose must stay chosen until its
 * own reply, and go back only if that reply is a refusal.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/store/assessments';

interface Deferred {
  changes: Partial<Assessment>;
  resolve(value: Assessment): void;
  reject(error: unknown): void;
}

const calls: Deferred[] = [];
const bridge = {
  assessmentsUpdate: ({ changes }: { id: number; changes: Partial<Assessment> }) =>
    new Promise<Assessment>((resolve, reject) => calls.push({ changes, resolve, reject })),
};
const events = { addEventListener: () => undefined, removeEventListener: () => undefined };
vi.stubGlobal('window', { desk: bridge, ...events });
vi.stubGlobal('document', { ...events, visibilityState: 'visible' });

const { assessmentFieldKey, useAssessmentsStore } = await import('../../renderer/state/assessments');

const draft: Assessment = {
  id: 7,
  modelName: 'Llama 3.1 8B',
  intendedUse: 'Support chatbot',
  reviewer: 'Counsel',
  status: 'draft',
  decision: 'approved',
  conditions: [],
  openQuestions: [],
  notes: '',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  submittedAt: null,
  decidedAt: null,
  documents: [],
  verdicts: [],
};

beforeEach(() => {
  calls.length = 0;
  useAssessmentsStore.setState({ current: draft, currentStatus: 'ready', saveError: null, list: [draft] });
});

describe('assessment saves answered out of step with the reviewer', () => {
  it('keeps a chosen status while an earlier comment save answers with the old one', async () => {
    const store = useAssessmentsStore.getState();
    store.editText('conditions', ['Display “Built with Llama”']);
    const flushed = store.flushField(assessmentFieldKey(7, 'conditions'));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const statusSaved = store.update({ status: 'in-review' });
    expect(useAssessmentsStore.getState().current?.status).toBe('in-review');
    expect(calls.map((c) => Object.keys(c.changes))).toEqual([['conditions'], ['status']]);

    // The comment's reply: saved before the status change reached the library.
    calls[0].resolve({ ...draft, conditions: ['Display “Built with Llama”'] });
    await flushed;
    expect(useAssessmentsStore.getState().current).toMatchObject({ status: 'in-review', conditions: ['Display “Built with Llama”'] });

    calls[1].resolve({ ...draft, conditions: ['Display “Built with Llama”'], status: 'in-review', submittedAt: '2026-11-28T10:01:00.000Z' });
    expect(await statusSaved).toBe(true);
    expect(useAssessmentsStore.getState().current).toMatchObject({ status: 'in-review', submittedAt: '2026-11-28T10:01:00.000Z' });
  });

  it('goes back to the stored status when the change is refused, and says so', async () => {
    const saved = useAssessmentsStore.getState().update({ status: 'decided' });
    expect(useAssessmentsStore.getState().current?.status).toBe('decided');
    calls[0].reject({ code: 'CONFLICT', message: 'Choose a decision first.' });
    expect(await saved).toBe(false);
    expect(useAssessmentsStore.getState().current?.status).toBe('draft');
    expect(useAssessmentsStore.getState().saveError).toMatch(/Choose a decision first/);
  });
});
