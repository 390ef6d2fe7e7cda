/**
 * A Word file whose opening paragraph is its title run together with its version, date and address (a text's
 * title lines joined into one paragraph, as LibreOffice saves a licence pasted from plain text), followed by a
 * heading that captions the terms: the title is the opening's name, as the text and Markdown imports give it.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { titleBeforeParticulars } from '../../src/ingest/docx/opening-title';
import { DOCUMENTS_DIR, FORMATS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';
import { importParts } from './docx-fixtures';

const W_P = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const HEADING_STYLE = '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';

describe('the title before an opening line’s particulars', () => {
  it('is the name before a version, a date or a web address', () => {
    expect(titleBeforeParticulars('Apache License Version 2.0, January 2004 http://www.apache.org/licenses/')).toBe('Apache License');
    expect(titleBeforeParticulars('Gemma Terms of Use – 24 March 2025')).toBe('Gemma Terms of Use');
    expect(titleBeforeParticulars('MODEL LICENSE AGREEMENT (2024)')).toBe('MODEL LICENSE AGREEMENT');
  });

  it('is none for a sentence, a label, or a line without particulars', () => {
    expect(titleBeforeParticulars('This Agreement was last updated on July 5, 2024.')).toBeNull();
    expect(titleBeforeParticulars('Llama 3.1 Version Release Date: July 23, 2024')).toBeNull();
    expect(titleBeforeParticulars('Stability AI Community License Agreement')).toBeNull();
  });
});

describe('DOCX titles from an opening line with particulars', () => {
  it('titles the document by the opening line’s name, not by the caption heading after it', async () => {
    const model = await importParts({
      styles: HEADING_STYLE,
      body: [
        W_P('Acme Open Model License Version 1.1, March 2025 https://acme.example/license'),
        W_P('TERMS AND CONDITIONS FOR USE AND DISTRIBUTION', 'Heading2'),
        W_P('1. Definitions. "Model" means the weights released under this License.'),
      ].join(''),
    });
    expect(model.title).toBe('Acme Open Model License');
  });

  it('keeps the first heading as the title when the opening paragraph is a sentence', async () => {
    const model = await importParts({
      styles: HEADING_STYLE,
      body: [W_P('This License was last updated on March 3, 2025 and replaces all earlier versions.'), W_P('Acme Open Model License', 'Heading2'), W_P('You may use the Model.')].join(''),
    });
    expect(model.title).toBe('Acme Open Model License');
  });

  it.skipIf(!corpusAvailable)('titles the corpus Apache 2.0 Word file as its text does', async () => {
    const docx = await importDocument(readCorpusFile(FORMATS_DIR, 'apache-2.0.docx'), 'apache-2.0.docx');
    const text = await importDocument(readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt'), 'apache-2.0.txt');
    expect(docx.title).toBe('Apache License');
    expect(docx.title).toBe(text.title);
  });
});
