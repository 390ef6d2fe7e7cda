/** The DOCX memo of a reviewed assessment over real corpus documents, read back with mammoth and from its zip parts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMemo, renderMemoDocx } from '../../src/memo';
import { citationOf, expectedMemo } from './expected';
import { openTempLibrary, reviewLlamaAssessment, type ReviewedAssessment, type TempLibrary } from './memo-fixture';
import { saveResult } from './pdf-output';
import { blockquotes, containsWords, decodeXml, htmlTables, htmlText, readDocx, wordPartText, type DocxReadBack } from './read-back';

let lib: TempLibrary;
let review: ReviewedAssessment;
let docx: DocxReadBack;
let expected: ReturnType<typeof expectedMemo>;

beforeAll(async () => {
  lib = openTempLibrary();
  review = await reviewLlamaAssessment(lib.ctx);
  expected = expectedMemo(lib.ctx, review.assessment.id);
  const bytes = await renderMemoDocx(buildMemo(lib.ctx.library, review.assessment.id, {}, { now: lib.ctx.now }));
  saveResult('memo.docx', bytes);
  docx = await readDocx(bytes);
});
afterAll(() => lib.close());

describe('DOCX memo', () => {
  it('is a Word document mammoth reads without error, with real Title and Heading styles', () => {
    // mammoth warns about every style it has no HTML mapping for (the memo's own named styles); errors would be real.
    expect(docx.messages.filter((m) => !/^warning: Unrecognised paragraph style/.test(m))).toEqual([]);
    const headings = [...docx.html.matchAll(/<h1>([\s\S]*?)<\/h1>/g)].map((m) => htmlText(m[1]));
    expect(headings).toEqual(
      expect.arrayContaining([
        '1. Executive summary',
        '2. Documents reviewed',
        '3. Findings by category',
        '4. Reasoning by topic',
        '5. Counsel’s annotations and comments',
        '6. Conditions and open questions',
        '7. Sign-off',
      ]),
    );
    const document = docx.parts['word/document.xml'];
    expect(wordPartText(document)).toMatch(/^Memorandum\nLicence review: Llama 3\.1 8B Instruct\n/);
    expect(document).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t[^>]*>Licence review: Llama 3\.1 8B Instruct</);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(docx.parts['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="Quote"[^>]*>[\s\S]*?<w:name w:val="Quote"\/>/);
  });

  it('has the verdict table with each topic’s verdict, conditions and deciding document, shaded by verdict', () => {
    const table = htmlTables(docx.html).find((t) => t[0].join('|') === 'Topic|Verdict|Conditions|Deciding document');
    expect(table, 'verdict table').toBeDefined();
    const rows = table!.slice(1);
    expect(rows.map((r) => r[0])).toEqual(expected.verdicts.map((v) => v.title));
    expected.verdicts.forEach((v, i) => {
      expect(rows[i][1]).toContain(v.label);
      if (v.conditions) expect(containsWords(rows[i][2], v.conditions)).toBe(true);
      expect(rows[i][3]).toContain(v.decidingTitle!);
    });
    // Conditional commercial use and required attribution are amber; each verdict cell carries its tint.
    const shading = [...docx.parts['word/document.xml'].matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(shading).toContain('FFF1D6');
    expect(new Set(shading).size).toBeGreaterThan(2);
  });

  it('quotes every live finding in Word’s Quote style after its document, section and page', () => {
    const quotes = blockquotes(docx.html);
    const text = htmlText(docx.html);
    expect(expected.live.length).toBeGreaterThan(20);
    for (const f of expected.live) {
      expect(quotes.some((q) => containsWords(q, f.quote)), f.quote.slice(0, 80)).toBe(true);
      const ref = citationOf(f);
      if (ref) expect(text, f.quote.slice(0, 60)).toContain(`${f.documentTitle}, ${ref}`);
    }
    expect(expected.live.filter((f) => f.section).length).toBeGreaterThan(5);
  });

  it('leaves out the finding the reviewer rejected', () => {
    expect(expected.rejected.map((f) => f.quote)).toEqual([review.rejectedQuote]);
    expect(blockquotes(docx.html).some((q) => containsWords(q, review.rejectedQuote))).toBe(false);
  });

  it('has the documents reviewed with role, version, effective date, SHA-256 and licence', () => {
    const table = htmlTables(docx.html).find((t) => t[0].join('|') === 'Ref|Document|Role|Version|Identified licence')!;
    expect(table.slice(1).map((r) => r[0])).toEqual(['D1', 'D2', 'D3', 'D4']);
    expected.documents.forEach((d, i) => {
      const row = table[i + 1];
      expect(row[1]).toContain(d.title);
      expect(row[1]).toContain(d.sha256);
      expect(row[4]).toContain(d.license ? d.license.name : 'Not identified');
    });
    expect(table[1][3]).toContain('Effective 23 July 2024');
  });

  it('has the reviewer’s rationale, counsel’s annotation and comment, conditions, open questions and the sign-off', () => {
    const text = htmlText(docx.html);
    expect(text).toContain(review.rationale);
    expect(text).toContain(review.annotationComment);
    expect(text).toContain('D1 LLAMA 3.1 COMMUNITY LICENSE AGREEMENT, § 1.b.i · Attribution and notices');
    for (const c of [...review.conditions, ...review.openQuestions]) expect(text).toContain(c);
    const signoff = htmlTables(docx.html).at(-1)!;
    expect(signoff.map((r) => r[0])).toEqual(['Reviewer', 'Date', 'Decision', 'Signature']);
    expect(signoff[0][1]).toBe('Ann Counsel');
    expect(signoff[1][1]).toBe('28 November 2026');
    expect(signoff[2][1]).toBe(expected.decisionLabel);
  });

  it('puts the privileged header in the header part, page numbers in the footer, title and author in the properties', () => {
    const headers = Object.keys(docx.parts).filter((p) => /^word\/header\d*\.xml$/.test(p));
    expect(headers.map((p) => wordPartText(docx.parts[p]))).toContain('Privileged & Confidential — Attorney Work Product');
    const footer = Object.keys(docx.parts).filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => docx.parts[p]).join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(wordPartText(footer)).toMatch(/Page\s*of/);
    const core = docx.parts['docProps/core.xml'];
    expect(decodeXml(core.match(/<dc:title>([^<]*)<\/dc:title>/)![1])).toBe('Licence review: Llama 3.1 8B Instruct');
    expect(decodeXml(core.match(/<dc:creator>([^<]*)<\/dc:creator>/)![1])).toBe('Ann Counsel');
  });

  it('takes a header of the firm’s own, on Letter paper, without the rejected findings unless asked', async () => {
    const memo = buildMemo(lib.ctx.library, review.assessment.id, { privilegedHeader: 'Confidential — prepared at the request of counsel', includeRejected: true, exclude: ['documents'] }, { now: lib.ctx.now });
    const again = await readDocx(await renderMemoDocx(memo, { pageSize: 'Letter' }));
    const header = Object.keys(again.parts).filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => wordPartText(again.parts[p]));
    expect(header).toContain('Confidential — prepared at the request of counsel');
    expect(again.parts['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(blockquotes(again.html).some((q) => containsWords(q, review.rejectedQuote))).toBe(true);
    expect(htmlText(again.html)).toMatch(/Rejected by Ann Counsel/);
    expect(htmlText(again.html)).not.toMatch(/Documents reviewed/);
  });
});
