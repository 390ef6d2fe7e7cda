import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../support/corpus';
import { corpusDocument, findingsAt, findingsOf } from '../snippet';

const attr = (fs: Awaited<ReturnType<typeof findingsOf>>, phrase: string) => findingsAt(fs, phrase).find((f) => f.category === 'attribution');

describe.skipIf(!corpusAvailable)('attribution rules on corpus licences', () => {
  it('extracts the "Built with Llama" display and the "Llama" naming prefix', async () => {
    const { findings } = await corpusDocument('llama-3.1-community-license.txt');
    const display = attr(findings, 'prominently display “Built with Llama”')!;
    expect(display.facts.noticeText).toBe('Built with Llama');
    const prefix = attr(findings, 'include “Llama” at the beginning of any such AI model name')!;
    expect(prefix.facts.namePrefix).toBe('Llama');
    expect(prefix.explanation).toContain('"Llama" at the beginning');
  });

  it('finds the Apache licence-copy, change-notice, retained-notice and NOTICE-file duties', async () => {
    const { findings } = await corpusDocument('apache-2.0.txt');
    expect(attr(findings, 'a copy of this License')!.rule).toBe('attribution/licence-copy');
    expect(attr(findings, 'carry prominent notices stating that You changed the files')!.rule).toBe('attribution/change-notice');
    expect(attr(findings, 'all copyright, patent, trademark, and attribution notices')!.rule).toBe('attribution/retain-notices');
    expect(attr(findings, 'If the Work includes a "NOTICE" text file')).toBeDefined();
  });

  it('reads Creative Commons clauses that point at the Attribution section as attribution', async () => {
    const { findings } = await corpusDocument('cc-by-4.0-legalcode.txt');
    const byRef = attr(findings, 'You may satisfy the conditions in Section 3(a)(1)')!;
    expect(byRef.rule).toBe('attribution/section-reference');
    expect(byRef.explanation).toMatch(/Section 3\.a\.1.*“Attribution”/);
    // The no-endorsement clause mentions attribution but imposes no duty.
    expect(attr(findings, 'No endorsement.')).toBeUndefined();
  });

  it('does not flag a licence that only waives rights (CC0)', async () => {
    const { findings } = await corpusDocument('cc0-1.0-legalcode.txt');
    expect(findings.filter((f) => f.category === 'attribution')).toEqual([]);
  });
});

