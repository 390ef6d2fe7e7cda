import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANDLER_NAMES, call, contract, createContext, createDeskApi, dispatch, methodName, type ApiContext } from '../../src/api';
import { handlers } from '../../src/api/handlers';
import { Library } from '../../src/store';
import { BAD_DIR, DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

let dir: string;
let ctx: ApiContext;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-api-'));
  ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'Test Reviewer', () => new Date('2026-11-28T12:00:00Z'));
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the handler map', () => {
  it('has exactly one schema and one implementation per name', () => {
    expect(Object.keys(contract).sort()).toEqual([...HANDLER_NAMES].sort());
    expect(Object.keys(handlers).sort()).toEqual([...HANDLER_NAMES].sort());
  });

  it('derives window.desk method names from the handler names', () => {
    expect(methodName('documents-list')).toBe('documentsList');
    const api = createDeskApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual(HANDLER_NAMES.map(methodName).sort());
  });
});

describe('dispatch', () => {
  it('refuses unknown calls and invalid arguments with a code, without throwing', async () => {
    expect(await dispatch(ctx, 'documents-drop-all', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await dispatch(ctx, 'documents-get', { id: 'one' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch(ctx, 'documents-get', { id: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch(ctx, 'documents-update', { id: 1, metadata: { effectiveDate: '28/11/2026' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/YYYY-MM-DD/) },
    });
    expect(await dispatch(ctx, 'documents-get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('imports through the map, reports duplicates, and passes import error codes through', async () => {
    const bytes = readCorpusFile(DOCUMENTS_DIR, 'llama-2-community-license.txt');
    const first = await call(ctx, 'documents-import', { name: 'llama-2-community-license.txt', bytes });
    expect(first.duplicate).toBe(false);
    const again = await call(ctx, 'documents-import', { name: 'copy.txt', bytes });
    expect(again).toMatchObject({ duplicate: true, document: { id: first.document.id } });
    const empty = await dispatch(ctx, 'documents-import', { name: 'empty.md', bytes: readCorpusFile(BAD_DIR, 'empty.md') });
    expect(empty).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(await call(ctx, 'documents-list', undefined)).toHaveLength(1);
  });

  it('returns a document with its model, analysis and findings', async () => {
    const { document } = await call(ctx, 'documents-import', { name: 'apache-2.0.txt', bytes: readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt') });
    const detail = await call(ctx, 'documents-get', { id: document.id });
    expect(detail.document.id).toBe(document.id);
    expect(detail.model.text).toContain('Apache License');
    // The analysis is the document's own: the licence it is, and the corpus label's commercial-use answer.
    expect(detail.analysis?.license).toMatchObject({ id: 'Apache-2.0', match: 'exact' });
    expect(detail.analysis?.assessment.commercialUse).toBe('permitted');
    // Its findings quote the stored text at their own offsets.
    expect(detail.findings.length).toBeGreaterThan(3);
    for (const f of detail.findings) {
      expect(f.documentId).toBe(document.id);
      expect(detail.model.text.slice(f.start, f.end), f.id).toBe(f.quote);
    }
    const info = await call(ctx, 'library-info', undefined);
    expect(info).toMatchObject({ documentCount: 1, reviewer: 'Test Reviewer' });
  });
});
