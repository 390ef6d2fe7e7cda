import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createContext, dispatch, type ApiContext } from '../../src/api';
import { Library } from '../../src/store';
import { CORPUS_DIR, PROJECT_ROOT } from '../support/corpus';

const RESOURCES = join(PROJECT_ROOT, 'resources');
let dir: string;
let ctx: ApiContext;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-samples-'));
  ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'Test Reviewer', () => new Date('2026-11-28T12:00:00Z'), RESOURCES);
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the bundled sample documents', () => {
  it('are real corpus files, unmodified, listed with their provenance', async () => {
    const samples = await call(ctx, 'samples-list', undefined);
    expect(samples.map((s) => s.format).sort()).toEqual(['docx', 'pdf', 'text']);
    const sources = readFileSync(join(CORPUS_DIR, 'SOURCES.tsv'), 'utf8');
    const variants = readFileSync(join(CORPUS_DIR, 'formats', 'VARIANTS.tsv'), 'utf8');
    for (const sample of samples) {
      const shipped = new Uint8Array(readFileSync(join(RESOURCES, 'samples', sample.fileName)));
      const original = new Uint8Array(readFileSync(join(CORPUS_DIR, sample.source.corpusFile)));
      expect(sha(shipped), `${sample.fileName} is the corpus file byte for byte`).toBe(sha(original));
      // The repository, path and commit are the ones the corpus records for the source text.
      const sourceText = sample.source.corpusFile.startsWith('formats/')
        ? variants.split('\n').find((l) => l.startsWith(`${sample.source.corpusFile.slice('formats/'.length)}\t`))!.split('\t')[1]
        : sample.source.corpusFile.slice('documents/'.length);
      const row = sources.split('\n').find((l) => l.startsWith(`${sourceText}\t`))!.split('\t');
      expect([row[2], row[3], row[4]]).toEqual([sample.source.repository, sample.source.path, sample.source.commit]);
      expect(sample.attribution).toMatch(/©/);
      expect(sample.imported).toBe(false);
    }
  });

  it('import through the same path as a chosen file, once', async () => {
    const result = await call(ctx, 'samples-import', { id: 'gemma-terms-of-use-2025-03-24' });
    expect(result.duplicate).toBe(false);
    expect(result.document).toMatchObject({ title: 'Gemma Terms of Use', format: 'text', family: 'gemma', effectiveDate: '2025-03-24' });
    const again = await call(ctx, 'samples-import', { id: 'gemma-terms-of-use-2025-03-24' });
    expect(again.duplicate).toBe(true);
    expect((await call(ctx, 'samples-list', undefined)).find((s) => s.id === 'gemma-terms-of-use-2025-03-24')?.imported).toBe(true);
  });

  it('refuses an unknown or path-like id', async () => {
    expect(await dispatch(ctx, 'samples-import', { id: 'no-such-sample' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(ctx, 'samples-import', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