describe('attribution rules on paraphrases', () => {
  it('recognises notice, credit, naming and provenance duties worded differently', async () => {
    const fs = await findingsOf(
      [
        'You must display the phrase “Powered by Acme” on your product’s about page.',
        'The name of any fine-tuned model you release must begin with "Falcon".',
        'Redistributions must reproduce this notice.',
        'Credit must be given to Acme in any publication using the Model.',
        'You shall not strip or alter the watermarks embedded in generated images.',
        'Every copy you distribute shall be accompanied by a copy of this Licence.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'Powered by Acme')!.facts.noticeText).toBe('Powered by Acme');
    expect(attr(fs, 'must begin with')!.facts.namePrefix).toBe('Falcon');
    expect(attr(fs, 'reproduce this notice')).toBeDefined();
    expect(attr(fs, 'Credit must be given')).toBeDefined();
    expect(attr(fs, 'alter the watermarks')!.stance).toBe('prohibits');
    expect(attr(fs, 'accompanied by a copy of this Licence')!.rule).toBe('attribution/licence-copy');
  });

  it('does not read the licence name or an alt-text attribute as an attribution duty', async () => {
    const fs = await findingsOf('This dataset is described in the Open Data Commons Attribution License FAQ.\n\nWe parse the alt-text attribute of each image.');
    expect(fs.filter((f) => f.category === 'attribution')).toEqual([]);
  });

  it('recognises a quoted notice to be stated, a notice that follows, crediting the source and naming the origin', async () => {
    const fs = await findingsOf(
      [
        'Applications built with the Model shall prominently state "Uses Heron models" in their settings screen.',
        'Each copy of the Dataset must carry the following attribution statement: "Contains data from the Kite Project".',
        'You may share your images, provided that you credit Kite Studio as the creator in the caption.',
        'A model trained on the Weights must disclose in its documentation that it is based on Heron-2.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'Uses Heron models')!.facts.noticeText).toBe('Uses Heron models');
    expect(attr(fs, 'the following attribution statement')!.rule).toBe('attribution/retain-notices');
    expect(attr(fs, 'credit Kite Studio as the creator')!.stance).toBe('requires');
    expect(attr(fs, 'that it is based on Heron-2')!.stance).toBe('requires');
  });

  it('does not read a statement of what a document states, or credit for a purchase, as a notice duty', async () => {
    const fs = await findingsOf('This page states the terms that apply to the Model.\n\nUnused credits expire after twelve months.\n\nThe report shows "usage by model" for each month.');
    expect(fs.filter((f) => f.category === 'attribution')).toEqual([]);
  });

  it('reads notices to be duplicated in copies, and a notice in changed files saying how they changed', async () => {
    const fs = await findingsOf(
      [
        'Provided that you duplicate every copyright notice of the original authors, you may hand out copies of the Toolkit.',
        'Anyone who modifies a file must put a notice at its top stating when and how it was modified.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'duplicate every copyright notice')!.rule).toBe('attribution/retain-notices');
    expect(attr(fs, 'stating when and how it was modified')!.rule).toBe('attribution/change-notice');
  });

  it('reads telling recipients where to get the licence, shipping a named licence text, and a notice that the work is under it', async () => {
    const fs = await findingsOf(
      [
        'You must inform recipients of the Toolkit where they may obtain a copy of this Licence.',
        'Accompany the application with a copy of the Toolkit Public License and this license text.',
        'Put a prominent notice in every copy of the application saying that it is licensed under the Toolkit licence.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'where they may obtain a copy of this Licence')!.rule).toBe('attribution/licence-copy');
    expect(attr(fs, 'this license text')!.rule).toBe('attribution/licence-copy');
    expect(attr(fs, 'saying that it is licensed under')!.stance).toBe('requires');
  });

  it('reads an act that "requires attribution" as an attribution duty, and one that does not require it as none (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        '- Sharing adapted checkpoints with others requires attribution and a copy of this notice.',
        '- Publishing benchmark scores is subject to appropriate attribution to the Lab.',
        '- Internal experiments do not require attribution.',
      ].join('\n'),
    );
    expect(attr(fs, 'Sharing adapted checkpoints with others requires attribution')!.stance).toBe('requires');
    expect(attr(fs, 'is subject to appropriate attribution to the Lab')!.stance).toBe('requires');
    expect(attr(fs, 'Internal experiments do not require attribution')).toBeUndefined();
  });

  it('reads passing on "all credit or attribution information" received with the material as an attribution duty (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'When you share the Corpus, you must pass on all credit and attribution statements that came with it.',
        'You may share the Corpus with colleagues.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'pass on all credit and attribution statements')!.stance).toBe('requires');
    expect(attr(fs, 'You may share the Corpus with colleagues')).toBeUndefined();
  });

  it('does not read the provider’s promise to credit the reader ("with your permission, attribute your name …") as an attribution duty (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        'When a report is confirmed, we will:',
        '- With your consent, attribute your name and finding in any advisory we publish;',
        '- Reply within five business days.',
        '',
        'You must attribute the dataset to its authors in any publication.',
      ].join('\n'),
    );
    expect(attr(fs, 'attribute your name and finding')).toBeUndefined();
    expect(attr(fs, 'You must attribute the dataset')!.stance).toBe('requires');
  });

  it('reads "add “X” to the beginning of any such model name" (a translated licence’s naming rule) as a name prefix (compare probe round 2)', async () => {
    const fs = await findingsOf('If you publish a model fine-tuned from these weights, you should add "Orbit" to the beginning of the name of any such AI model.');
    const f = fs.find((x) => x.rule === 'attribution/name-prefix')!;
    expect(f.facts.namePrefix).toBe('Orbit');
    const none = await findingsOf('Add the notice to the beginning of the file and keep it there.');
    expect(none.some((x) => x.rule === 'attribution/name-prefix')).toBe(false);
  });

  it('reads naming the source and the authors, including a citation, and preserving the attribution to the makers as attribution duties (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'When you share the Lark Models you must state their source and the names of their authors.',
        'Any publication based on the Weights must include a citation to the Weights.',
        'Redistribution must preserve this licence and the attribution to Heron and Egret.',
        'You must state the source of any data you upload.',
        'The attribution of liability between the parties is set out in Section 9.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'state their source and the names of their authors')!.rule).toBe('attribution/attribution-duty');
    expect(attr(fs, 'must include a citation to the Weights')!.rule).toBe('attribution/attribution-duty');
    expect(attr(fs, 'preserve this licence and the attribution to Heron')).toBeDefined();
    expect(attr(fs, 'state the source of any data you upload')).toBeUndefined();
    expect(attr(fs, 'The attribution of liability')).toBeUndefined();
  });

  it('reads a duty to acknowledge the use of the material in a publication as attribution, not an acknowledgement that something is so (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'If you publish research that uses the Heron Weights, you must acknowledge the use of the Heron Weights in your paper as follows: “This work uses the Heron Weights.”',
        'You must acknowledge that the Heron Weights may contain errors.',
      ].join('\n\n'),
    );
    expect(attr(fs, 'you must acknowledge the use of the Heron Weights')!.rule).toBe('attribution/attribution-duty');
    expect(attr(fs, 'acknowledge that the Heron Weights may contain errors')).toBeUndefined();
  });
});
