/**
 * "Changes since an earlier version": when the library holds the version of a licence counsel reviewed before,
 * the memo says what changed (from the version comparison), each change cited where it sits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/api';
import { buildMemo, renderMemoMarkdown, type Memo } from '../../src/memo';
import { earlierVersionOf } from '../../src/memo/changes';
import type { DocumentRecord } from '../../src/store/records';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';
import { openTempLibrary, type TempLibrary } from './memo-fixture';
import { mdFind, mdText, parseMarkdown } from './read-back';

const record = (id: number, over: Partial<DocumentRecord>): DocumentRecord =>
  ({ id, sha256: `${id}`.padStart(64, '0'), title: 'Terms of Service', family: null, effectiveDate: null, versionLabel: null, importedAt: `2026-01-0${id}T00:00:00.000Z`, ...over }) as DocumentRecord;

describe('earlierVersionOf', () => {
  it('takes the latest document of the same family before it on the timeline', () => {
    const current = record(5, { title: 'Llama 3.1 Community License', family: 'llama', effectiveDate: '2024-07-23' });
    const library = [
      record(1, { title: 'Llama 2 Community License', family: 'llama', effectiveDate: '2023-07-18' }),
      record(2, { title: 'Llama 3 Community License', family: 'llama', effectiveDate: '2024-04-18' }),
      record(3, { title: 'Llama 3.2 Community License', family: 'llama', effectiveDate: '2024-09-25' }),
      record(4, { title: 'Gemma Terms of Use', family: 'gemma', effectiveDate: '2024-05-01' }),
      record(6, { title: 'Llama 3.1 Community License', family: null, effectiveDate: '2024-01-01' }),
      current,
    ];
    expect(earlierVersionOf(current, library)?.id).toBe(2);
    expect(earlierVersionOf(library[0], library)).toBeNull();
    expect(earlierVersionOf(library[5], library)?.id).toBe(2);
    // No family: no versions to compare. Without dates, version labels order the family; the same file is no version.
    expect(earlierVersionOf(library[4], library)).toBeNull();
    const labelled = [record(1, { family: 'terms', versionLabel: '2.0' }), record(2, { family: 'terms', versionLabel: '1.1' }), record(3, { family: 'terms', versionLabel: '1.5', sha256: record(1, {}).sha256 })];
    expect(earlierVersionOf(labelled[0], labelled)?.id).toBe(2);
    expect(earlierVersionOf(labelled[1], labelled)).toBeNull();
  });
});

describe('a memo of a licence whose earlier version is in the library', () => {
  let lib: TempLibrary;
  let memo: Memo;

  beforeAll(async () => {
    lib = openTempLibrary();
    const importAs = async (file: string, effectiveDate: string) =>
      (await call(lib.ctx, 'documents-import', { name: file, bytes: readCorpusFile(DOCUMENTS_DIR, file), metadata: { family: 'Llama community licence', effectiveDate } })).document;
    await importAs('llama-3-community-license.txt', '2024-04-18');
    const current = await importAs('llama-3.1-community-license.txt', '2024-07-23');
    const assessment = await call(lib.ctx, 'assessments-create', { modelName: 'Llama 3.1 8B', intendedUse: 'Support chatbot', documents: [{ documentId: current.id, role: 'weights-license' }] });
    memo = buildMemo(lib.ctx.library, assessment.id, {}, { now: lib.ctx.now });
  }, 120_000);
  afterAll(() => lib.close());

  it('says what changed since Llama 3, in counsel’s words, cited in the current text', () => {
    expect(memo.sections).toContain('changes');
    const [changes] = memo.changes;
    expect(changes).toMatchObject({ documentRef: 'D1', earlierDateLabel: '18 April 2024' });
    expect(changes.earlierTitle).toMatch(/LLAMA 3 COMMUNITY LICENSE/i);
    expect(changes.overview).toMatch(/\d+ changed passages .* material; \d+% of the earlier wording is unchanged\./);
    // The corpus's VERSIONS.tsv: the required notice changes from "Built with Meta Llama 3" to "Built with Llama".
    const notice = changes.changes.find((c) => /Built with Meta Llama 3/.test(c.summary) && /Built with Llama/.test(c.summary))!;
    expect(notice).toMatchObject({ material: true, citation: expect.objectContaining({ documentRef: 'D1', section: expect.stringMatching(/b\.i$/) }) });
    // Wording that is gone is placed where it stood in the earlier version.
    expect(changes.changes.some((c) => c.citation === null && c.earlierSection !== null)).toBe(true);
  });

  it('prints the section in the Markdown memo', () => {
    const root = parseMarkdown(renderMemoMarkdown(memo));
    const headings = mdFind(root, 'heading').map(mdText);
    expect(headings).toContain('7. Changes since an earlier version');
    expect(mdText(root)).toMatch(/Material: Attribution: the required notice changed from “Built with Meta Llama 3” to “Built with Llama”/);
  });
});
