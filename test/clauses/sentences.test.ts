import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/clauses/sentences';
import { corpusDocument } from './snippet';
import { corpusAvailable } from '../support/corpus';

const units = (text: string) => splitUnits(text).map((u) => text.slice(u.start, u.end));

describe('splitUnits: sentences', () => {
  it('does not end a sentence at abbreviations, initialisms, company suffixes or numbers', () => {
    expect(
      units(
        'Use it for research, e.g. evaluation, i.e. not production. Meta Platforms, Inc. All Rights Reserved. The U.S. Government may apply. Version 4.2 applies to Section 1.b.i and to No. 5 of the Schedule.',
      ),
    ).toEqual([
      'Use it for research, e.g. evaluation, i.e. not production.',
      'Meta Platforms, Inc. All Rights Reserved.',
      'The U.S. Government may apply.',
      'Version 4.2 applies to Section 1.b.i and to No. 5 of the Schedule.',
    ]);
  });

  it('does not end a sentence at a full stop inside a quotation, but does after it, and a stray quote mark joins nothing', () => {
    expect(units('Keep this notice: “Heron is licensed under the Heron Licence. Copyright (c) Heron Ltd. All Rights Reserved.” You may add your own.')).toEqual([
      'Keep this notice: “Heron is licensed under the Heron Licence. Copyright (c) Heron Ltd. All Rights Reserved.”',
      'You may add your own.',
    ]);
    expect(units('Show the words "Built with Heron. Made in Leeds." in the app. Then ship it.')).toEqual([
      'Show the words "Built with Heron. Made in Leeds." in the app.',
      'Then ship it.',
    ]);
    // A quote mark that never closes nearby (an inch sign) does not hold the sentences after it together.
    expect(units('The demo was tested on a 12" display only. You may not sell the Model. You may share it.')).toEqual([
      'The demo was tested on a 12" display only.',
      'You may not sell the Model.',
      'You may share it.',
    ]);
  });

  it('keeps a list number at the start of a block with its clause', () => {
    expect(units('1. You may use the Model. 2. You may not sell it.')).toEqual(['1. You may use the Model.', '2. You may not sell it.']);
    expect(units('iv. Your use must comply with law.')).toEqual(['iv. Your use must comply with law.']);
    expect(units('(b) the Licensee shall pay. (c) Fees are due.')).toEqual(['(b) the Licensee shall pay.', '(c) Fees are due.']);
  });

  it('keeps a run-in heading with the sentence it introduces', () => {
    expect(units('a. Grant of Rights. You are granted a licence. b. Redistribution and Use. You shall provide a copy.')).toEqual([
      'a. Grant of Rights. You are granted a licence.',
      'b. Redistribution and Use. You shall provide a copy.',
    ]);
    // A short sentence is not a heading.
    expect(units('It may apply. You agree.')).toEqual(['It may apply.', 'You agree.']);
  });

  it('splits an inline list into items, each led by the sentence that opens it', () => {
    const text = 'You agree not to use the Model: (a) to harass anyone; (b) to generate malware; and (c) to defame others.';
    const split = splitUnits(text);
    expect(split.map((u) => text.slice(u.start, u.end))).toEqual([
      'You agree not to use the Model:',
      '(a) to harass anyone;',
      '(b) to generate malware;',
      'and (c) to defame others.',
    ]);
    expect(split.slice(1).every((u) => u.lead && text.slice(u.lead.start, u.lead.end) === 'You agree not to use the Model:')).toBe(true);
    expect(units('Customer: (a) retains all rights in Input; and (b) owns all Output.')).toEqual([
      'Customer: (a) retains all rights in Input;',
      'and (b) owns all Output.',
    ]);
  });

  it('splits web text whose sentences and items lost their spaces', () => {
    expect(units('You will not do the following:(i) resell the Services;(ii) remove any notices.Subject to these Terms, you may use it.')).toEqual([
      'You will not do the following:',
      '(i) resell the Services;',
      '(ii) remove any notices.',
      'Subject to these Terms, you may use it.',
    ]);
    expect(units('See openai.com/policies.Thanks for reading.')).toEqual(['See openai.com/policies.Thanks for reading.']);
  });

  it('keeps quoted notices whole', () => {
    expect(units('You must retain the notice: “Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.” Then more.')).toEqual([
      'You must retain the notice: “Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.”',
      'Then more.',
    ]);
  });

  it('returns offsets into the document text', () => {
    const text = 'xx\n\nYou may use it. You must not sell it.';
    const split = splitUnits(text, 4, text.length);
    expect(split.map((u) => [u.start, u.end])).toEqual([
      [4, 19],
      [20, 41],
    ]);
  });
});

describe.skipIf(!corpusAvailable)('splitUnits on a corpus licence', () => {
  it('aligns findings of the Llama 3.1 licence to its sentences and list items', async () => {
    const { model, findings } = await corpusDocument('llama-3.1-community-license.txt');
    const quotes = findings.map((f) => f.quote);
    expect(quotes).toContain(
      'ii. If you receive Llama Materials, or any derivative works thereof, from a Licensee as part of an integrated end user product, then Section 2 of this Agreement will not apply to you.',
    );
    expect(quotes.some((q) => q.startsWith('2. Additional Commercial Terms. If, on the Llama 3.1 version release date'))).toBe(true);
    for (const f of findings) {
      expect(model.text.slice(f.start, f.end)).toBe(f.quote);
      // Units never straddle blocks.
      expect(model.blocks.some((b) => b.start <= f.start && f.end <= b.end)).toBe(true);
    }
  });
});
