import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { abstractNum, blockTexts, importParts, num, para, withParts } from './docx-fixtures';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';

const nested = abstractNum(1, [
  { format: 'decimal', text: '%1.' },
  { format: 'lowerLetter', text: '%2.' },
  { format: 'lowerRoman', text: '%3.' },
]);

describe('DOCX headings, emphasis, tables and links', () => {
  it('maps Heading 1–6 and Title styles to heading blocks', async () => {
    const styles = [1, 2, 3, 4, 5, 6, 7]
      .map((n) => `<w:style w:type="paragraph" w:styleId="H${n}"><w:name w:val="heading ${n}"/></w:style>`)
      .join('');
    const model = await importParts({
      styles: styles + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
      body: para('Open Model Licence', { style: 'Title' }) + [1, 2, 3, 4, 5, 6, 7].map((n) => para(`Level ${n}`, { style: `H${n}` })).join('') + para('Body text.'),
    });
    expect(model.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['heading', 1],
      ['heading', 2],
      ['heading', 3],
      ['heading', 4],
      ['heading', 5],
      ['heading', 6],
      // The model has six heading levels: deeper Word levels are kept at 6.
      ['heading', 6],
      ['paragraph', 0],
    ]);
    expect(model.title).toBe('Open Model Licence');
  });

  it('keeps bold runs as emphasis, whether bold is direct or comes from a character style', async () => {
    const model = await importParts({
      styles:
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="DefinedTerm"><w:name w:val="Defined Term"/><w:basedOn w:val="Strong"/></w:style>',
      body:
        '<w:p><w:r><w:t xml:space="preserve">“</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Licensee</w:t></w:r><w:r><w:t xml:space="preserve">” means you; “</w:t></w:r>' +
        '<w:r><w:rPr><w:rStyle w:val="DefinedTerm"/></w:rPr><w:t>Outputs</w:t></w:r><w:r><w:t xml:space="preserve">” means results; “</w:t></w:r>' +
        '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Model</w:t></w:r><w:r><w:t xml:space="preserve">” is not bold.</w:t></w:r></w:p>',
    });
    const block = model.blocks[0];
    const bold = (block.emphasis ?? []).filter((e) => e.kind === 'bold').map((e) => model.text.slice(e.start, e.end));
    expect(bold).toEqual(['Licensee', 'Outputs']);
  });

  it('gives one table-cell block per cell with table, row, column and header positions', async () => {
    const cell = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${para(text)}</w:tc>`;
    const model = await importParts({
      numbering: nested + num(1, 1),
      body:
        para('Fees are set out below.') +
        '<w:tbl>' +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('Tier')}${cell('Monthly users')}${cell('Fee')}</w:tr>` +
        `<w:tr>${cell('Free', '<w:vMerge w:val="restart"/>')}${cell('Up to 1,000', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${cell('', '<w:vMerge/>')}${cell('Over 1,000')}${cell('$100')}</w:tr>` +
        `<w:tr><w:tc>${para('Conditions apply:')}${para('attribution', { numId: 1 })}</w:tc>${cell('-')}${cell('-')}</w:tr>` +
        '</w:tbl>' +
        `<w:tbl><w:tr>${cell('Second table')}</w:tr></w:tbl>`,
    });
    const cells = model.blocks.filter((b) => b.kind === 'table-cell');
    const at = (text: string) => cells.find((b) => model.text.slice(b.start, b.end) === text)?.table;
    expect(at('Tier')).toEqual({ table: 1, row: 1, column: 1, header: true });
    expect(at('Fee')).toEqual({ table: 1, row: 1, column: 3, header: true });
    expect(at('Up to 1,000')).toEqual({ table: 1, row: 2, column: 2 });
    // Column 1 of row 3 is covered by "Free" merged downwards.
    expect(at('Over 1,000')).toEqual({ table: 1, row: 3, column: 2 });
    expect(at('$100')).toEqual({ table: 1, row: 3, column: 3 });
    expect(at('Conditions apply: 1. attribution')).toEqual({ table: 1, row: 4, column: 1 });
    expect(at('Second table')).toEqual({ table: 2, row: 1, column: 1 });
    expect(cells.every((b) => b.level === 0 && b.number === null)).toBe(true);
  });

  it('keeps an external link target after its label, unless the label already shows it', async () => {
    const model = await importParts({
      relationships:
        '<Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/use-policy" TargetMode="External"/>' +
        '<Relationship Id="rIdL2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/terms" TargetMode="External"/>',
      body:
        '<w:p><w:r><w:t xml:space="preserve">You must follow the </w:t></w:r><w:hyperlink r:id="rIdL1"><w:r><w:t>Acceptable Use Policy</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rIdL2"><w:r><w:t>https://example.com/terms</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>',
    });
    expect(blockTexts(model)).toEqual([
      'You must follow the Acceptable Use Policy (https://example.com/use-policy).',
      'See https://example.com/terms.',
    ]);
  });

  it('keeps the text of simple fields (cross-references) and right-to-left runs, which mammoth alone drops', async () => {
    const model = await importParts({
      numbering: nested + num(1, 1),
      body:
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:fldSimple w:instr=" REF _Ref1 \\r \\h "><w:r><w:t>Section 4.2</w:t></w:r></w:fldSimple>' +
        '<w:r><w:t xml:space="preserve"> applies; see also </w:t></w:r><w:dir w:val="rtl"><w:r><w:t>סעיף</w:t></w:r></w:dir><w:fldSimple w:instr=" PAGE "/><w:r><w:t>.</w:t></w:r></w:p>',
    });
    expect(model.text).toBe('1. Section 4.2 applies; see also סעיף.');
  });

  it('follows the text rules: blocks joined by one blank line, no newlines or doubled spaces inside', async () => {
    const model = await importParts({
      body:
        '<w:p><w:r><w:t xml:space="preserve">  Line one</w:t><w:br/><w:t xml:space="preserve">line\u00a0two\u200b</w:t><w:tab/><w:t>end  </w:t></w:r></w:p>' +
        '<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' +
        para('Next paragraph.'),
    });
    expect(model.text).toBe('Line one line two end\n\nNext paragraph.');
    for (const block of model.blocks) expect(model.text.slice(block.start, block.end)).not.toMatch(/\n|\s{2}|^\s|\s$/);
  });
});

