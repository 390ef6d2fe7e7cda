import { describe, expect, it } from 'vitest';
import { extractFacts, parseAmount } from '../../src/clauses/facts';
import type { FindingFacts } from '../../src/clauses/types';

const facts = (names: Parameters<typeof extractFacts>[0], text: string): FindingFacts => extractFacts(names, text, {});

describe('fact extractors', () => {
  it('parses amounts with scale words, separators and suffixes', () => {
    expect(parseAmount('700', 'million')).toBe(700_000_000);
    expect(parseAmount('1,000,000')).toBe(1_000_000);
    expect(parseAmount('1.5', 'billion')).toBe(1_500_000_000);
    expect(parseAmount('1', 'M')).toBe(1_000_000);
  });

  it('reads user thresholds before or after the number', () => {
    expect(facts(['mauThreshold'], 'is greater than 700 million monthly active users in the preceding calendar month').mauThreshold).toBe(700_000_000);
    expect(facts(['mauThreshold'], 'your product or service has more than 100 million monthly active users').mauThreshold).toBe(100_000_000);
    expect(facts(['mauThreshold'], 'if your monthly active users exceed 2,000,000').mauThreshold).toBe(2_000_000);
  });

  it('reads revenue thresholds with their currency', () => {
    expect(facts(['revenueThreshold'], 'generate more than USD $1,000,000 in annual revenue')).toMatchObject({ revenueThreshold: 1_000_000, currency: 'USD' });
    expect(facts(['revenueThreshold'], 'annual revenue of less than US $1,000,000 (or local currency equivalent)')).toMatchObject({ revenueThreshold: 1_000_000, currency: 'USD' });
    expect(facts(['revenueThreshold'], 'companies with $1M annual revenue')).toMatchObject({ revenueThreshold: 1_000_000, currency: 'USD' });
    expect(facts(['revenueThreshold'], 'annual turnover above €2 million')).toMatchObject({ revenueThreshold: 2_000_000, currency: 'EUR' });
  });

  it('reads notice texts, naming prefixes and policy addresses', () => {
    expect(facts(['noticeText'], 'prominently display “Built with Llama” on a related website').noticeText).toBe('Built with Llama');
    expect(facts(['namePrefix'], 'you shall also include “Llama” at the beginning of any such AI model name.').namePrefix).toBe('Llama');
    expect(facts(['policyUrl'], 'the AUP (available at https://llama.meta.com/llama3_1/use-policy), which is').policyUrl).toBe('https://llama.meta.com/llama3_1/use-policy');
    expect(facts(['policyUrl'], 'Policy at ai.google.dev/gemma/prohibited_use_policy ("Prohibited Use Policy")').policyUrl).toBe('ai.google.dev/gemma/prohibited_use_policy');
  });

  it('reads territories, purposes and governing law', () => {
    expect(facts(['excludedTerritories'], 'if you are an individual domiciled in the European Union').excludedTerritories).toEqual(['European Union']);
    expect(facts(['purposeLimits'], 'for research or evaluation purposes only').purposeLimits).toEqual(['research', 'evaluation']);
    expect(facts(['purposeLimits'], 'for purposes other than commercial or production use').purposeLimits).toEqual(['non-commercial', 'non-production']);
    expect(facts(['jurisdiction'], 'will be governed by the laws of China, without regard to conflict of law principles').jurisdiction).toBe('China');
  });

  it('reads the notice after a quoted word, not the words between the two quotations', () => {
    expect(facts(['noticeText'], 'Every copy must come with a "Credits" page that carries the following notice: "Heron is offered under the Heron Terms".').noticeText).toBe(
      'Heron is offered under the Heron Terms',
    );
  });

  it('keeps both places of a governing law that names a country and one of its states, but not the courts named after it', () => {
    expect(facts(['jurisdiction'], 'is governed by the laws of the United States and the State of Oregon, without regard to its conflict of laws rules').jurisdiction).toBe(
      'United States and the State of Oregon',
    );
    expect(facts(['jurisdiction'], 'shall be governed by the laws of Ireland and the Irish courts shall have jurisdiction').jurisdiction).toBe('Ireland');
    expect(facts(['jurisdiction'], 'is governed by the laws of the People’s Republic of China').jurisdiction).toBe('People’s Republic of China');
  });

  it('states nothing when the clause states nothing', () => {
    expect(facts(['mauThreshold', 'revenueThreshold', 'noticeText', 'namePrefix', 'policyUrl'], 'You may use the Model.')).toEqual({});
  });
});
