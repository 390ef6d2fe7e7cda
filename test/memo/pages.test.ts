/**
 * Page references: a licence imported from its PDF printing (corpus formats/) is cited by section and page in
 * every format, the page being the one the passage is printed on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/api';
import { buildMemo, renderMemoDocx, renderMemoMarkdown, type Memo } from '../../src/memo';
import { citationOf, expectedMemo } from './expected';
import { importWithGoldFindings, openTempLibrary, type TempLibrary } from './memo-fixture';
import { containsWords, htmlText, mdTables, mdText, parseMarkdown, readDocx } from './read-back';

let lib: TempLibrary;
let memo: Memo;
let expected: ReturnType<typeof expectedMemo>;

beforeAll(async () => {
  lib = openTempLibrary();
  const pdf = await importWithGoldFindings(lib.ctx, 'llama-3.1-community-license.chromium.pdf');
  const aup = await importWithGoldFindings(lib.ctx, 'llama-3.1-acceptable-use-policy.md');
  const created = await call(lib.ctx, 'assessments-create', {
    modelName: 'Llama 3.1 70B',
    intendedUse: 'Internal coding assistant',
    documents: [
      { documentId: pdf.id, role: 'weights-license' },
      { documentId: aup.id, role: 'acceptable-use-policy' },
    ],
  });
  expected = expectedMemo(lib.ctx, created.id);
  memo = buildMemo(lib.ctx.library, created.id, {}, { now: lib.ctx.now });
}, 120_000);
afterAll(() => lib.close());

describe('a licence imported from PDF', () => {
  it('has its findings cited with the page they are printed on', () => {
    const fromPdf = expected.live.filter((f) => f.page !== null);
    expect(fromPdf.length).toBeGreaterThan(5);
    expect(new Set(fromPdf.map((f) => f.page)).size).toBeGreaterThan(1);
    const mau = memo.findings.flatMap((g) => g.findings).find((f) => /700 million monthly active users/.test(f.quote))!;
    expect(mau.citation).toMatchObject({ documentRef: 'D1', page: 2 });
    expect(memo.documents[0]).toMatchObject({ format: 'pdf', pageCount: 3 });
  });

  it('prints "§ …, p. N" beside each quote in DOCX and Markdown, and in the summary table', async () => {
    const docx = htmlText((await readDocx(await renderMemoDocx(memo))).html);
    const root = parseMarkdown(renderMemoMarkdown(memo));
    const markdown = mdText(root);
    for (const f of expected.live.filter((x) => x.page !== null)) {
      const ref = `${f.documentTitle}, ${citationOf(f)}`;
      expect(ref).toMatch(/p\. \d$/);
      expect(docx).toContain(ref);
      expect(markdown).toContain(ref);
      expect(containsWords(docx, f.quote)).toBe(true);
    }
    const commercial = memo.summary.find((r) => r.topic === 'commercial-use')!;
    expect(commercial.clauses.some((c) => c.citation.page === 2)).toBe(true);
    const summary = mdTables(root).find((t) => t[0][0] === 'Topic')!;
    expect(summary.find((r) => r[0] === 'Commercial use')![3]).toMatch(/p\. 2/);
  });
});