describe('DOCX structure shown without Word styles or numbering', () => {
  it('reads numbers typed by hand as list items, nested the way the text importer nests them', async () => {
    const model = await importParts({
      styles: '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>',
      body: [
        para('Licence Terms', { style: 'H1' }),
        para('1. Definitions.'),
        para('"Licensor" means the copyright owner.'),
        para('2. Redistribution. You may distribute copies, provided that:'),
        para('(a) You give recipients a copy of this Licence; and'),
        para('(b) You keep all notices.'),
        para('3. Trademarks. No trademark rights are granted.'),
      ].join(''),
    });
    expect(model.blocks.map((b) => [b.kind, b.level, b.number])).toEqual([
      ['heading', 1, null],
      ['list-item', 1, '1.'],
      ['paragraph', 0, null],
      ['list-item', 1, '2.'],
      ['list-item', 2, '(a)'],
      ['list-item', 2, '(b)'],
      ['list-item', 1, '3.'],
    ]);
  });

  it('drops bullets typed as characters, including Symbol-font glyphs, and keeps the items as a list', async () => {
    const model = await importParts({
      body: [para('You must not:'), para('• harm minors;'), para('\uF0B7\tgenerate spam; or'), para('- impersonate others.')].join(''),
    });
    expect(blockTexts(model)).toEqual(['You must not:', 'harm minors;', 'generate spam; or', 'impersonate others.']);
    expect(model.blocks.slice(1).map((b) => [b.kind, b.number])).toEqual([
      ['list-item', null],
      ['list-item', null],
      ['list-item', null],
    ]);
  });

  it('makes a short line set in bold a heading, and keeps a typed number on a Heading-styled paragraph', async () => {
    const model = await importParts({
      styles: '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>',
      body:
        para('4. Restrictions', { style: 'H1' }) +
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Prohibited Uses</w:t></w:r></w:p>' +
        para('You may not use the model for surveillance.') +
        // Bold, but a sentence: not a heading.
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>You must not remove notices.</w:t></w:r></w:p>' +
        // Title Case without bold in a document that uses heading styles: body text.
        para('Acme Corporation'),
    });
    expect(model.blocks.map((b) => [b.kind, b.level, b.number])).toEqual([
      ['heading', 1, '4.'],
      ['heading', 2, null],
      ['paragraph', 0, null],
      ['paragraph', 0, null],
      ['paragraph', 0, null],
    ]);
  });

  it('reads short Title Case or CAPITAL lines as headings when the document uses no heading style at all', async () => {
    const model = await importParts({
      body: [
        para('Community License Agreement'),
        para('This agreement is between you and the Licensor.'),
        para('7. Disclaimer of Warranty'),
        para('THE MATERIALS ARE PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, AND THE LICENSOR DISCLAIMS ALL LIABILITY FOR THEIR USE.'),
      ].join(''),
    });
    expect(model.blocks.map((b) => [b.kind, b.number])).toEqual([
      ['heading', null],
      ['paragraph', null],
      ['heading', '7.'],
      ['paragraph', null],
    ]);
    expect(model.title).toBe('Community License Agreement');
  });
});

