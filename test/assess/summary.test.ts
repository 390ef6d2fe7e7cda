import { describe, expect, it } from 'vitest';
import { summariseDocument } from '../../src/assess';
import { detectClauses } from '../../src/clauses';
import { corpusAvailable, loadLabels } from '../support/corpus';
import { corpusDocument, modelOf } from '../clauses/snippet';

async function summarise(text: string) {
  const model = await modelOf(text);
  const findings = detectClauses(model);
  return { assessment: summariseDocument(model, findings, null), findings };
}

describe('summariseDocument on licences written for the test', () => {
  it('a research-only model licence is non-commercial, with a condition built from its purposes', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Acme Research Model Licence',
        '"Permitted Purpose" means academic research and evaluation purposes only.',
        'Acme grants you a non-exclusive licence to use and modify the Model for the Permitted Purpose.',
        'For any other use, you must request a separate licence from Acme.',
        'You must give recipients a copy of this Licence.',
      ].join('\n\n'),
    );
    expect(assessment.commercialUse).toBe('non-commercial');
    expect(assessment.commercialCondition).toMatch(/^Licensed for non-commercial.*purposes only; commercial use needs a separate licence/);
    expect(assessment.attributionRequired).toBe(true);
    expect(assessment.outputOwnership).toBe('not-addressed');
    expect(assessment.acceptableUse).toBe('none');
    const ids = new Set(findings.map((f) => f.id));
    for (const list of Object.values(assessment.decidedBy)) for (const id of list) expect(ids.has(id)).toBe(true);
  });

  it('a licence with a revenue cap and registration is conditional, and says both in its condition', async () => {
    const { assessment } = await summarise(
      [
        'Acme grants you a worldwide licence to use the Model for any purpose, including commercial purposes.',
        'If you use the Model for a commercial purpose you must register with Acme.',
        'If your annual revenue exceeds USD 2,000,000, this licence ends and you must obtain an enterprise licence from Acme.',
        'Acme claims no rights in the outputs you generate.',
        'Your use must comply with the Acme Acceptable Use Policy, which is incorporated by reference.',
      ].join('\n\n'),
    );
    expect(assessment).toMatchObject({ commercialUse: 'conditional', outputOwnership: 'not-claimed', acceptableUse: 'by-reference', attributionRequired: false });
    expect(assessment.commercialCondition).toMatch(/USD 2 million in annual revenue/);
    expect(assessment.commercialCondition).toMatch(/register/);
  });

  it('service terms that assign outputs to the customer and list prohibited uses', async () => {
    const { assessment } = await summarise(
      [
        'Subject to these Terms, Acme grants you a non-exclusive right to access and use the Services.',
        'As between you and Acme, you own all Output. Acme hereby assigns to you all its right, title and interest in Output.',
        'You must not use the Services to:',
        '- use Output to develop models that compete with Acme;',
        '- generate spam.',
      ].join('\n\n'),
    );
    expect(assessment).toMatchObject({ commercialUse: 'permitted', outputOwnership: 'user', outputRestrictions: true, acceptableUse: 'embedded' });
    expect(assessment.commercialCondition).toBeNull();
  });

  it('a document that addresses none of it says so', async () => {
    const { assessment } = await summarise('# Release notes\n\nThis release improves speed and fixes bugs in the tokenizer.');
    expect(assessment).toMatchObject({ commercialUse: 'not-addressed', attributionRequired: false, outputOwnership: 'not-addressed', acceptableUse: 'none', outputRestrictions: false });
  });

  it('uses reference facts only for what the findings leave open', async () => {
    const model = await modelOf('# Notes\n\nSee the attached terms.');
    const findings = detectClauses(model);
    const license = { id: 'cc-by-nc-4.0', name: 'CC BY-NC 4.0', score: 1, match: 'exact' as const, start: 0, end: model.text.length };
    const reference = {
      kind: 'open-source-license' as const,
      commercialUse: 'non-commercial' as const,
      commercialCondition: 'NonCommercial purposes only.',
      attributionRequired: true,
      outputOwnership: 'not-addressed' as const,
      outputRestrictions: false,
      acceptableUse: 'none' as const,
    };
    const a = summariseDocument(model, findings, license, reference);
    expect(a).toMatchObject({ commercialUse: 'non-commercial', attributionRequired: true, kind: 'open-source-license' });
    expect(a.decidedBy.commercialUse).toEqual(['license:cc-by-nc-4.0']);
  });
});

describe.skipIf(!corpusAvailable)('summariseDocument on corpus documents (clause findings only)', () => {
  const labels = new Map(loadLabels().map((l) => [l.file, l]));
  it.each([
    'llama-3.1-community-license.txt',
    'cc-by-nc-4.0-legalcode.txt',
    'stability-ai-community-license-2024-07-05.md',
    'chatgpt-commercial-terms-2026-08-22.md',
    'gemma-terms-of-use-2025-03-24.txt',
    'tongyi-qianwen-research-license-agreement.txt',
  ])('%s matches its gold label', async (file) => {
    const { model, findings } = await corpusDocument(file);
    const a = summariseDocument(model, findings, null);
    const gold = labels.get(file)!;
    expect({ commercialUse: a.commercialUse, attributionRequired: a.attributionRequired, outputOwnership: a.outputOwnership, acceptableUse: a.acceptableUse }).toEqual({
      commercialUse: gold.commercial_use,
      attributionRequired: gold.attribution_required,
      outputOwnership: gold.output_ownership,
      acceptableUse: gold.acceptable_use,
    });
    if (a.commercialUse === 'conditional' || a.commercialUse === 'non-commercial') expect(a.commercialCondition).toMatch(/\.$/);
  });

  it('states the Llama condition with its threshold', async () => {
    const { model, findings } = await corpusDocument('llama-3.1-community-license.txt');
    expect(summariseDocument(model, findings, null).commercialCondition).toMatch(/700 million monthly active users/);
  });
});
