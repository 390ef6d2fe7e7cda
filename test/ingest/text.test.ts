import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, locatePassage, readCorpusFile } from '../support/corpus';

async function importCorpusText(file: string): Promise<DocumentModel> {
  return importDocument(readCorpusFile(DOCUMENTS_DIR, file), file);
}

async function importString(text: string, name = 'sample.txt'): Promise<DocumentModel> {
  return importDocument(new TextEncoder().encode(text), name);
}

const textOf = (model: DocumentModel, block: Block) => model.text.slice(block.start, block.end);
const blockStarting = (model: DocumentModel, prefix: string) => {
  const block = model.blocks.find((b) => textOf(model, b).startsWith(prefix));
  if (!block) throw new Error(`no block starts with ${JSON.stringify(prefix)}`);
  return block;
};
const blockContaining = (model: DocumentModel, words: string) => {
  const block = model.blocks.find((b) => textOf(model, b).includes(words));
  if (!block) throw new Error(`no block contains ${JSON.stringify(words)}`);
  return block;
};

describe.skipIf(!corpusAvailable)('plain-text licences from the corpus', () => {
  it('reads the Llama 3.1 licence as numbered sections with nested items (1. / a. / i.)', async () => {
    const model = await importCorpusText('llama-3.1-community-license.txt');
    expect(model.format).toBe('text');
    expect(model.title).toBe('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');

    const section1 = blockStarting(model, '1. License Rights and Redistribution.');
    expect(section1).toMatchObject({ kind: 'heading', number: '1.', level: 1 });
    // A run-in heading ("Grant of Rights.") stays inside its item.
    expect(blockStarting(model, 'a. Grant of Rights. You are granted')).toMatchObject({ kind: 'list-item', number: 'a.', level: 2 });
    expect(blockStarting(model, 'iii. You must retain')).toMatchObject({ kind: 'list-item', number: 'iii.', level: 3 });
    expect(blockStarting(model, '2. Additional Commercial Terms. If, on the Llama 3.1 version release date')).toMatchObject({
      kind: 'list-item',
      number: '2.',
      level: 1,
    });
    // The line separator after "Redistribution." and the no-break-space lines are not text.
    expect(model.text).not.toMatch(/[\u2028\u00A0]/);
  });

  it('joins the hard-wrapped lines of the Apache licence and keeps its (a)–(d) conditions as items under section 4', async () => {
    const model = await importCorpusText('apache-2.0.txt');
    expect(model.title).toBe('Apache License');
    const grant = blockStarting(model, '2. Grant of Copyright License.');
    expect(textOf(model, grant)).toBe(
      '2. Grant of Copyright License. Subject to the terms and conditions of this License, each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright license to reproduce, prepare Derivative Works of, publicly display, publicly perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.',
    );
    expect(grant).toMatchObject({ kind: 'list-item', number: '2.', level: 1 });
    const conditions = model.blocks.filter((b) => /^\([a-d]\)$/.test(b.number ?? ''));
    expect(conditions.map((b) => b.number)).toEqual(['(a)', '(b)', '(c)', '(d)']);
    expect(conditions.every((b) => b.level === 2)).toBe(true);
    expect(textOf(model, conditions[2])).toMatch(/^\(c\) You must retain, in the Source form of any Derivative Works that You distribute, all copyright/);
    expect(blockStarting(model, '1. Definitions.')).toMatchObject({ kind: 'heading', number: '1.' });
    // The centred title lines stay apart.
    expect(blockStarting(model, 'Version 2.0, January 2004').end - blockStarting(model, 'Version 2.0, January 2004').start).toBe(
      'Version 2.0, January 2004'.length,
    );
  });

  it('nests CC BY 4.0 by indentation (a. / 1. / a.) and does not take "(4)" in the middle of a sentence for a number', async () => {
    const model = await importCorpusText('cc-by-4.0-legalcode.txt');
    expect(blockStarting(model, 'Section 2 -- Scope.')).toMatchObject({ kind: 'heading', number: 'Section 2', level: 1 });
    expect(blockStarting(model, 'a. License grant.')).toMatchObject({ number: 'a.', level: 2 });
    expect(blockStarting(model, '1. Subject to the terms and conditions of this Public License')).toMatchObject({ number: '1.', level: 3 });
    expect(blockStarting(model, 'a. reproduce and Share the Licensed Material')).toMatchObject({ number: 'a.', level: 4 });
    expect(blockStarting(model, '2. Exceptions and Limitations.')).toMatchObject({ number: '2.', level: 3 });
    expect(blockStarting(model, 'b. Other rights.')).toMatchObject({ number: 'b.', level: 2 });
    // "… authorized by this Section 2(a)\n(4) never produces Adapted Material." is one sentence.
    expect(textOf(model, blockStarting(model, '4. Media and formats'))).toMatch(/this Section 2\(a\) \(4\) never produces Adapted Material\.$/);
    expect(model.blocks.some((b) => b.number === '(4)')).toBe(false);
    // Roman and letter readings of "i.": after "h." it is the letter i.
    expect(blockStarting(model, 'i. Share means')).toMatchObject({ number: 'i.', level: 2 });
  });

  it('does not start an item at "7." when the previous line ends "… under section" (GPL 3.0)', async () => {
    const model = await importCorpusText('llama-1-repo-license-gpl-3.0.txt');
    const item = blockStarting(model, 'b) The work must carry prominent notices stating that it is released');
    expect(textOf(model, item)).toContain('any conditions added under section 7. This requirement modifies the requirement in section 4');
    expect(item).toMatchObject({ kind: 'list-item', number: 'b)', level: 2 });
    expect(blockStarting(model, '5. Conveying Modified Source Versions.')).toMatchObject({ kind: 'heading', number: '5.' });
    expect(model.title).toBe('GNU GENERAL PUBLIC LICENSE');
  });

  it('reads a Markdown-flavoured .txt (Llama 3.3) as clean text: no asterisks or escapes, bold kept as emphasis', async () => {
    const model = await importCorpusText('llama-3.3-community-license.txt');
    expect(model.format).toBe('text');
    expect(model.text).not.toContain('**');
    expect(model.text).not.toMatch(/\d\\\./);
    expect(model.title).toBe('LLAMA 3.3 COMMUNITY LICENSE AGREEMENT');
    const section2 = blockStarting(model, '2. Additional Commercial Terms.');
    expect(section2).toMatchObject({ kind: 'list-item', number: '2.', level: 1 });
    // "3**. Disclaimer of Warranty**." (a stray pair) still reads as section 3.
    expect(blockStarting(model, '3. Disclaimer of Warranty.')).toMatchObject({ number: '3.' });
    const definition = blockStarting(model, '“Agreement” means');
    expect(definition.emphasis?.map((e) => model.text.slice(e.start, e.end))).toEqual(['Agreement']);
    const passage = locatePassage(model.text, '**Additional Commercial Terms**. If, on the Llama 3.3 version release date');
    expect(passage).not.toBeNull();
  });

  it('rejoins a word hyphenated at a line end without inventing a space (Llama 2: "non-\\ntransferable")', async () => {
    const model = await importCorpusText('llama-2-community-license.txt');
    expect(textOf(model, blockStarting(model, 'a. Grant of Rights.'))).toContain('worldwide, non-transferable and royalty-free');
  });

  it('gives Gemma’s decimal sections their depth and takes a bare "1.2" with its paragraph', async () => {
    const model = await importCorpusText('gemma-terms-of-use-2025-03-24.txt');
    expect(model.title).toBe('Gemma Terms of Use');
    expect(blockStarting(model, 'Section 3: DISTRIBUTION AND RESTRICTIONS')).toMatchObject({ kind: 'heading', number: 'Section 3', level: 1 });
    expect(blockStarting(model, '3.2 Use Restrictions')).toMatchObject({ kind: 'heading', number: '3.2', level: 2 });
    expect(blockStarting(model, '(a) "Agreement" or "Gemma Terms of Use" means')).toMatchObject({ kind: 'list-item', number: '(a)', level: 3 });
    expect(blockStarting(model, '1.2 As used in this Agreement')).toMatchObject({ kind: 'list-item', number: '1.2', level: 2 });
    // Indented lines under "… the following conditions:" are items even without bullets.
    expect(blockStarting(model, 'You must provide all third party recipients')).toMatchObject({ kind: 'list-item', number: null });
  });

  it('keeps each line of a one-paragraph-per-line file apart, except a line that continues the sentence (Tongyi)', async () => {
    const model = await importCorpusText('tongyi-qianwen-license-agreement.txt');
    expect(textOf(model, blockStarting(model, 'h. "Object" form shall mean'))).toMatch(/generated documentation, and conversions to other media types\.$/);
    expect(blockStarting(model, '2. Grant of Rights')).toMatchObject({ kind: 'heading', number: '2.' });
    expect(blockStarting(model, 'b. "We"(or "Us") shall mean Alibaba Cloud.')).toMatchObject({ kind: 'list-item', level: 2 });
  });

  it('reads Chinese section numbers ("一、", "3.限制") as numbered headings (ChatGLM)', async () => {
    const model = await importCorpusText('chatglm-6b-model-license-2023-05-24.txt');
    expect(blockStarting(model, '一、定义')).toMatchObject({ kind: 'heading', number: '一、' });
    expect(blockStarting(model, '3.限制')).toMatchObject({ kind: 'heading', number: '3.' });
    expect(blockStarting(model, '3. Restriction')).toMatchObject({ kind: 'heading', number: '3.' });
  });

  it('drops bullet symbols and makes the bulleted lines list items (CreativeML OpenRAIL-M attachment)', async () => {
    const model = await importCorpusText('creativeml-openrail-m-stable-diffusion-v1.txt');
    const item = blockContaining(model, 'To defame, disparage or otherwise harass others;');
    expect(textOf(model, item)).toBe('To defame, disparage or otherwise harass others;');
    expect(item).toMatchObject({ kind: 'list-item', number: null });
    expect(blockStarting(model, 'Section III: CONDITIONS OF USAGE')).toMatchObject({ kind: 'heading', number: 'Section III' });
    expect(model.title).toBe('CreativeML Open RAIL-M');
  });
});