describe('DOCX title and page count', () => {
  const body = para('Preamble in plain text.') + para('Service Terms', { style: 'H1' });
  const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>';

  it('uses dc:title when a person set it', async () => {
    const model = await importParts({ body, styles, title: 'Acme AI Service Terms' }, 'acme.docx');
    expect(model.title).toBe('Acme AI Service Terms');
  });

  it('ignores a dc:title that is only a file name or slug, and falls back to the first heading', async () => {
    expect((await importParts({ body, styles, title: 'acme-terms-2024' }, 'renamed.docx')).title).toBe('Service Terms');
    expect((await importParts({ body, styles, title: 'Document1' }, 'x.docx')).title).toBe('Service Terms');
    expect((await importParts({ body, styles, title: 'acme' }, 'acme.docx')).title).toBe('Service Terms');
  });

  it('falls back to an opening line set in bold, then to the file name', async () => {
    const boldOpening = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Acme Acceptable Use Policy</w:t></w:r></w:p>' + para('You agree not to misuse the service.');
    expect((await importParts({ body: boldOpening }, 'aup.docx')).title).toBe('Acme Acceptable Use Policy');
    expect((await importParts({ body: para('Just text.') }, 'plain-terms.docx')).title).toBe('plain-terms');
  });

  it('takes the page count from docProps/app.xml, and null when Word did not record it', async () => {
    expect((await importParts({ body, pages: 12 })).pageCount).toBe(12);
    expect((await importParts({ body })).pageCount).toBeNull();
  });
});

