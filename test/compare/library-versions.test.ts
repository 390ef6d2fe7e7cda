/**
 * Versions in the library through the handler map: documents grouped as versions of one licence on import
 * (from identification, titles and file names), a timeline per family, and a notice when a newer version of a
 * document an assessment relies on arrives, naming the changed categories and the assessments they touch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createContext, type ApiContext } from '../../src/api';
import { Library } from '../../src/store';
import { corpusAvailable, DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

let dir: string;
let ctx: ApiContext;
let clock = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-versions-'));
  clock = 0;
  ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'Ann Counsel', () => new Date(Date.UTC(2026, 10, 28, 9, clock++)));
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

function importCorpus(file: string) {
  return call(ctx, 'documents-import', { name: file, bytes: readCorpusFile(DOCUMENTS_DIR, file) });
}

describe.skipIf(!corpusAvailable)('versions in the library', () => {
  it('a newer Llama licence joins the family of the one an assessment relies on, with a notice of what changed', async () => {
    const llama3 = (await importCorpus('llama-3-community-license.txt')).document;
    expect(llama3).toMatchObject({ family: null, versionLabel: '3', effectiveDate: '2024-04-18' });
    const aup = (await importCorpus('llama-3-acceptable-use-policy.md')).document;
    const assessment = await call(ctx, 'assessments-create', { modelName: 'Llama 3 8B', intendedUse: 'Customer support chatbot', documents: [{ documentId: llama3.id, role: 'weights-license' }] });

    const imported = await importCorpus('llama-3.1-community-license.txt');
    expect(imported.version).toMatchObject({ related: [llama3.id], versionLabel: '3.1', effectiveDate: '2024-07-23' });
    expect(imported.version?.reasons.join(' ')).toMatch(/identified as the llama licence family/);
    const family = imported.document.family!;
    expect(family).toBeTruthy();
    expect((await call(ctx, 'documents-get', { id: llama3.id })).document.family).toBe(family);
    expect((await call(ctx, 'documents-get', { id: aup.id })).document.family).not.toBe(family); // a policy is not a version of the licence

    const notice = imported.versionNotice!;
    expect(notice).toMatchObject({ documentId: imported.document.id, previousDocumentId: llama3.id, family, dismissedAt: null });
    expect(notice.materialCategories).toEqual(expect.arrayContaining(['attribution', 'output-ownership', 'acceptable-use']));
    expect(notice.changedCategories).toEqual(expect.arrayContaining(notice.materialCategories));
    expect(notice.assessments).toEqual([{ assessmentId: assessment.id, modelName: 'Llama 3 8B', topics: expect.arrayContaining(['attribution', 'output-ownership', 'acceptable-use']) }]);
    expect(notice.assessments[0].topics).not.toContain('commercial-use'); // the 700M MAU term did not change
    expect(notice.summary).toContain('Attribution: the required notice changed from “Built with Meta Llama 3” to “Built with Llama”');
    expect(imported.versionNotices).toEqual([notice]);

    // Retrievable later, by assessment or document; dismissing it is recorded.
    expect(await call(ctx, 'versions-notices', { assessmentId: assessment.id })).toEqual([notice]);
    expect(await call(ctx, 'versions-notices', { documentId: llama3.id })).toEqual([notice]);
    const dismissed = await call(ctx, 'versions-dismiss-notice', { id: notice.id });
    expect(dismissed.dismissedBy).toBe('Ann Counsel');
    expect(await call(ctx, 'versions-notices', { assessmentId: assessment.id })).toEqual([]);
    expect(await call(ctx, 'versions-notices', { assessmentId: assessment.id, includeDismissed: true })).toHaveLength(1);
    expect((await call(ctx, 'audit-list', { documentId: imported.document.id })).map((e) => e.action)).toContain('dismiss-version-notice');

    const timeline = await call(ctx, 'versions-timeline', { family });
    expect(timeline.versions.map((v) => [v.documentId, v.assessments])).toEqual([
      [llama3.id, [assessment.id]],
      [imported.document.id, []],
    ]);
  });

  it('orders a family by effective date whatever the import order, and an older version raises no notice', async () => {
    const newer = (await importCorpus('gemma-terms-of-use-2025-03-24.txt')).document;
    await call(ctx, 'assessments-create', { modelName: 'Gemma 2', intendedUse: 'Summaries', documents: [{ documentId: newer.id, role: 'weights-license' }] });
    const older = await importCorpus('gemma-terms-of-use-2024-02-21.txt');
    expect(older.document.effectiveDate).toBe('2024-02-21');
    expect(older.versionNotices).toEqual([]);
    const family = older.document.family!;
    expect(family).toBeTruthy();
    expect((await call(ctx, 'documents-get', { id: newer.id })).document.family).toBe(family);
    const timeline = await call(ctx, 'versions-timeline', { family });
    expect(timeline.versions.map((v) => v.effectiveDate)).toEqual(['2024-02-21', '2025-03-24']);
  });

  it('keeps different licences apart even when their titles look alike, and lets counsel regroup', async () => {
    const files = [
      'tongyi-qianwen-license-agreement.txt',
      'tongyi-qianwen-research-license-agreement.txt',
      'stability-ai-community-license-2024-07-05.md',
      'stability-ai-non-commercial-research-community-license-2023-11-28.txt',
      'cc-by-4.0-legalcode.txt',
      'cc-by-nc-4.0-legalcode.txt',
      'tongyi-qianwen-license-agreement-2023-08-03-original.txt',
      'chatgpt-commercial-terms-2025-11-11.md',
      'chatgpt-commercial-terms-2026-08-22.md',
    ];
    const ids = new Map<string, number>();
    for (const f of files) ids.set(f, (await importCorpus(f)).document.id);
    const families = await call(ctx, 'versions-families', {});
    const grouped = families.map((f) => f.versions.map((v) => v.documentId).sort((a, b) => a - b));
    expect(grouped).toEqual(
      expect.arrayContaining([
        [ids.get('tongyi-qianwen-license-agreement.txt')!, ids.get('tongyi-qianwen-license-agreement-2023-08-03-original.txt')!].sort((a, b) => a - b),
        [ids.get('chatgpt-commercial-terms-2025-11-11.md')!, ids.get('chatgpt-commercial-terms-2026-08-22.md')!],
      ]),
    );
    expect(grouped).toHaveLength(2);

    // Counsel files the research licence with the Tongyi family by hand; the suggestion for it stays honest.
    const research = ids.get('tongyi-qianwen-research-license-agreement.txt')!;
    const tongyiFamily = families.find((f) => f.versions.some((v) => v.documentId === ids.get('tongyi-qianwen-license-agreement.txt')))!.family;
    await call(ctx, 'documents-update', { id: research, metadata: { family: tongyiFamily, versionLabel: 'research' } });
    expect((await call(ctx, 'versions-timeline', { family: tongyiFamily })).versions.map((v) => v.documentId)).toContain(research);
    expect((await call(ctx, 'versions-suggest', { documentId: research })).related).toEqual([]);
  });
});
