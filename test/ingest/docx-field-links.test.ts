/**
 * Word and Google Docs write many links as HYPERLINK fields (begin, instruction, separate, label runs, end) inside
 * content controls and smart tags; mammoth hands such a link over one piece per run. The paragraph must read as the
 * same text written as a Markdown link does: "label (target)", the target once, after the whole label.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';
import { blockTexts, importParts } from './docx-fixtures';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textRun = (text: string, style = '') => `<w:r>${style ? `<w:rPr><w:rStyle w:val="${style}"/></w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

/** A link as a field, its label split over two runs and the second run in a smart tag, as Word often saves one. */
function fieldLink(label: string, href: string): string {
  const cut = label.lastIndexOf(' ') > 0 ? label.lastIndexOf(' ') + 1 : label.length;
  const second = cut < label.length ? `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${textRun(label.slice(cut), 'Hyperlink')}</w:smartTag>` : '';
  return (
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "${escape(href)}" \\h </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${textRun(label.slice(0, cut), 'Hyperlink')}${second}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** Paragraphs of a Markdown text with inline links to web addresses (no other inline markup), as Markdown and as WordprocessingML. */
function linkedParagraphs(markdown: string): Array<{ markdown: string; xml: string }> {
  const link = /\[([^\]\n]+)\]\((https?:\/\/[^)\s#]+)\)/g;
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    // (Links labelled with their own address are left out: whether to repeat it is another question.)
    .filter((p) => /^[A-Z]/.test(p) && !p.includes('\n') && !/[*_`<]/.test(p) && new RegExp(link.source).test(p) && !/\[[^\]]*\]\([^)]*#/.test(p) && !/\[(https?:|www\.)/.test(p))
    .map((p) => {
      let xml = '';
      let at = 0;
      for (const m of p.matchAll(link)) {
        xml += textRun(p.slice(at, m.index)) + fieldLink(m[1], m[2]);
        at = m.index + m[0].length;
      }
      return { markdown: p, xml: `<w:p>${xml}${textRun(p.slice(at))}</w:p>` };
    });
}

describe.skipIf(!corpusAvailable)('DOCX links written as HYPERLINK fields', () => {
  it('reads each linked paragraph of a terms page as its Markdown does, whatever wraps the links', async () => {
    const files = ['chatgpt-terms-of-service-current.md', 'chatgpt-acceptable-use-policy-current.md', 'llama-api-terms-of-service-2025-11-11.md'];
    const paragraphs = files.flatMap((file) => linkedParagraphs(new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, file))));
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    // The whole body in a content control, as Google Docs and Word's building blocks save it.
    const model = await importParts({ body: `<w:sdt><w:sdtPr><w:id w:val="7"/></w:sdtPr><w:sdtContent>${paragraphs.map((p) => p.xml).join('')}</w:sdtContent></w:sdt>` });
    const expected: string[] = [];
    for (const p of paragraphs) {
      const md = await importDocument(new TextEncoder().encode(p.markdown), 'paragraph.md');
      expected.push(...blockTexts(md));
    }
    expect(blockTexts(model)).toEqual(expected);
  });
});
