import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../support/corpus';
import { corpusDocument, findingsAt, findingsOf } from '../snippet';

const cats = (fs: Awaited<ReturnType<typeof findingsOf>>, phrase: string) => findingsAt(fs, phrase).map((f) => f.category);

describe.skipIf(!corpusAvailable)('extended categories on a corpus licence', () => {
  it('flags warranty, liability, termination and governing law in the Llama 3.1 licence', async () => {
    const { findings } = await corpusDocument('llama-3.1-community-license.txt');
    expect(cats(findings, 'PROVIDED ON AN “AS IS” BASIS')).toContain('liability-warranty');
    expect(cats(findings, 'IN NO EVENT WILL META OR ITS AFFILIATES BE LIABLE')).toContain('liability-warranty');
    expect(cats(findings, 'Meta may terminate this Agreement if you are in breach')).toContain('termination');
    const law = findingsAt(findings, 'governed and construed under the laws of the State of California').find((f) => f.category === 'governing-law')!;
    expect(law.facts.jurisdiction).toBe('State of California');
    expect(cats(findings, 'you are and will be the owner of such derivative works and modifications')).toContain('derivatives');
  });

  it('flags the provider’s right to change an incorporated policy', async () => {
    const { findings } = await corpusDocument('gemma-prohibited-use-policy-2024-02-21.md');
    expect(cats(findings, 'Google reserves the right to update this Gemma Prohibited Use Policy')).toContain('licence-changes');
  });
});

