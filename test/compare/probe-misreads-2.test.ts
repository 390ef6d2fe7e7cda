/**
 * Misreads found in the second probe round: real version pairs from public model repositories (a vendor's model
 * licence revised between releases, the same template reused for the next model) and counsel-style edits of
 * corpus documents, each replayed on text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareLoaded, expectWellFormed, loadText, reasonsOf } from './support';

async function compareTexts(before: string, after: string) {
  const [a, b] = await Promise.all([loadText(before, 'before.txt'), loadText(after, 'after.txt')]);
  const comparison = compareLoaded(a, b);
  expectWellFormed(comparison, a.model, b.model);
  return comparison;
}

describe('a sentence written after a definition made inside a grant', () => {
  const grant = (extra: string) => `ACME MODEL LICENCE

1. Research Licence. Acme grants you a worldwide, royalty-free licence to use and modify the Model for research.

2. Business Licence. Acme grants you a worldwide, royalty-free licence to use, copy and distribute the Model for any Business Use. "Business Use" means any use primarily intended for commercial advantage, including offering a paid service.${extra}

3. No Warranty. The Model is provided "as is", without warranties of any kind.
`;

  it('belongs to the grant, not to the definition: a territory carved out is not "the definition of Business Use changed"', async () => {
    const c = await compareTexts(grant(''), grant(' The licence in this Section 2 is not granted to you if you are domiciled in, or have your principal place of business in, the European Union.'));
    const reasons = reasonsOf(c);
    expect(reasons.filter((r) => r.kind === 'definition')).toEqual([]);
    expect(reasons.length).toBeGreaterThan(0);
  });

  it('a change inside the definition sentence itself is still the definition changed', async () => {
    const c = await compareTexts(grant(''), grant('').replace('including offering a paid service', 'including offering a paid service or internal business operations'));
    expect(reasonsOf(c).map((r) => r.summary)).toContainEqual(expect.stringMatching(/the definition of “Business Use” changed: “or internal business operations” added/));
  });

  it('a second sentence of a definition list entry is still the definition', async () => {
    const entry = (extra: string) => `DEFINITIONS

"Materials" means the model weights and the documentation Acme makes available.${extra}

"Licensee" means you.
`;
    const c = await compareTexts(entry(''), entry(' It also includes any inference code and training scripts that Acme distributes.'));
    expect(reasonsOf(c).map((r) => r.summary)).toContainEqual(expect.stringMatching(/the definition of “Materials” changed/));
  });
});

describe('a prohibition redrafted in other words', () => {
  const licence = (restriction: string) => `ACME MODEL LICENCE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. Restrictions. ${restriction} use, copy, modify or distribute the Model for any military or unlawful purpose.

3. No Warranty. The Model is provided "as is", without warranties of any kind.
`;

  it('"You will not" now "You are not allowed to" (or "You agree not to") forbids the same acts: no material change', async () => {
    for (const redrafted of ['You are not allowed to', 'You agree not to', 'You shall not']) {
      const c = await compareTexts(licence('You will not'), licence(redrafted));
      expect(c.changes.length, redrafted).toBeGreaterThan(0);
      expect(reasonsOf(c), redrafted).toEqual([]);
    }
  });

  it('"derivative works of the Model, in whole or in part" now "all or part of the derivative works of the Model" is the same extent', async () => {
    const before = licence('You will not').replace('use, copy, modify or distribute the Model', 'use, copy, or create derivative works of the Model, in whole or in part,');
    const after = licence('You are not allowed to').replace('use, copy, modify or distribute the Model', 'use, copy, or create all or part of the derivative works of the Model');
    const c = await compareTexts(before, after);
    expect(c.changes.length).toBeGreaterThan(0);
    expect(reasonsOf(c)).toEqual([]);
  });

  it('a "not" moved from one verb to another of the same clause still changes it', async () => {
    const terms = (first: string, second: string) => `ACME MODEL LICENCE\n\n1. Terms. You ${first} distribute the Model, and you ${second} modify the Model.\n`;
    const c = await compareTexts(terms('may not', 'may'), terms('may', 'may not'));
    expect(reasonsOf(c).length).toBeGreaterThan(0);
  });

  it('a prohibition turned into a permission, or a permission into a prohibition, is still material', async () => {
    const loosened = await compareTexts(licence('You will not'), licence('You may'));
    expect(reasonsOf(loosened).length).toBeGreaterThan(0);
    const tightened = await compareTexts(licence('You may'), licence('You are not allowed to'));
    expect(reasonsOf(tightened).length).toBeGreaterThan(0);
  });
});

describe('a one-word heading made plural', () => {
  it('is that heading modified in place ("Restriction" now "Restrictions"), not one heading deleted and another inserted', async () => {
    const licence = (heading: string) => `ACME MODEL LICENCE

1. Grant

Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. ${heading}

You will not use the Model for any military or unlawful purpose.

3. Disclaimer

The Model is provided "as is", without warranties of any kind.
`;
    const c = await compareTexts(licence('Restriction'), licence('Restrictions'));
    expect(c.changes.map((ch) => ch.kind)).toEqual(['modified']);
    expect(c.changes[0].material).toBe(false);
    expect(c.changes[0].summary).toMatch(/“Restriction” replaced by “Restrictions”/);
  });

  it('a heading replaced by another subject is still deleted and inserted', async () => {
    const licence = (heading: string, body: string) => `ACME MODEL LICENCE

1. Grant

Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. ${heading}

${body}
`;
    const c = await compareTexts(licence('Restrictions', 'You will not use the Model for any military purpose.'), licence('Feedback', 'Acme welcomes comments sent to its published address.'));
    expect(c.changes.some((ch) => ch.kind === 'modified' && /“Restrictions” replaced by “Feedback”/.test(ch.summary))).toBe(false);
  });
});

describe('a clause saying where disputes are decided', () => {
  const licence = (forum: string) => `ACME MODEL LICENCE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. Governing Law. This Licence is governed by the laws of England and Wales.${forum}

3. No Warranty. The Model is provided "as is", without warranties of any kind.
`;

  it('written in where the forum was only named in words the rules do not read, is a material change of governing law', async () => {
    const c = await compareTexts(
      licence(' Any dispute under this Licence shall be brought before the district court where Acme has its registered office.'),
      licence(' Any dispute under this Licence shall be finally settled by arbitration under the rules of the London Court of International Arbitration.'),
    );
    const reasons = reasonsOf(c).filter((r) => r.category === 'governing-law');
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0].change.material).toBe(true);
  });

  it('struck out, is a material change of governing law', async () => {
    const c = await compareTexts(licence(' Any dispute under this Licence shall be finally settled by arbitration under the rules of the London Court of International Arbitration.'), licence(''));
    const removed = reasonsOf(c).find((r) => r.category === 'governing-law');
    expect(removed?.kind).toBe('clause-removed');
    expect(removed?.summary).toMatch(/^Governing law: the clause saying where disputes are decided was removed/);
  });

  it('a definition added or removed without a fact is still no change of terms by itself', async () => {
    const defs = (extra: string) => `ACME MODEL LICENCE

1. Definitions. "Model" means the weights Acme publishes.${extra}

2. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.
`;
    const c = await compareTexts(defs(''), defs(' "Derivative" means any modification of the Model, including a fine-tuned copy.'));
    expect(reasonsOf(c).filter((r) => r.kind === 'clause-added' && /definition/.test(r.summary))).toEqual([]);
  });
});

describe('a vendor adapting a template licence names itself for the template party', () => {
  const licence = (grantor: string, warrantor: string) => `ACME MODEL LICENCE

1. Grant of Copyright License. Subject to the terms of this License, ${grantor} hereby grants to You a perpetual, worldwide, non-exclusive, royalty-free copyright license to reproduce and distribute the Model.

2. Disclaimer of Warranty. ${warrantor} provides the Model on an "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND.
`;

  it('"each Contributor" now "Acme" is a party renamed, not a grant whose scope changed', async () => {
    const c = await compareTexts(licence('each Contributor', 'any Contributor'), licence('Acme', 'Acme'));
    expect(c.changes.length).toBeGreaterThan(0);
    expect(reasonsOf(c)).toEqual([]);
  });

  it('a quantifier that is no part of a name still counts: "each Contributor" now "no Contributor"', async () => {
    const c = await compareTexts(licence('each Contributor', 'Acme'), licence('no Contributor', 'Acme'));
    expect(reasonsOf(c).length).toBeGreaterThan(0);
  });
});

describe('a whole definition written in or struck out', () => {
  const defs = (licensor: string, extra: string) => `ACME MODEL LICENCE

1. Definitions.

${licensor}

"Model" means the weights published with this Licence.${extra}

2. Grant. The Licensor grants You a worldwide, royalty-free licence to use the Model.
`;

  it('of a party is said as that definition removed and added, not as a modal in an unflagged clause', async () => {
    const c = await compareTexts(
      defs('"Licensor" means the copyright owner or any entity that may have rights in the Model and is distributing it.', ''),
      defs('"Acme" (or "we") means Acme Research Holdings Ltd. and its affiliates.', ''),
    );
    const summaries = reasonsOf(c).map((r) => r.summary);
    expect(summaries).toContainEqual(expect.stringMatching(/^Definitions: the definition of “Licensor” was removed \(“"Licensor" means the copyright owner/));
    expect(summaries).toContainEqual(expect.stringMatching(/^Definitions: the definition of “Acme” was added/));
    expect(summaries.filter((s) => /the wording of a clause changed/.test(s))).toEqual([]);
  });

  it('of anything else sets no term by itself', async () => {
    const c = await compareTexts(defs('"Licensor" means Acme.', ''), defs('"Licensor" means Acme.', '\n\n"Contribution" means any work that may be submitted to the Licensor for inclusion in the Model.'));
    expect(c.changes.length).toBeGreaterThan(0);
    expect(reasonsOf(c)).toEqual([]);
  });
});

describe('what an attribution clause makes licensees keep', () => {
  const licence = (notices: string) => `ACME MODEL LICENCE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. Notices. ${notices} shall be included in all copies or substantial portions of the Model.
`;

  it('narrowed from the copyright notice and the licence to the licence alone is a material change of attribution', async () => {
    const c = await compareTexts(licence('The above copyright notice and this permission notice'), licence('The licence notice'));
    const reason = reasonsOf(c).find((r) => r.category === 'attribution');
    expect(reason?.summary).toMatch(/^Attribution: the wording of .* changed: “above copyright notice and this permission” replaced by “licence”/);
  });

  it('the same notices called by another name ("this permission notice" now "this licence notice") is not', async () => {
    const c = await compareTexts(licence('The above copyright notice and this permission notice'), licence('The copyright notice and this licence notice'));
    expect(c.changes.length).toBeGreaterThan(0);
    expect(reasonsOf(c)).toEqual([]);
  });
});

describe('a restriction that disappears while the sentence is redrafted around it', () => {
  it('names the edit in its own subject, even when much of the sentence changed and the quote is cut before it', async () => {
    const licence = (restriction: string) => `ACME MODEL LICENCE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. Restrictions. ${restriction}

3. No Warranty. The Model is provided "as is", without warranties of any kind.
`;
    const c = await compareTexts(
      licence('You will not use, reproduce, adapt, merge, publish, distribute, sell, or create derivative works of the Model, in whole or in part, for any commercial, military, or unlawful purposes.'),
      licence('You are not allowed to use, adapt, merge, publish, distribute, copy or create all or part of the derivative works of this model for any military or unlawful purposes.'),
    );
    const removed = reasonsOf(c).find((r) => r.category === 'commercial-use' && r.kind === 'clause-removed');
    expect(removed?.summary).toMatch(/^Commercial use: .* was removed by the edit “commercial” removed \(“2\. Restrictions\. You will not use/);
  });
});

describe('one use restriction struck from a licence that incorporates a use policy', () => {
  it('is not said as the policy taken out of the document', async () => {
    const licence = (restriction: string) => `ACME MODEL LICENCE AGREEMENT

1. Licence. Acme grants You a worldwide, royalty-free licence to use, reproduce and distribute the Materials, only in accordance with this Agreement and the Acceptable Use Policy, which is incorporated by reference.

2. Restrictions.

a. Your use of the Materials must comply with applicable laws and with the Acceptable Use Policy.
${restriction}
3. Disclaimer. THE MATERIALS ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND.
`;
    const c = await compareTexts(licence('\nb. You must not use the Materials or any Output to improve any other large language model.\n'), licence(''));
    const policy = c.summaryChanges.find((s) => s.field === 'acceptableUse');
    // The answer moves from "embedded" to "by reference", but no policy was taken out of the document.
    expect(policy?.summary).toBe('Acceptable use: use restrictions written into the document were removed; the answer now rests on the policy it incorporates by reference');
    expect(reasonsOf(c).some((r) => r.category === 'output-ownership')).toBe(true);
  });
});

describe('a liability cap measured in months spelled out, in a clause set in capitals', () => {
  const licence = (months: string) => `ACME SERVICES AGREEMENT

1. Services. Acme will provide the Services to Customer.

2. Limitation of Liability. EACH PARTY’S TOTAL LIABILITY UNDER THE AGREEMENT WILL NOT EXCEED THE TOTAL AMOUNT CUSTOMER PAID TO ACME DURING THE ${months} MONTHS IMMEDIATELY PRIOR TO THE EVENT GIVING RISE TO LIABILITY.
`;

  it('shortened from twelve to three months is a material change of the cap', async () => {
    const c = await compareTexts(licence('TWELVE'), licence('THREE'));
    const reason = reasonsOf(c).find((r) => r.category === 'liability-warranty');
    expect(reason?.summary).toMatch(/“TWELVE” replaced by “THREE”/);
    // Words in capitals are no party's name ("TWELVE" now "THREE" is not one party named for another).
    expect(reason?.summary).toMatch(/^Liability: the wording of the limitation or exclusion of the provider’s liability changed/);
  });

  it('a quantifier changed in a clause set in capitals still counts ("EACH PARTY’S" now "ANY PARTY’S")', async () => {
    const c = await compareTexts(licence('TWELVE'), licence('TWELVE').replace('EACH PARTY’S', 'ANY PARTY’S'));
    expect(reasonsOf(c).length).toBeGreaterThan(0);
  });
});

describe('the seat of an arbitration moved', () => {
  const terms = (seat: string) => `ACME SERVICES AGREEMENT

1. Services. Acme will provide the Services to Customer.

2. Arbitration. Customer and Acme agree to resolve any dispute through final and binding arbitration. The arbitration will be conducted by video conference or in person in ${seat} or at another mutually agreed location.
`;

  it('is a material change of where disputes are decided, said with the places', async () => {
    const c = await compareTexts(terms('San Francisco, California'), terms('London, England'));
    const reason = reasonsOf(c).find((r) => r.category === 'governing-law');
    expect(reason?.summary).toMatch(/^Governing law: the wording of the clause saying where disputes are decided changed: “San Francisco, California” replaced by “London, England”/);
  });

  it('a party named for another in the same clause is no new forum', async () => {
    const c = await compareTexts(terms('London, England'), terms('London, England').replace('Customer and Acme agree', 'Client and Acme agree'));
    expect(reasonsOf(c).filter((r) => r.category === 'governing-law')).toEqual([]);
  });
});
