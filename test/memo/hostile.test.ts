/**
 * Reviewer input and document text are untrusted. A memo of an assessment whose names and comments carry markup,
 * entities, control characters and unbreakable words renders them escaped and intact in every format: no tag,
 * link or remote resource appears, and nothing is lost but the control characters no format can carry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/api';
import { buildMemo, chromiumPdfEngine, renderMemoDocx, renderMemoHtml, renderMemoMarkdown, renderMemoPdf, type Memo } from '../../src/memo';
import { openTempLibrary, reviewLlamaAssessment, type TempLibrary } from './memo-fixture';
import { chromiumOnThisMachine, pdftoppmAvailable, renderPagesToPng, saveResult } from './pdf-output';
import { htmlText, mdFind, mdText, parseMarkdown, readDocx, readPdf, wordPartText, type MdNode } from './read-back';

const LONG_WORD = `Supercalifragilistic${'x'.repeat(200)}END`;
const MODEL = `<script>alert("model")</script> & <img src=x onerror=alert(1)> ${LONG_WORD}`;
const COMMENT = 'See <iframe src="https://evil.example/x"></iframe> &amp; &lt;b&gt; [click](javascript:alert(1)) | pipe | `code` *bold*\n# not a heading\n1. not a list\u0007\u0001 ]]> end';
const COMMENT_PRINTED = COMMENT.replace(/[\u0001\u0007]/g, '');
const HEADER = '</style><script>alert("header")</script> "Quoted" \\ Confidential';
const CONDITION = '<b>Not bold</b> & “curly” — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';

let lib: TempLibrary;
let memo: Memo;

beforeAll(async () => {
  lib = openTempLibrary('Eve "<Reviewer>"');
  const review = await reviewLlamaAssessment(lib.ctx, { modelName: MODEL, comment: COMMENT });
  await call(lib.ctx, 'assessments-update', { id: review.assessment.id, changes: { conditions: [CONDITION], notes: `Long note ${LONG_WORD}` } });
  memo = buildMemo(lib.ctx.library, review.assessment.id, { privilegedHeader: HEADER }, { now: lib.ctx.now });
});
afterAll(() => lib.close());

describe('a hostile assessment', () => {
  it('becomes HTML with no tag, attribute, link or remote resource of its own, and reads back intact', () => {
    const html = renderMemoHtml(memo);
    saveResult('hostile.html', html);
    // Every tag in the page is the memo's own, with only presentational attributes.
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)(\s[^>]*)?>/gi)];
    expect(new Set(tags.map((t) => t[1].toLowerCase()))).toEqual(
      new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'p', 'h1', 'h2', 'h3', 'table', 'tbody', 'thead', 'tr', 'th', 'td', 'section', 'span', 'strong', 'ul', 'li', 'ol', 'blockquote', 'colgroup', 'col']),
    );
    const attributes = new Set(tags.flatMap((t) => [...(t[2] ?? '').matchAll(/\s([a-z-]+)="[^"]*"/gi)].map((a) => a[1].toLowerCase())));
    for (const a of attributes) expect(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'scope', 'style']).toContain(a);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;model&quot;)&lt;/script&gt;');
    // The header sits in a CSS string in <style>: escaped so it can neither close the string nor the element.
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1];
    expect(style).not.toMatch(/<\/?(style|script)/i);
    const text = htmlText(html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<title>[\s\S]*?<\/title>/, ''));
    expect(text).toContain(MODEL);
    expect(text).toContain(CONDITION);
    for (const line of COMMENT_PRINTED.split('\n')) expect(text).toContain(line);
    expect(text).toContain('Eve "<Reviewer>"');
    expect(text).toContain(HEADER);
  });

  it('becomes Markdown whose only HTML is the line breaks it puts in table cells, with the text intact', () => {
    const markdown = renderMemoMarkdown(memo);
    saveResult('hostile.md', markdown);
    const root = parseMarkdown(markdown);
    expect(mdFind(root, 'html').map((n) => n.value)).toEqual(expect.arrayContaining(['<br>']));
    expect(new Set(mdFind(root, 'html').map((n) => n.value))).toEqual(new Set(['<br>']));
    // A viewer may still turn a bare web address into a link; it is then the address it shows, and nothing else.
    for (const link of mdFind(root, 'link') as Array<MdNode & { url?: string }>) {
      expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
      expect(link.url!.replace(/^mailto:/, '').replace(/^http:\/\/(?=www\.)/, '')).toBe(mdText(link));
    }
    // The only code spans are the memo's own SHA-256 digests; the backticks in the comment stay characters.
    for (const code of mdFind(root, 'inlineCode')) expect(code.value).toMatch(/^[0-9a-f]{64}$/);
    const headings = mdFind(root, 'heading').map(mdText);
    expect(headings[0]).toBe(`Licence review: ${MODEL}`);
    expect(headings).not.toContain('not a heading');
    const text = mdText(root);
    expect(text).toContain(CONDITION);
    for (const line of COMMENT_PRINTED.split('\n')) expect(text).toContain(line);
    expect(text).toContain(HEADER);
  });

  it('becomes a DOCX that opens, with the text intact and the control characters dropped', async () => {
    const docx = await readDocx(await renderMemoDocx(memo));
    expect(docx.messages.filter((m) => !/^warning: Unrecognised paragraph style/.test(m))).toEqual([]);
    const text = htmlText(docx.html);
    expect(text).toContain(MODEL);
    expect(text).toContain(CONDITION);
    for (const line of COMMENT_PRINTED.split('\n')) expect(text).toContain(line);
    expect(docx.parts['word/document.xml']).not.toMatch(/[\u0001\u0007]/);
    const header = Object.keys(docx.parts).filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => wordPartText(docx.parts[p]));
    expect(header).toContain(HEADER);
  });

  const chromium = chromiumOnThisMachine();
  it.skipIf(!chromium)('prints to a Letter-size PDF with the text intact and the long word wrapped, not cut', async () => {
    const bytes = await renderMemoPdf(memo, chromiumPdfEngine(chromium!), { pageSize: 'Letter' });
    const path = saveResult('hostile.pdf', bytes);
    const pdf = await readPdf(bytes);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
    const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
    expect([Math.round(viewport.width), Math.round(viewport.height)]).toEqual([612, 792]);
    await doc.destroy();
    const squeezed = pdf.pages.join('').replace(/\s+/g, '');
    expect(squeezed).toContain(MODEL.replace(/\s+/g, ''));
    expect(squeezed).toContain(`Longnote${LONG_WORD}`);
    expect(pdf.pages[0].replace(/\s+/g, '').toUpperCase()).toContain(HEADER.replace(/\s+/g, '').toUpperCase());
    if (pdftoppmAvailable) expect(renderPagesToPng(path, 'hostile-page').length).toBe(pdf.pages.length);
  });
});
