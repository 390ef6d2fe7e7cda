/**
 * The commercial-use answer on edits and clauses that decide it: a limited grant wherever it sits, fees and
 * royalties, and the things that only look like limits (a trial, charging for support, a paid service's price).
 */
import { describe, expect, it } from 'vitest';
import { summariseDocument } from '../../src/assess';
import { detectClauses } from '../../src/clauses';
import { importDocument } from '../../src/ingest';
import { corpusAvailable, DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';
import { modelOf } from '../clauses/snippet';

async function commercialOf(text: string, name = 'terms.md') {
  const model = await modelOf(text, name);
  const a = summariseDocument(model, detectClauses(model), null);
  return { value: a.commercialUse, condition: a.commercialCondition };
}

/** The corpus Apache-2.0 text with one edit made the way a vendor would slip it in. */
async function editedApache(edit: (text: string) => string) {
  const original = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'apache-2.0.txt'));
  const text = edit(original);
  expect(text).not.toBe(original);
  const model = await importDocument(new TextEncoder().encode(text), 'vendor-licence.txt');
  return summariseDocument(model, detectClauses(model), null);
}

describe.skipIf(!corpusAvailable)('a standard licence silently edited', () => {
  it('Apache-2.0 as published is permitted', async () => {
    expect((await editedApache((t) => `${t}\n`)).commercialUse).toBe('permitted');
  });

  it('Apache-2.0 with "non-commercial" inserted into its copyright grant is non-commercial, patent grant and support fees notwithstanding', async () => {
    const a = await editedApache((t) => t.replace(/irrevocable(\s+)copyright license/, 'irrevocable non-commercial$1copyright license'));
    expect(a.commercialUse).toBe('non-commercial');
    expect(a.commercialCondition).toMatch(/non-commercial/);
  });

  it('Apache-2.0 whose grant is limited to research and evaluation purposes is non-commercial', async () => {
    const a = await editedApache((t) => t.replace(/in Source or Object form\.\n/, 'in Source or Object form, for research and evaluation purposes.\n'));
    expect(a.commercialUse).toBe('non-commercial');
  });

  it('Apache-2.0 with an annual licence fee added to its grant is conditional', async () => {
    const a = await editedApache((t) => t.replace(/Subject to the terms and conditions of\s+this License, each Contributor hereby grants to You a perpetual/, 'Subject to payment of a licence fee of USD 5,000 per year and to the terms and conditions of this License, each Contributor hereby grants to You a perpetual'));
    expect(a.commercialUse).toBe('conditional');
    expect(a.commercialCondition).toMatch(/fee, royalty or revenue share/);
  });
});

describe('grants limited by purpose', () => {
  it.each([
    'Licensor grants you a non-exclusive licence to use and modify the Model for internal evaluation purposes.',
    'Licensor grants you a non-exclusive licence to use the Model for research and testing purposes.',
    'Licensor grants you a personal licence to use the Model for your personal use.',
    'Licensor hereby grants you a worldwide, royalty-free, irrevocable non-commercial licence to reproduce and distribute the Model.',
  ])('non-commercial: %s', async (grant) => {
    expect((await commercialOf(`${grant}\n\nYou may charge a fee for support services you offer.`)).value).toBe('non-commercial');
  });

  it.each([
    'Licensor grants you a non-exclusive licence to use the Software for your internal business purposes.',
    'Licensor grants you a non-exclusive licence to use the Model for any purpose, including research and commercial purposes.',
  ])('permitted: %s', async (grant) => {
    expect((await commercialOf(grant)).value).toBe('permitted');
  });

  it('a limit on a trial or beta is not a limit on the licence', async () => {
    const r = await commercialOf(
      'Subject to these Terms, Acme grants you a right to access and use the Services.\n\nFree trials of the Services are provided for evaluation purposes only and may not be used in production.',
    );
    expect(r.value).toBe('permitted');
  });
});

describe('fees, royalties and gates', () => {
  it('a royalty on revenue, a revenue share and a licence fee make commercial use conditional', async () => {
    for (const clause of [
      'For Commercial Use you shall pay Licensor a royalty of 5% of the gross revenues attributable to the Model.',
      'Commercial deployments are subject to a revenue share of fifteen percent, payable quarterly to the Licensor.',
      'A licence fee of EUR 2,000 is payable for each production deployment of the Model.',
    ]) {
      const r = await commercialOf(`Licensor grants you a worldwide licence to use and distribute the Model.\n\n${clause}`);
      expect(r.value, clause).toBe('conditional');
      expect(r.condition, clause).toMatch(/fee, royalty or revenue share is payable/);
    }
  });

  it('notice to the licensor before commercial use is a gate', async () => {
    const r = await commercialOf('Licensor grants you a licence to use the Model.\n\nYou must notify Licensor in writing before using the Model for commercial purposes.');
    expect(r.value).toBe('conditional');
  });

  it('royalty-free grants, waived royalties and the price of a paid service are not conditions', async () => {
    for (const text of [
      'Licensor grants you a perpetual, worldwide, royalty-free licence to use, reproduce and distribute the Model.',
      'Licensor grants you a licence to use the Model. The Licensor waives the right to collect royalties for any use of the Model.',
      'Subject to your payment of the applicable fees, Acme grants you a right to access and use the Services.\n\nCustomer will pay the fees set out in the Order Form.',
      'You may not impose a license fee, royalty, or other charge for exercise of rights granted under this License.\n\nYou may convey copies of the Program.',
    ]) {
      expect((await commercialOf(text)).value, text).toBe('permitted');
    }
  });

  it('an exception carved out of a ban ("except as expressly approved by us") does not gate use', async () => {
    const r = await commercialOf(
      'Subject to these Terms, Acme grants you a right to access and use the Services.\n\nYou may not use the Services to build a competing product, except as expressly approved by Acme.',
    );
    expect(r.value).toBe('permitted');
  });
});

describe('a cap on use counted per month (probe round 8)', () => {
  it('makes commercial use conditional and names the cap in the condition', async () => {
    const { value, condition } = await commercialOf(
      [
        '# Heron Video Model Licence',
        'Heron grants you a worldwide, royalty-free licence to use, reproduce and distribute the Heron Weights.',
        'Your commercial services built on the Heron Weights must not exceed 1 million visits per month; above that, contact us for a further commercial licence.',
      ].join('\n\n'),
      'heron-licence.md',
    );
    expect(value).toBe('conditional');
    expect(condition).toMatch(/1 million visits per month/);
  });
});
