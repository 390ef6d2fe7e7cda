import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type ApiContext } from '../../src/api/context';
import { call, dispatch } from '../../src/api/dispatch';
import { SCHEMA_VERSION } from '../../src/store';
import { Library } from '../../src/store/library';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'ld-restore-api-'));
const libraryPath = join(work, 'library.sqlite');
const backupPath = join(work, 'backup.sqlite');
let ctx: ApiContext;

beforeAll(async () => {
  ctx = createContext(Library.open(libraryPath), 'restore-test', () => new Date('2026-11-28T12:00:00Z'));
  await call(ctx, 'documents-import', { name: 'bsd-3-clause.txt', bytes: readCorpusFile(DOCUMENTS_DIR, 'bsd-3-clause.txt') });
  await call(ctx, 'library-backup', { path: backupPath });
  await call(ctx, 'documents-import', { name: 'apache-2.0.txt', bytes: readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt') });
});
afterAll(() => {
  ctx.library.close();
  rmSync(work, { recursive: true, force: true });
});

describe('library-restore', () => {
  it('restores a backup into the open library and says where the replaced content went', async () => {
    const result = await call(ctx, 'library-restore', { path: backupPath });
    expect(result).toMatchObject({ path: libraryPath, source: backupPath, documents: 1, schemaVersion: SCHEMA_VERSION });
    expect(result.previous).toMatch(/before-restore-2026-11-28T12-00-00-000Z/);
    expect((await call(ctx, 'documents-list', undefined)).map((d) => d.sourceName)).toEqual(['bsd-3-clause.txt']);
  });

  it('answers a relative path, a newer library and a missing file with their own codes', async () => {
    expect(await dispatch(ctx, 'library-restore', { path: 'backup.sqlite' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const newer = join(work, 'newer.sqlite');
    await call(ctx, 'library-backup', { path: newer });
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    db.close();
    const refused = await dispatch(ctx, 'library-restore', { path: newer });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NEWER_SCHEMA', message: expect.stringMatching(/newer version of License Desk/) } });
    expect(await dispatch(ctx, 'library-restore', { path: join(work, 'nothing-here.sqlite') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await call(ctx, 'documents-list', undefined)).map((d) => d.sourceName)).toEqual(['bsd-3-clause.txt']);
  });
});
