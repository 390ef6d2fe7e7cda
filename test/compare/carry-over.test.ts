/**
 * Counsel's annotations and confirmed findings on Llama 3 carried to Llama 3.1 through the handler map: unchanged
 * clauses anchor, edited ones wait for confirmation (never moved silently), removed ones are kept as orphans and
 * listed; every carried item is audited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createContext, dispatch, type ApiContext } from '../../src/api';
import { Library } from '../../src/store';
import { corpusAvailable, DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

let dir: string;
let ctx: ApiContext;
let clock = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-carry-'));
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

async function annotate(documentId: number, quote: string, comment: string) {
  const { model } = await call(ctx, 'documents-get', { id: documentId });
  const start = model.text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return call(ctx, 'annotations-create', { documentId, start, end: start + quote.length, category: 'note', comment, tags: ['carry-test'] });
}

describe.skipIf(!corpusAvailable)('carrying annotations from Llama 3 to Llama 3.1', () => {
  it('anchors unchanged clauses, asks to confirm edited ones, keeps removed ones as listed orphans', async () => {
    const llama3 = await importCorpus('llama-3-community-license.txt');
    const unchanged = await annotate(llama3.id, 'Meta may terminate this Agreement if you are in breach of any term or condition of this Agreement.', 'Termination for any breach');
    const edited = await annotate(llama3.id, 'prominently display “Built with Meta Llama 3” on a related website', 'Our app must show this');
    const removed = await annotate(llama3.id, 'You will not use the Llama Materials or any output or results of the Llama Materials to improve any other large language model', 'Blocks distillation');
    const llama31 = await importCorpus('llama-3.1-community-license.txt');

    const result = await call(ctx, 'annotations-carry-over', { fromDocumentId: llama3.id, toDocumentId: llama31.id });
    expect(result.anchored.map((i) => i.fromAnnotationId)).toEqual([unchanged.id]);
    expect(result.needsConfirmation.map((i) => i.fromAnnotationId)).toEqual([edited.id]);
    expect(result.orphaned.map((i) => i.fromAnnotationId)).toEqual([removed.id]);

    const { model } = await call(ctx, 'documents-get', { id: llama31.id });
    const carried = await call(ctx, 'annotations-list', { documentId: llama31.id });
    const byOrigin = new Map(carried.map((a) => [a.carriedFrom, a]));
    const anchored = byOrigin.get(unchanged.id)!;
    expect(anchored).toMatchObject({ anchorStatus: 'anchored', comment: 'Termination for any breach', author: 'Ann Counsel', tags: ['carry-test'] });
    expect(model.text.slice(anchored.start, anchored.end)).toBe(unchanged.quote);
    expect(anchored.anchorConfidence).toBeGreaterThanOrEqual(0.8);

    const toConfirm = byOrigin.get(edited.id)!;
    expect(toConfirm.anchorStatus).toBe('needs-confirmation');
    expect(toConfirm.anchorConfidence).toBeLessThan(0.8);
    // Placed on the edited wording, which the later version now says.
    expect(model.text.slice(toConfirm.start, toConfirm.end)).toMatch(/^prominently display “Built with Llama” on a related website/);

    const orphan = byOrigin.get(removed.id)!;
    expect(orphan).toMatchObject({ anchorStatus: 'orphaned', anchorConfidence: 0, quote: removed.quote, comment: 'Blocks distillation' });

    // The earlier version's annotations are untouched.
    expect((await call(ctx, 'annotations-list', { documentId: llama3.id })).map((a) => a.anchorStatus)).toEqual(['anchored', 'anchored', 'anchored']);

    const audit = await call(ctx, 'audit-list', { documentId: llama31.id });
    expect(audit.filter((e) => e.action === 'carry-over' && e.entity === 'annotation')).toHaveLength(3);
    expect(audit.find((e) => e.entity === 'document' && e.action === 'carry-over')?.summary).toMatch(/^Carried 3 annotations from “META LLAMA 3 COMMUNITY LICENSE AGREEMENT”: 1 anchored, 1 to confirm, 1 orphaned/);
    expect(audit.every((e) => e.actor === 'Ann Counsel')).toBe(true);

    // Carrying again does not duplicate anything.
    const again = await call(ctx, 'annotations-carry-over', { fromDocumentId: llama3.id, toDocumentId: llama31.id });
    expect(again.skipped.sort()).toEqual([unchanged.id, edited.id, removed.id].sort());
    expect(await call(ctx, 'annotations-list', { documentId: llama31.id })).toHaveLength(3);
  });

  it('confirms the later version’s matching finding for an unchanged confirmed clause, and notes the others', async () => {
    const llama3 = await importCorpus('llama-3-community-license.txt');
    const findings = (await call(ctx, 'documents-get', { id: llama3.id })).findings;
    const termination = findings.find((f) => f.rule === 'termination/for-breach')!;
    const distillation = findings.find((f) => f.rule === 'output-ownership/no-model-building')!;
    const notice = findings.find((f) => f.rule === 'attribution/display-notice')!;
    for (const f of [termination, distillation, notice]) await call(ctx, 'findings-review', { findingId: f.findingId, status: 'confirmed' });
    const llama31 = await importCorpus('llama-3.1-community-license.txt');

    const result = await call(ctx, 'annotations-carry-over', { fromDocumentId: llama3.id, toDocumentId: llama31.id });
    const later = (await call(ctx, 'documents-get', { id: llama31.id })).findings;
    const confirmed = later.filter((f) => f.status === 'confirmed');
    expect(confirmed.map((f) => f.rule)).toEqual(['termination/for-breach']);
    expect(confirmed[0].reviewedBy).toBe('Ann Counsel');
    expect(result.findingsConfirmed.map((i) => i.fromFinding)).toEqual([termination.id]);

    // The notice's wording changed: noted for confirmation, not confirmed silently. The ban is gone: an orphan.
    const notes = await call(ctx, 'annotations-list', { documentId: llama31.id });
    expect(notes.map((n) => [n.category, n.anchorStatus]).sort()).toEqual([
      ['attribution', 'needs-confirmation'],
      ['output-ownership', 'orphaned'],
    ]);
    expect(notes.find((n) => n.category === 'attribution')!.comment).toMatch(/^Confirmed by Ann Counsel on the earlier version \(finding f\d+, attribution\/display-notice\).*wording changed/);
    expect(notes.find((n) => n.category === 'output-ownership')!.comment).toMatch(/was not found in this version/);
  });

  it('refuses to carry a document onto itself', async () => {
    const doc = await importCorpus('mit-license-stability-ai-2024.txt');
    expect(await dispatch(ctx, 'annotations-carry-over', { fromDocumentId: doc.id, toDocumentId: doc.id })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
