import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src/document/model';
import { abstractNum, blockTexts, importParts, num, para } from './docx-fixtures';

const nested = abstractNum(1, [
  { format: 'decimal', text: '%1.' },
  { format: 'lowerLetter', text: '%2.' },
  { format: 'lowerRoman', text: '%3.' },
]);

describe('DOCX list numbers as Word prints them', () => {
  it('prints nested 1. / a. / i. numbers, restarting deeper levels after a shallower item', async () => {
    const model = await importParts({
      numbering: nested + num(1, 1),
      body: [
        para('Grant of rights', { numId: 1, ilvl: 0 }),
        para('to use the model', { numId: 1, ilvl: 1 }),
        para('for research', { numId: 1, ilvl: 2 }),
        para('for production', { numId: 1, ilvl: 2 }),
        para('to modify the model', { numId: 1, ilvl: 1 }),
        para('Restrictions', { numId: 1, ilvl: 0 }),
        para('no military use', { numId: 1, ilvl: 1 }),
      ].join(''),
    });
    expect(model.blocks.map((b) => b.number)).toEqual(['1.', 'a.', 'i.', 'ii.', 'b.', '2.', 'a.']);
    expect(model.blocks.map((b) => b.level)).toEqual([1, 2, 3, 3, 2, 1, 2]);
    expect(model.blocks.every((b) => b.kind === 'list-item')).toBe(true);
    // The number is in the text as the reader sees it, and Block.number repeats it.
    expect(blockTexts(model)).toEqual([
      '1. Grant of rights',
      'a. to use the model',
      'i. for research',
      'ii. for production',
      'b. to modify the model',
      '2. Restrictions',
      'a. no military use',
    ]);
  });

  it('continues a list across w:num instances of one definition, and restarts on a startOverride', async () => {
    const model = await importParts({
      numbering: nested + num(1, 1) + num(2, 1) + num(3, 1, { 0: 1 }) + num(4, 1, { 0: 10 }),
      body: [
        para('first', { numId: 1 }),
        para('second', { numId: 1 }),
        para('An interrupting paragraph.'),
        para('third, continued by another instance', { numId: 2 }),
        para('restarted', { numId: 3 }),
        para('after restart', { numId: 3 }),
        para('set to ten', { numId: 4 }),
      ].join(''),
    });
    expect(model.blocks.filter((b) => b.kind === 'list-item').map((b) => b.number)).toEqual(['1.', '2.', '3.', '1.', '2.', '10.']);
  });

  it('honours start values, multi-level text, legal numbering, lvlRestart and upper-case formats', async () => {
    const model = await importParts({
      numbering:
        abstractNum(1, [
          { format: 'decimal', text: '%1.', start: 5 },
          { format: 'decimal', text: '%1.%2' },
          { format: 'lowerLetter', text: '(%3)' },
        ]) +
        abstractNum(2, [
          { format: 'upperRoman', text: 'Article %1' },
          { format: 'decimal', text: '%1.%2', legal: true },
        ]) +
        abstractNum(3, [
          { format: 'upperLetter', text: '%1)' },
          { format: 'lowerRoman', text: '(%2)', restart: 0 },
        ]) +
        num(1, 1) +
        num(2, 2) +
        num(3, 3),
      body: [
        para('Definitions', { numId: 1, ilvl: 0 }),
        para('Affiliate', { numId: 1, ilvl: 1 }),
        para('Licensee', { numId: 1, ilvl: 1 }),
        para('includes employees', { numId: 1, ilvl: 2 }),
        para('includes contractors', { numId: 1, ilvl: 2 }),
        para('Grant', { numId: 1, ilvl: 0 }),
        para('Scope', { numId: 1, ilvl: 1 }),
        para('General', { numId: 2, ilvl: 0 }),
        para('Notices', { numId: 2, ilvl: 1 }),
        para('Remedies', { numId: 2, ilvl: 0 }),
        para('Option one', { numId: 3, ilvl: 0 }),
        para('sub one', { numId: 3, ilvl: 1 }),
        para('Option two', { numId: 3, ilvl: 0 }),
        para('sub two', { numId: 3, ilvl: 1 }),
      ].join(''),
    });
    expect(model.blocks.map((b) => b.number)).toEqual([
      '5.',
      '5.1',
      '5.2',
      '(a)',
      '(b)',
      '6.',
      '6.1',
      'Article I',
      // isLgl prints the roman level as a decimal.
      '1.1',
      'Article II',
      'A)',
      '(i)',
      'B)',
      // lvlRestart 0: this level never restarts.
      '(ii)',
    ]);
    expect(blockTexts(model)[7]).toBe('Article I General');
  });

  it('drops bullets but keeps the list structure, and treats numId 0 as "not numbered"', async () => {
    const model = await importParts({
      numbering: abstractNum(1, [{ format: 'bullet', text: '•' }, { format: 'bullet', text: 'o' }]) + num(1, 1),
      styles:
        '<w:style w:type="paragraph" w:styleId="ListPara"><w:name w:val="List Paragraph"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
      body: [
        para('Reporting issues', { numId: 1, ilvl: 0 }),
        para('nested point', { numId: 1, ilvl: 1 }),
        // Style says "list", the paragraph says numId 0: Word shows no bullet and no indent level.
        '<w:p><w:pPr><w:pStyle w:val="ListPara"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>plain</w:t></w:r></w:p>',
      ].join(''),
    });
    expect(model.blocks.map((b) => [b.kind, b.level, b.number])).toEqual([
      ['list-item', 1, null],
      ['list-item', 2, null],
      ['paragraph', 0, null],
    ]);
    expect(model.text).toBe(['Reporting issues', 'nested point', 'plain'].join(BLOCK_SEPARATOR));
  });

  it('numbers heading styles that carry their numbering in styles.xml (outline numbering)', async () => {
    const model = await importParts({
      styles:
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>',
      numbering:
        abstractNum(4, [
          { format: 'decimal', text: '%1.', pStyle: 'Heading1' },
          { format: 'decimal', text: '%1.%2', pStyle: 'Heading2' },
        ]) + num(7, 4),
      body: [
        para('Definitions', { style: 'Heading1' }),
        para('“Model” means the weights.'),
        para('Licence', { style: 'Heading1' }),
        para('Scope', { style: 'Heading2' }),
        para('Limits', { style: 'Heading2' }),
      ].join(''),
    });
    const headings = model.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [b.level, b.number])).toEqual([
      [1, '1.'],
      [1, '2.'],
      [2, '2.1'],
      [2, '2.2'],
    ]);
    expect(blockTexts(model)).toContain('2.1 Scope');
  });

  it('reads WordprocessingML written with another namespace prefix', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const body =
      '<ns0:p><ns0:pPr><ns0:numPr><ns0:ilvl ns0:val="0"/><ns0:numId ns0:val="1"/></ns0:numPr></ns0:pPr><ns0:r><ns0:t>first clause</ns0:t></ns0:r></ns0:p>' +
      '<ns0:p><ns0:pPr><ns0:numPr><ns0:ilvl ns0:val="0"/><ns0:numId ns0:val="1"/></ns0:numPr></ns0:pPr><ns0:r><ns0:t>second clause</ns0:t></ns0:r></ns0:p>';
    const model = await importParts({
      body: '',
      numbering: nested + num(1, 1),
      documentXml: `<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="${W}"><ns0:body>${body}</ns0:body></ns0:document>`,
    });
    expect(blockTexts(model)).toEqual(['1. first clause', '2. second clause']);
  });
});
