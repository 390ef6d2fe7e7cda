/** The recorded review through the handler map, on real documents: annotations, assessments, audit, matrix. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createContext, dispatch, type ApiContext } from '../../src/api';
import { Library } from '../../src/store';
import { DOCUMENTS_DIR, loadLabels, readCorpusFile } from '../support/corpus';

let dir: string;
let ctx: ApiContext;
let clock = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-review-'));
  clock = 0;
  ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'Ann Counsel', () => new Date(Date.UTC(2026, 10, 28, 9, 0, clock++)));
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importCorpus(file: string) {
  return (await call(ctx, 'documents-import', { name: file, bytes: readCorpusFile(DOCUMENTS_DIR, file) })).document;
}

describe('annotations', () => {
  it('are created from an offset range with selectors computed from the stored text, edited, deleted and restored, all audited', async () => {
    const doc = await importCorpus('llama-3.1-community-license.txt');
    const { model } = await call(ctx, 'documents-get', { id: doc.id });
    const start = model.text.indexOf('700 million monthly active users');
    const created = await call(ctx, 'annotations-create', { documentId: doc.id, start, end: start + 32, category: 'commercial-use', comment: 'Far above our scale', tags: ['threshold', ' mau ', 'threshold'] });
    expect(created).toMatchObject({ quote: '700 million monthly active users', author: 'Ann Counsel', tags: ['mau', 'threshold'] });
    expect(created.prefix.length).toBe(32);
    expect(created.suffix.length).toBe(32);

    const edited = await call(ctx, 'annotations-update', { id: created.id, category: 'note', comment: 'Far above our scale (checked with sales)' });
    expect(edited).toMatchObject({ category: 'note', comment: 'Far above our scale (checked with sales)' });
    await call(ctx, 'annotations-delete', { id: created.id });
    expect(await call(ctx, 'annotations-list', { documentId: doc.id })).toEqual([]);
    await call(ctx, 'annotations-restore', { id: created.id });
    expect((await call(ctx, 'annotations-list', { documentId: doc.id })).map((a) => a.comment)).toEqual(['Far above our scale (checked with sales)']);

    const audit = await call(ctx, 'audit-list', { documentId: doc.id });
    expect(audit.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(audit.every((e) => e.actor === 'Ann Counsel')).toBe(true);
    const update = audit.find((e) => e.action === 'update')!;
    expect(update.before).toMatchObject({ category: 'commercial-use', comment: 'Far above our scale' });
    expect(update.after).toMatchObject({ category: 'note' });
    expect(update.summary).toMatch(/category commercial-use → note/);
  });

  it('refuses selections outside the text and categories outside the taxonomy, with INVALID_ARGUMENT, saving nothing', async () => {
    const doc = await importCorpus('mit-license-stability-ai-2024.txt');
    const { model } = await call(ctx, 'documents-get', { id: doc.id });
    const length = model.text.length;
    // Past the end, empty, and reversed: the caller's mistake, answered with its code (not INTERNAL).
    for (const [start, end] of [[10, length + 1], [5, 5], [20, 10]]) {
      expect(await dispatch(ctx, 'annotations-create', { documentId: doc.id, start, end, category: 'note' }), `${start}–${end}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(new RegExp(`inside the text .*of ${length} characters`)) },
      });
    }
    expect(await dispatch(ctx, 'annotations-create', { documentId: doc.id, start: 0, end: 4, category: 'gossip' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    // The whole text is a valid selection; moving it past the end is refused the same way and leaves it as it was.
    const whole = await call(ctx, 'annotations-create', { documentId: doc.id, start: 0, end: length, category: 'note' });
    expect(whole.quote).toBe(model.text);
    expect(await dispatch(ctx, 'annotations-update', { id: whole.id, start: 1, end: length + 5 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await call(ctx, 'annotations-list', { documentId: doc.id })).map((a) => [a.start, a.end])).toEqual([[0, length]]);
  });
});

describe('assessments', () => {
  it('are built from a licence, an acceptable use policy and service terms, edited, decided and audited', async () => {
    const licence = await importCorpus('llama-3.1-community-license.txt');
    const aup = await importCorpus('llama-3.1-acceptable-use-policy.md');
    const terms = await importCorpus('llama-api-terms-of-service-2026-08-22.md');
    const created = await call(ctx, 'assessments-create', {
      modelName: 'Llama 3.1 8B',
      intendedUse: 'Customer-support chatbot',
      documents: [
        { documentId: licence.id, role: 'weights-license' },
        { documentId: aup.id, role: 'acceptable-use-policy' },
        { documentId: terms.id, role: 'service-terms' },
      ],
    });
    expect(created).toMatchObject({ status: 'draft', decision: null, reviewer: 'Ann Counsel' });
    expect(created.verdicts.map((v) => v.topic)).toEqual(['commercial-use', 'attribution', 'output-ownership', 'acceptable-use']);
    for (const v of created.verdicts) {
      expect(v.prefill, v.topic).not.toBeNull();
      expect(v.prefill!.perDocument).toHaveLength(3);
      expect(v.editedBy).toBeNull();
    }

    const changed = await call(ctx, 'assessments-update-verdict', {
      id: created.id,
      topic: 'commercial-use',
      changes: { verdict: 'permitted', rationale: 'Our product has 2 million monthly users, far below the 700 million threshold.' },
    });
    const commercial = changed.verdicts.find((v) => v.topic === 'commercial-use')!;
    expect(commercial).toMatchObject({ verdict: 'permitted', editedBy: 'Ann Counsel' });
    expect(commercial.prefill!.verdict).toBe(created.verdicts[0].verdict);

    const withTopic = await call(ctx, 'assessments-add-topic', { id: created.id, title: 'Export control' });
    expect(withTopic.verdicts.at(-1)).toMatchObject({ topic: 'custom:export-control', title: 'Export control' });

    expect(await dispatch(ctx, 'assessments-update', { id: created.id, changes: { status: 'decided' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const decided = await call(ctx, 'assessments-update', {
      id: created.id,
      changes: { status: 'decided', decision: 'approved-with-conditions', conditions: ['Display “Built with Llama”'], openQuestions: ['Does the EU exclusion apply to 3.1?'] },
    });
    expect(decided).toMatchObject({ status: 'decided', decision: 'approved-with-conditions', decidedAt: expect.any(String), submittedAt: expect.any(String) });

    // Refreshing the suggestions keeps the reviewer's own answer.
    const refreshed = await call(ctx, 'assessments-refresh', { id: created.id });
    expect(refreshed.verdicts.find((v) => v.topic === 'commercial-use')!.verdict).toBe('permitted');

    const audit = await call(ctx, 'audit-list', { assessmentId: created.id });
    expect(audit.map((e) => e.action)).toEqual(['status:decided', 'topic-add', 'verdict', 'create']);
    expect(audit.find((e) => e.action === 'verdict')!.summary).toMatch(/Commercial use: changed the verdict from .* to permitted — “Our product has 2 million/);

    // Survives closing and reopening the library.
    ctx.library.close();
    ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'Ann Counsel');
    const reopened = await call(ctx, 'assessments-get', { id: created.id });
    expect(reopened).toMatchObject({ decision: 'approved-with-conditions', conditions: ['Display “Built with Llama”'] });

    // A document an assessment relies on cannot be deleted from under it.
    expect(await dispatch(ctx, 'documents-delete', { id: licence.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/used by an assessment/) } });
  });
});

describe('licence matrix', () => {
  it('has a row per document with the four answers counsel labelled in the corpus, and exports CSV safely', async () => {
    const files = ['apache-2.0.txt', 'cc-by-nc-4.0-legalcode.txt'];
    const ids: number[] = [];
    for (const file of files) ids.push((await importCorpus(file)).id);
    const rows = await call(ctx, 'matrix-get', undefined);
    expect(rows.map((r) => r.documentId).sort()).toEqual(ids);
    // The gold labels (labels.json) are the answers a reviewer expects: Apache permits commercial use, BY-NC does not.
    const labels = loadLabels();
    const rowOf = (i: number) => rows.find((r) => r.documentId === ids[i])!;
    files.forEach((file, i) => {
      const row = rowOf(i);
      const label = labels.find((l) => l.file === file)!;
      expect({ commercialUse: row.commercialUse, attributionRequired: row.attributionRequired, outputOwnership: row.outputOwnership, acceptableUse: row.acceptableUse }, file).toEqual({
        commercialUse: label.commercial_use,
        attributionRequired: label.attribution_required,
        outputOwnership: label.output_ownership,
        acceptableUse: label.acceptable_use,
      });
    });
    expect([rowOf(0).commercialUse, rowOf(1).commercialUse]).toEqual(['permitted', 'non-commercial']);

    // A title from an untrusted file that a spreadsheet would run as a formula is written as text, and quoted.
    await call(ctx, 'documents-update', { id: ids[0], metadata: { title: '=HYPERLINK("http://x","click"), Apache' } });
    const lines = (await call(ctx, 'matrix-csv', undefined)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Document ID,Title,Kind/);
    const line = (id: number) => lines.find((l) => l.startsWith(`${id},`))!;
    expect(line(ids[0])).toMatch(/^\d+,"'=HYPERLINK\(""http:\/\/x"",""click""\), Apache",/);
    expect(line(ids[0])).toContain(',permitted,');
    expect(line(ids[1])).toContain(',non-commercial,');
  });

  it('carries a monthly usage cap (visits, requests) and the MAU threshold from the clauses into the rows and the CSV', async () => {
    const llama = await importCorpus('llama-3.1-community-license.txt');
    // A paraphrase of a free-tier clause: commercial use allowed up to a number of visits a month.
    const text = [
      '# Acme Model Licence',
      'You may use the Model for commercial purposes, provided that the products or services in which you use the Model do not exceed 2,500,000 visits per month in total. Above that cap you must obtain a commercial licence from Acme.',
    ].join('\n\n');
    const capped = (await call(ctx, 'documents-import', { name: 'acme-model-licence.md', bytes: new TextEncoder().encode(text) })).document;
    const rows = await call(ctx, 'matrix-get', undefined);
    const of = (id: number) => rows.find((r) => r.documentId === id)!;
    expect(of(capped.id).commercialUse).toBe('conditional');
    expect(of(capped.id).usageThreshold).toEqual({ value: 2_500_000, unit: 'visits per month' });
    expect(of(capped.id).mauThreshold).toBeNull();
    expect(of(llama.id)).toMatchObject({ mauThreshold: 700_000_000, usageThreshold: null });
    const lines = (await call(ctx, 'matrix-csv', undefined)).trimEnd().split('\r\n');
    const header = lines[0].split(',');
    // RFC 4180 cells: a quoted cell may hold commas ("" is a quote inside it).
    const cells = (id: number) => [...lines.find((l) => l.startsWith(`${id},`))!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    expect(cells(capped.id)[header.indexOf('Usage cap')]).toBe('2500000 visits per month');
    expect(cells(llama.id)[header.indexOf('MAU threshold')]).toBe('700000000');
  });
});