describe('DOCX written by the docx library (Word-like output)', () => {
  it('imports a title, headings, nested (a)/(i) numbering with restarts, a header table, bold terms and a footnote', async () => {
    const { Document, Packer, Paragraph, TextRun, HeadingLevel, LevelFormat, Table, TableRow, TableCell, FootnoteReferenceRun } = await import('docx');
    const item = (text: string, level: number, instance = 0) => new Paragraph({ text, numbering: { reference: 'clauses', level, instance } });
    const doc = new Document({
      title: 'Example Model Licence',
      footnotes: { 1: { children: [new Paragraph('Measured on the last day of the month.')] } },
      numbering: {
        config: [
          {
            reference: 'clauses',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' },
              { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Example Model Licence', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Definitions', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun({ text: '“Licensee”', bold: true }), new TextRun(' means the person accepting this licence.')] }),
            new Paragraph({ text: 'Grant', heading: HeadingLevel.HEADING_1 }),
            item('You may use the Model', 0),
            item('for research', 1),
            item('subject to attribution', 2),
            item('subject to this licence', 2),
            item('for commercial products', 1),
            item('You may not exceed 700 million monthly active users', 0),
            new Paragraph({ children: [new TextRun('Users are counted monthly.'), new FootnoteReferenceRun(1)] }),
            item('A separate list restarts', 0, 1),
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('Use')] }), new TableCell({ children: [new Paragraph('Allowed')] })] }),
                new TableRow({ children: [new TableCell({ children: [new Paragraph('Research')] }), new TableCell({ children: [new Paragraph('Yes')] })] }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = withParts(new Uint8Array(await Packer.toBuffer(doc)), {
      'docProps/app.xml':
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>3</Pages></Properties>',
    });
    const model = await importDocument(bytes, 'generated.docx');

    expect(model.format).toBe('docx');
    expect(model.title).toBe('Example Model Licence');
    expect(model.pageCount).toBe(3);
    const texts = blockTexts(model);
    expect(model.blocks.filter((b) => b.kind === 'heading').map((b) => model.text.slice(b.start, b.end))).toEqual(['Example Model Licence', 'Definitions', 'Grant']);
    expect(model.blocks.filter((b) => b.kind === 'list-item').map((b) => b.number)).toEqual(['1.', '(a)', '(i)', '(ii)', '(b)', '2.', '1.']);
    expect(texts).toContain('(ii) subject to this licence');
    const definition = model.blocks.find((b) => model.text.slice(b.start, b.end).includes('means the person'))!;
    expect(definition.emphasis?.map((e) => model.text.slice(e.start, e.end))).toEqual(['“Licensee”']);
    expect(model.blocks.filter((b) => b.kind === 'table-cell').map((b) => [model.text.slice(b.start, b.end), b.table])).toEqual([
      ['Use', { table: 1, row: 1, column: 1, header: true }],
      ['Allowed', { table: 1, row: 1, column: 2, header: true }],
      ['Research', { table: 1, row: 2, column: 1 }],
      ['Yes', { table: 1, row: 2, column: 2 }],
    ]);
    // Footnotes follow the body, marked with their number, and the importer says so.
    expect(texts[texts.length - 1]).toBe('1 Measured on the last day of the month.');
    expect(model.warnings.join(' ')).toMatch(/footnotes/i);
  });
});

describe('DOCX whose paragraphs are the lines of a hard-wrapped text (a .txt licence pasted into Word)', () => {
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const linesAsParagraphs = (text: string) => text.split('\n').map((line) => (line.trim() ? para(xmlText(line)) : '<w:p/>')).join('');

  it.skipIf(!corpusAvailable)('reads the Apache licence exactly as its text file: clauses whole, not one block per line', async () => {
    const source = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt'));
    const fromText = await importDocument(new TextEncoder().encode(source), 'apache-2.0.txt');
    const fromWord = await importParts({ body: linesAsParagraphs(source) }, 'apache-2.0.docx');
    expect(fromWord.format).toBe('docx');
    expect(fromWord.text).toBe(fromText.text);
    expect(fromWord.blocks.map((b) => [b.kind, b.number])).toEqual(fromText.blocks.map((b) => [b.kind, b.number]));
    expect(blockTexts(fromWord)).toContain('"Licensor" shall mean the copyright owner or entity authorized by the copyright owner that is granting the License.');
  });

  it.skipIf(!corpusAvailable)('reads it as text also when its title and captions are styled as Word headings, which stay headings', async () => {
    const source = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt'));
    const fromText = await importDocument(new TextEncoder().encode(source), 'apache-2.0.txt');
    const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>';
    const headingStyle = (line: string) => (line.trim() === 'Apache License' ? 'H1' : /^(TERMS AND CONDITIONS|END OF TERMS|APPENDIX)/.test(line.trim()) ? 'H2' : undefined);
    const body = source
      .split('\n')
      .map((line) => (line.trim() ? para(xmlText(line), headingStyle(line) ? { style: headingStyle(line) } : {}) : '<w:p/>'))
      .join('');
    const fromWord = await importParts({ styles, body }, 'apache-2.0.docx');
    const texts = blockTexts(fromWord);
    // Clauses whole, as from the text file (not one block per line).
    expect(texts).toContain('"Licensor" shall mean the copyright owner or entity authorized by the copyright owner that is granting the License.');
    expect(fromWord.blocks.length).toBeLessThanOrEqual(fromText.blocks.length + 3);
    const headings = fromWord.blocks.filter((b) => b.kind === 'heading').map((b) => [fromWord.text.slice(b.start, b.end), b.level]);
    expect(headings).toEqual(
      expect.arrayContaining([
        ['Apache License', 1],
        ['TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION', 2],
        ['END OF TERMS AND CONDITIONS', 2],
      ]),
    );
    expect(fromWord.title).toBe('Apache License');
  });

  it('keeps a Word document of short whole paragraphs as Word wrote it, and joins a wrapped one into its sentence', async () => {
    const short = ['Acme may update these terms.', 'You must follow the policy.', 'Notices go to legal@acme.example.', 'Fees are due monthly.', 'These terms are governed by Irish law.', 'Contact us with questions.'];
    expect(blockTexts(await importParts({ body: short.map((s) => para(s)).join('') }))).toEqual(short);
    const wrapped = [
      'You may use the model for any lawful purpose, including',
      'commercial purposes, provided that you keep this notice',
      'in every copy you distribute and you do not remove it',
      'from any derivative of the model that you make available',
      'to third parties in any form whatsoever, and provided',
      'that you comply with the acceptable use policy published',
      'by the licensor at the time of your use of the model.',
    ];
    expect(blockTexts(await importParts({ body: wrapped.map((s) => para(s)).join('') }))).toEqual([wrapped.join(' ')]);
  });
});