describe('extended categories on paraphrases', () => {
  it('recognises the same clauses worded differently', async () => {
    const fs = await findingsOf(
      [
        'This Agreement is governed by the laws of England and Wales, and the courts of London have exclusive jurisdiction.',
        'Acme may amend these terms at any time by posting a revised version.',
        'Your continued use of the Service after the change constitutes acceptance of the revised terms.',
        'We may suspend your access if you breach this Agreement.',
        'You will indemnify Acme against any claim arising from your use of the Model.',
        'We may use your content to train and improve our models; you can opt out in settings.',
      ].join('\n\n'),
    );
    const law = findingsAt(fs, 'laws of England and Wales').find((f) => f.category === 'governing-law')!;
    expect(law.facts.jurisdiction).toBe('England and Wales');
    expect(cats(fs, 'amend these terms')).toContain('licence-changes');
    expect(cats(fs, 'continued use of the Service')).toContain('licence-changes');
    expect(cats(fs, 'suspend your access if you breach')).toContain('termination');
    expect(cats(fs, 'You will indemnify Acme')).toContain('liability-warranty');
    expect(cats(fs, 'train and improve our models')).toContain('data-and-training');
  });

  it('reads a forum named by "a competent court in …" and a law named by its adjective ("Irish law will apply"), not a court of competent jurisdiction (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'A dispute about business use must be resolved in a competent court in Portugal and Portuguese law will apply to it.',
        'Scottish law governs these Terms.',
        'If a court of competent jurisdiction holds any provision unenforceable, the remaining provisions stay in effect.',
      ].join('\n\n'),
    );
    const law = (phrase: string) => findingsAt(fs, phrase).find((f) => f.category === 'governing-law');
    expect(law('a competent court in Portugal')!.facts.jurisdiction).toBe('Portugal');
    expect(law('Scottish law governs')!.facts.jurisdiction).toBe('Scottish law');
    expect(law('a court of competent jurisdiction')).toBeUndefined();
  });

  it('reads a law named by its place ("Delaware law will govern", "New Jersey law applies", "construed under Swiss law"), not a kind of law at the start of a sentence', async () => {
    const fs = await findingsOf(
      [
        'Delaware law will govern this Agreement and any claim arising from it.',
        'New Jersey law applies to every dispute about the Platform.',
        'Your subscription is construed under Swiss law, without regard to its conflict of laws rules.',
        'Applicable law will apply where it cannot be excluded by contract.',
        'Consumer law will apply in the country where you live.',
      ].join('\n\n'),
    );
    const law = (phrase: string) => findingsAt(fs, phrase).find((f) => f.category === 'governing-law');
    expect(law('Delaware law will govern')!.facts.jurisdiction).toBe('Delaware law');
    expect(law('New Jersey law applies')!.facts.jurisdiction).toBe('New Jersey law');
    expect(law('construed under Swiss law')!.facts.jurisdiction).toBe('Swiss law');
    expect(law('Applicable law will apply')).toBeUndefined();
    expect(law('Consumer law will apply')).toBeUndefined();
  });

  it('reads a forum named by where a party is ("the court where the Licensor is located") or by submission to a jurisdiction (compare probe round 2)', async () => {
    const fs = await findingsOf(
      [
        'Any dispute under this Licence shall be brought before the people’s court where the Licensor is domiciled.',
        'The parties submit to the jurisdiction of the tribunals of Geneva.',
        'You must be located where the Service is offered.',
      ].join('\n\n'),
    );
    const forum = (phrase: string) => findingsAt(fs, phrase).find((f) => f.rule === 'governing-law/forum');
    expect(forum('court where the Licensor is domiciled')).toBeDefined();
    expect(forum('submit to the jurisdiction of')).toBeDefined();
    expect(findingsAt(fs, 'located where the Service').some((f) => f.category === 'governing-law')).toBe(false);
  });

  it('reads the user\u2019s "will not" / "agree not to" modify as terms for modifying, as "shall not" is; not the provider\u2019s (compare probe round 2)', async () => {
    const fs = await findingsOf(
      [
        'You will not alter, modify or adapt the Weights except as this Licence allows.',
        'Licensee agrees not to prepare derivative works of the Software.',
        'Acme will not modify Customer Data.',
      ].join('\n\n'),
    );
    const derivatives = (phrase: string) => findingsAt(fs, phrase).some((f) => f.rule === 'derivatives/modification-terms');
    expect(derivatives('You will not alter, modify')).toBe(true);
    expect(derivatives('agrees not to prepare derivative works')).toBe(true);
    expect(derivatives('Acme will not modify')).toBe(false);
  });

  it('reads the provider\u2019s own changes to its service or to outputs as no term for modifying, unless the sentence also binds the user', async () => {
    const fs = await findingsOf(
      [
        'We may filter, block or modify outputs that breach this Policy.',
        'We may change or modify the Platform at any time without notice.',
        'We may modify the Weights from time to time, but you shall not modify the Weights.',
      ].join('\n\n'),
    );
    const derivatives = (phrase: string) => findingsAt(fs, phrase).some((f) => f.rule === 'derivatives/modification-terms');
    expect(derivatives('block or modify outputs')).toBe(false);
    expect(derivatives('change or modify the Platform')).toBe(false);
    expect(derivatives('but you shall not modify')).toBe(true);
  });

  it('keeps the state or country that places a forum\'s city or county ("courts in Harris County, Texas", "courts of Portland, Oregon"), and not the next clause\'s first word (probe round 9; known weak spot c)', async () => {
    const fs = await findingsOf(
      [
        'The exclusive venue for any judicial action will be the state and federal courts in Harris County, Texas, and the parties consent to their jurisdiction.',
        'All claims will be brought exclusively in the federal or state courts of Portland, Oregon.',
        'Claims against Heron may be brought only in the courts of Ireland, Customer agrees.',
      ].join('\n\n'),
    );
    const law = (phrase: string) => findingsAt(fs, phrase).find((f) => f.category === 'governing-law');
    expect(law('courts in Harris County, Texas')!.facts.jurisdiction).toBe('Harris County, Texas');
    expect(law('courts of Portland, Oregon')!.facts.jurisdiction).toBe('Portland, Oregon');
    expect(law('courts of Ireland, Customer agrees')!.facts.jurisdiction).toBe('Ireland');
  });
});
