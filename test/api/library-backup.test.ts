import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type ApiContext } from '../../src/api/context';
import { call, dispatch } from '../../src/api/dispatch';
import { Library } from '../../src/store/library';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'ld-backup-'));
const libraryPath = join(work, 'library.sqlite');
let ctx: ApiContext;

beforeAll(async () => {
  ctx = createContext(Library.open(libraryPath), 'backup-test');
  for (const file of ['llama-3-acceptable-use-policy.md', 'mit-license-stability-ai-2024.txt']) {
    await call(ctx, 'documents-import', { name: file, bytes: readCorpusFile(DOCUMENTS_DIR, file) });
  }
});
afterAll(() => {
  ctx.library.close();
  rmSync(work, { recursive: true, force: true });
});

describe('library-backup', () => {
  it('writes a complete copy that opens as a library, while the library stays open and usable', async () => {
    const target = join(work, 'copy.sqlite');
    const result = await call(ctx, 'library-backup', { path: target });
    expect(result).toMatchObject({ path: target });
    expect(result.totalPages).toBeGreaterThan(0);

    const copy = Library.open(target, { readonly: true });
    try {
      expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.documents.list().map((d) => d.id)).toEqual(ctx.library.documents.list().map((d) => d.id));
      const [first] = copy.documents.list();
      expect(Buffer.from(copy.documents.getBytes(first.id))).toEqual(Buffer.from(ctx.library.documents.getBytes(first.id)));
    } finally {
      copy.close();
    }
    // The original is still the app's library: writes go on after the backup.
    await call(ctx, 'documents-import', { name: 'odc-by-1.0.md', bytes: readCorpusFile(DOCUMENTS_DIR, 'odc-by-1.0.md') });
    expect(ctx.library.documents.list()).toHaveLength(3);
  });

  it('replaces an older backup of the same name and leaves no temporary file', async () => {
    const target = join(work, 'again.sqlite');
    await call(ctx, 'library-backup', { path: target });
    await call(ctx, 'library-backup', { path: target });
    expect(readdirSync(work).filter((f) => f.startsWith('again'))).toEqual(['again.sqlite']);
  });

  it('refuses to overwrite the library it copies, a relative path, and reports a folder that does not exist', async () => {
    expect(await dispatch(ctx, 'library-backup', { path: libraryPath })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch(ctx, 'library-backup', { path: 'backup.sqlite' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(existsSync(join(process.cwd(), 'backup.sqlite'))).toBe(false);
    const missing = await dispatch(ctx, 'library-backup', { path: join(work, 'no-such-folder', 'b.sqlite') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED' } });
    expect(existsSync(join(work, 'no-such-folder'))).toBe(false);
    expect(ctx.library.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
