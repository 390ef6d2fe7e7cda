import { describe, expect, it } from 'vitest';
import { readDefinition, readInlineDefinitions, readPartyLists } from '../../src/clauses/definitions';
import { readDocument } from '../../src/clauses/units';
import { corpusAvailable } from '../support/corpus';
import { corpusDocument, modelOf } from './snippet';

const span = { start: 0, end: 0 };

describe('definitions', () => {
  it('reads the common definition styles and tags terms by meaning', () => {
    expect(readDefinition('"Non-Commercial" shall mean for research or evaluation purposes only.', span, false)).toMatchObject({
      terms: ['Non-Commercial'],
      tags: new Set(['non-commercial']),
    });
    expect(readDefinition('"Licensee" or "you" means you, or your employer.', span, false)!.terms).toEqual(['Licensee', 'you']);
    expect(readDefinition('NonCommercial means not primarily intended for or directed towards commercial advantage.', span, false)!.tags).toEqual(
      new Set(['non-commercial']),
    );
    expect(readDefinition('"Produced Work" – a work resulting from using the Contents of this Database.', span, false)!.tags).toEqual(new Set(['output']));
    expect(readDefinition('Output: the text the Service returns.', span, true)!.terms).toEqual(['Output']);
    expect(readDefinition('Output: the text the Service returns.', span, false)).toBeNull();
    expect(readDefinition('"AUP" means the Stability AI Acceptable Use Policy available at https://stability.ai/use-policy.', span, false)!.tags).toEqual(
      new Set(['policy']),
    );
    const derivative = readDefinition('"Model Derivatives" means all modifications to Gemma. For clarity, Outputs are not deemed Model Derivatives.', span, false)!;
    expect(derivative.tags).toEqual(new Set(['derivative', 'derivative-output']));
  });

  it('reads inline definitions and tags a term defined as inputs and outputs as content', () => {
    const [content] = readInlineDefinitions('You may provide input ("Input") and receive output ("Output"). Input and Output are collectively "Content".', span).filter(
      (d) => d.terms[0] === 'Content',
    );
    expect(content.tags).toEqual(new Set(['content']));
  });

  it('applies a defined purpose term where the grant uses it', async () => {
    const model = await modelOf('"Permitted Purpose" means academic research and evaluation purposes only.\n\nAcme grants you a licence to use the Model for the Permitted Purpose.');
    const doc = readDocument(model);
    const grant = doc.units.find((u) => u.text.startsWith('Acme grants'))!;
    expect([...grant.termTags]).toContain('non-commercial');
  });
});

describe('party definitions', () => {
  it('tags the provider and the user side from their names and meanings', () => {
    expect(readDefinition('“Meta” or “we” means Meta Platforms Ireland Limited.', span, false)!.tags).toEqual(new Set(['provider']));
    expect(readDefinition('"Licensee" or "you" means you, or your employer.', span, false)!.tags).toEqual(new Set(['user-party']));
    expect(readDefinition('“Licensor” means the ChatGLM-6B Model Team that distributes its Software.', span, false)!.tags).toEqual(new Set(['provider']));
    expect(readDefinition('“Company” means the entity that accepts these Terms and uses the Services.', span, false)!.tags).toEqual(new Set(['user-party']));
    // Material is provided too, but it is not a party.
    expect(readDefinition('“Software” means the code that Acme provides under this Agreement.', span, false)!.tags.has('provider')).toBe(false);
  });

  it('reads names listed together in a parenthesis and the parties of a contract preamble', () => {
    expect(readPartyLists('Pelican Technologies, Inc. ("Pelican", "we", "our" or "us") provides the Services.', span)).toMatchObject([
      { terms: ['Pelican', 'we', 'our', 'us'], tags: new Set(['provider']) },
    ]);
    const preamble = readInlineDefinitions('This Agreement is between the organization agreeing to these terms (“Customer”) and Heron Labs Ltd (“Heron”).', span);
    expect(preamble.find((d) => d.terms[0] === 'Heron')!.tags).toEqual(new Set(['provider']));
    expect(preamble.find((d) => d.terms[0] === 'Customer')!.tags).toEqual(new Set(['user-party']));
  });
});

describe.skipIf(!corpusAvailable)('definitions in corpus licences', () => {
  it('finds the definitions section of the Stability AI Community License', async () => {
    const { model } = await corpusDocument('stability-ai-community-license-2024-07-05.md');
    const terms = readDocument(model).definitions.flatMap((d) => d.terms);
    expect(terms).toEqual(expect.arrayContaining(['Affiliate(s)', 'AUP', 'Derivative Work(s)', 'Research Purpose', 'Non-Commercial Purpose', 'Commercial Purpose']));
  });
});