describe('plain-text structure from first principles', () => {
  it('reads CRLF, CR and LF files the same way', async () => {
    const lines = ['TERMS OF USE', '', '1. Grant. You may use the model', 'for research.', '', '2. Limits. You may not sell it.'];
    const lf = await importString(lines.join('\n'));
    const crlf = await importString(lines.join('\r\n'));
    const cr = await importString(lines.join('\r'));
    expect(crlf.text).toBe(lf.text);
    expect(cr.text).toBe(lf.text);
    expect(crlf.blocks).toEqual(lf.blocks);
    expect(lf.text).toBe('TERMS OF USE\n\n1. Grant. You may use the model for research.\n\n2. Limits. You may not sell it.');
  });

  it('starts an item at a numbered line without a blank line before it, but not inside a wrapped sentence', async () => {
    const model = await importString(
      [
        'The Licensee may distribute the Work under the terms of version',
        '2.0 of the License, provided that:',
        '(a) it keeps this notice;',
        '(b) it names the Licensor; and',
        '(c) it pays the fee.',
        '3. Fees. The fee is the one set out in Section',
        '4. It is due yearly.',
        '5. Term. This agreement lasts ten years.',
      ].join('\n'),
    );
    const numbers = model.blocks.map((b) => b.number);
    expect(numbers).toEqual([null, '(a)', '(b)', '(c)', '3.', '5.']);
    expect(textOf(model, model.blocks[0])).toBe('The Licensee may distribute the Work under the terms of version 2.0 of the License, provided that:');
    // "4." would be the next number, but "… in Section" runs on into it.
    expect(textOf(model, model.blocks[4])).toBe('3. Fees. The fee is the one set out in Section 4. It is due yearly.');
  });

  it('derives levels from the numbering scheme when nothing is indented ("1." > "(a)" > "(i)", "Article" at the top)', async () => {
    const model = await importString(
      ['Article 1 – Definitions', '', '1. Scope. This applies.', '(a) first;', '(i) detail;', '(ii) detail;', '(b) second.', '2. Term. Ten years.', '2.1 Renewal is automatic.'].join(
        '\n',
      ),
    );
    expect(model.blocks.map((b) => [b.number, b.level, b.kind])).toEqual([
      ['Article 1', 1, 'heading'],
      ['1.', 2, 'list-item'],
      ['(a)', 3, 'list-item'],
      ['(i)', 4, 'list-item'],
      ['(ii)', 4, 'list-item'],
      ['(b)', 3, 'list-item'],
      ['2.', 2, 'list-item'],
      ['2.1', 2, 'list-item'],
    ]);
  });

  it('makes an underlined line a heading even when it is not in Title Case, and drops the rule', async () => {
    const model = await importString('Terms of use for our API\n========================\n\nYou may call the API.\n\n----------\n\nSigned.');
    expect(model.blocks.map((b) => [b.kind, textOf(model, b)])).toEqual([
      ['heading', 'Terms of use for our API'],
      ['paragraph', 'You may call the API.'],
      ['paragraph', 'Signed.'],
    ]);
    expect(model.title).toBe('Terms of use for our API');
  });

  it('titles a text by its first heading-like line, else by its file name', async () => {
    expect((await importString('MODEL LICENSE\n\nYou may use it.')).title).toBe('MODEL LICENSE');
    expect((await importString('You may use it.\n\nYou may not sell it.', 'acme-terms-v2.txt')).title).toBe('acme-terms-v2');
  });
});

