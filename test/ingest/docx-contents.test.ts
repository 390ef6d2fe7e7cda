/**
 * A table of contents in a Word file — Word's own (entries in the "toc 1", "toc 2" styles with page references) or
 * typed by hand (caption, tab to a dot leader, page number) — is navigation, not terms: it is left out with a note,
 * and the headings it lists are read once, where they stand.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpus';
import { blockTexts, importParts, para } from './docx-fixtures';
import { corpusParagraphs } from './office-print';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const tabbed = (caption: string, page: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escape(caption)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>${page}</w:t></w:r></w:p>`;
/** Word's entry: a link to the heading's bookmark, the page number a PAGEREF field. */
const wordEntry = (caption: string, page: number, level: number) =>
  `<w:p><w:pPr><w:pStyle w:val="TOC${level}"/></w:pPr><w:hyperlink w:anchor="_Toc${page}${level}"><w:r><w:t xml:space="preserve">${escape(caption)}</w:t></w:r><w:r><w:tab/></w:r>` +
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${page}${level} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
const styles =
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/></w:style>';

describe.skipIf(!corpusAvailable)('DOCX tables of contents', () => {
  const gemma = corpusAvailable ? corpusParagraphs('gemma-terms-of-use-2025-03-24.txt') : [];
  const isSection = (text: string) => /^Section \d+:/.test(text) || (/^\d+\.\d+ [A-Z]/.test(text) && text.length < 60);
  const sections = gemma.filter(isSection);
  const body = gemma.map((text) => (isSection(text) ? para(escape(text), { style: 'Heading1' }) : para(escape(text)))).join('');

  it.each([
    ['typed by hand', para('Table of Contents', { style: 'Heading1' }) + sections.map((text, i) => tabbed(text, String(2 + i))).join('')],
    ['made by Word', `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${para('Contents', { style: 'TOCHeading' })}${sections.map((text, i) => wordEntry(text, 2 + i, /^Section/.test(text) ? 1 : 2)).join('')}</w:sdtContent></w:sdt>`],
  ])('%s: left out with a note; the document reads as without it', async (_, contents) => {
    const model = await importParts({ styles, body: contents + body });
    const plain = await importParts({ styles, body });
    expect(blockTexts(model)).toEqual(blockTexts(plain));
    expect(model.warnings.join(' ')).toMatch(new RegExp(`table of contents \\(${sections.length} entries\\) was left out`));
  });

  it('keeps figures typed after tabs that list no heading (a fee table typed with tabs)', async () => {
    const fees = [tabbed('Community licence, annual fee', '0'), tabbed('Professional licence, annual fee', '1200'), tabbed('Enterprise licence, annual fee', '9000')].join('');
    const model = await importParts({ styles, body: fees + body });
    expect(blockTexts(model).slice(0, 3)).toEqual(['Community licence, annual fee 0', 'Professional licence, annual fee 1200', 'Enterprise licence, annual fee 9000']);
    expect(model.warnings.join(' ')).not.toMatch(/table of contents/);
  });
});