describe('DOCX drafts under review: tracked changes and comments', () => {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const deleted = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
  const change = 'w:author="Counsel" w:date="2026-09-01T10:00:00Z"';

  it('reads the text as it stands with every change accepted, and says so', async () => {
    // The Llama 3.1 licence's commercial-terms clause, redlined: a threshold changed, a sentence moved.
    const body =
      `<w:p>${run('2. Additional Commercial Terms. If the monthly active users of the products or services made available by or for Licensee is greater than ')}` +
      `<w:del w:id="1" ${change}>${deleted('700 million')}</w:del><w:ins w:id="2" ${change}>${run('500 million')}</w:ins>` +
      `${run(' monthly active users, you must request a license from Meta.')}</w:p>` +
      `<w:p><w:moveFrom w:id="3" ${change}>${run('Meta may grant it in its sole discretion. ')}</w:moveFrom>${run('3. Disclaimer of Warranty.')}</w:p>` +
      `<w:p><w:commentRangeStart w:id="0"/>${run('Meta may grant it in its sole discretion.')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
    const model = await importParts({ body });
    expect(blockTexts(model)).toEqual([
      '2. Additional Commercial Terms. If the monthly active users of the products or services made available by or for Licensee is greater than 500 million monthly active users, you must request a license from Meta.',
      '3. Disclaimer of Warranty.',
      'Meta may grant it in its sole discretion.',
    ]);
    expect(model.warnings.join(' ')).toMatch(/tracked changes.*accepted/);
    expect(model.warnings.join(' ')).toMatch(/comments were left out/);
  });

  it('says nothing of changes when a table has inside borders (w:insideH is no insertion)', async () => {
    const table = '<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>Fee</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const model = await importParts({ body: table + para('Fees are due monthly.') });
    expect(model.warnings).toEqual([]);
  });
});

describe('DOCX table header rows', () => {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[], header?: string) => `<w:tr>${header !== undefined ? `<w:trPr>${header}</w:trPr>` : ''}${cells.map(cell).join('')}</w:tr>`;

  it.skipIf(!corpusAvailable)('marks only the rows whose header mark is on ("off", "false" and "0" switch it off)', async () => {
    // The Stability AI licence's definitions as a term / meaning table.
    const source = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'stability-ai-community-license-2024-07-05.md'));
    const definitions = [...source.matchAll(/^"([^"]+)" means (.+)$/gm)].slice(0, 3).map((m) => [m[1], m[2].trim()]);
    expect(definitions).toHaveLength(3);
    const table =
      '<w:tbl>' +
      row(['Term', 'Meaning'], '<w:tblHeader/>') +
      row(definitions[0], '<w:tblHeader w:val="off"/>') +
      row(definitions[1], '<w:tblHeader w:val="false"/>') +
      row(definitions[2], '<w:tblHeader w:val="0"/>') +
      '</w:tbl>';
    const model = await importParts({ body: table });
    const headers = model.blocks.filter((b) => b.table?.header).map((b) => model.text.slice(b.start, b.end));
    expect(headers).toEqual(['Term', 'Meaning']);
    expect(blockTexts(model)).toContain(definitions[2][1]);
  });
});