describe('whitespace in imported text', () => {
  it('reads NEL (U+0085, the C1 line break) as whitespace: a line break in plain text, a space in Markdown', async () => {
    const source = 'You may use the Model\u0085for commercial purposes.\u0085\u0085Attribution is required.';
    expect((await importString(source, 'nel.txt')).text).toBe('You may use the Model for commercial purposes.\n\nAttribution is required.');
    expect((await importString(source, 'nel.md')).text).toBe('You may use the Model for commercial purposes. Attribution is required.');
  });
});

describe('plain text hard-wrapped wider than 100 columns', () => {
  // A paraphrase wrapped at about 115 columns, as some tools wrap: most breaks fall mid-sentence, and a few
  // continuation lines open with what elsewhere starts a block ("(or", "(ii)", "Copyright (c)", capitals).
  const licence = [
    'RIVERSTONE MODEL LICENCE',
    '',
    '1. LICENCE GRANT',
    '',
    'Subject to your compliance with this licence and with the documentation that accompanies the Model, Riverstone',
    'grants you a non-exclusive, worldwide, non-transferable, non-sublicensable, revocable and royalty-free licence',
    'to use, reproduce and modify the Model and to create derivative works of it, solely for non-commercial research',
    'purposes. The licence granted here is personal to you, and you may not assign it or transfer it to any other',
    'person without the prior written consent of Riverstone, which Riverstone may give or withhold in its discretion.',
    '',
    '2. RESTRICTIONS',
    '',
    'You will not, and will not permit any third party to:',
    '',
    'a. use, copy, modify or distribute the Model or any derivative of it, including any outputs produced by the Model',
    '(or any works that incorporate the Model), in whole or in part, for any commercial or production purpose, for',
    'the development of weapons or for military purposes of any kind, for the surveillance of individuals, or for any',
    'purpose that violates applicable law, including the data protection laws of any country in which the Model is',
    'used, in each case whether for (i) yourself, or',
    '(ii) any third party on whose behalf you act; or',
    'b. remove any copyright or other proprietary notice that appears in the Model or in its accompanying materials.',
    '',
    '3. ATTRIBUTION',
    '',
    'Every copy of the Model that you distribute must carry the following notice, reproduced exactly as it appears',
    'here: “Riverstone is licensed under the Riverstone Model Licence,',
    'Copyright (c) Riverstone Labs Ltd. All Rights Reserved.” together with a copy of this licence in its entirety,',
    'and you must not alter, abridge or obscure that notice in any copy or in any derivative work of the Model.',
    '',
    '4. DISCLAIMER',
    '',
    'THE MODEL IS PROVIDED “AS IS” AND WITHOUT ANY WARRANTY OF ANY KIND, WHETHER OF MERCHANTABILITY, FITNESS OR TITLE,',
    'EXPRESS OR IMPLIED.',
  ].join('\n');

  it('joins the wrapped lines into their clauses instead of starting blocks at "(or", "(ii)", "Copyright (c)" or capitals', async () => {
    const model = await importString(licence, 'riverstone.txt');
    const texts = model.blocks.map((b) => textOf(model, b));
    expect(texts).toEqual([
      'RIVERSTONE MODEL LICENCE',
      '1. LICENCE GRANT',
      expect.stringMatching(/^Subject to your compliance .* in its discretion\.$/),
      '2. RESTRICTIONS',
      'You will not, and will not permit any third party to:',
      expect.stringMatching(/^a\. use, copy, modify .* \(or any works that incorporate the Model\), in whole or in part, .* whether for \(i\) yourself, or \(ii\) any third party on whose behalf you act; or$/),
      'b. remove any copyright or other proprietary notice that appears in the Model or in its accompanying materials.',
      '3. ATTRIBUTION',
      expect.stringMatching(/^Every copy of the Model .* Riverstone Model Licence, Copyright \(c\) Riverstone Labs Ltd\. All Rights Reserved\.” together with .* derivative work of the Model\.$/),
      '4. DISCLAIMER',
      'THE MODEL IS PROVIDED “AS IS” AND WITHOUT ANY WARRANTY OF ANY KIND, WHETHER OF MERCHANTABILITY, FITNESS OR TITLE, EXPRESS OR IMPLIED.',
    ]);
    expect(model.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
});
