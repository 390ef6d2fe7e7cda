/**
 * Misreads of the fourth comparison round: known weak spots (a sentence moved inside its paragraph, a defined term
 * renamed throughout, the scope of the agreement widened or narrowed), each replayed on text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { renderComparisonHtml } from '../../src/compare/html';
import { compareLoaded, expectWellFormed, loadText, reasonsOf } from './support';

async function compareTexts(before: string, after: string, name = 'terms.md') {
  const [a, b] = await Promise.all([loadText(before, `before-${name}`), loadText(after, `after-${name}`)]);
  const comparison = compareLoaded(a, b);
  expectWellFormed(comparison, a.model, b.model);
  return comparison;
}

describe('a defined term renamed throughout', () => {
  const licence = (term: string, grant = 'use, reproduce and modify') => `# Acme Model License

1. Definitions. "${term}" means the model weights, code and documentation made available by Acme under this License.

2. Grant. Acme grants you a non-exclusive, worldwide, royalty-free license to ${grant} the ${term}.

3. Redistribution. If you distribute the ${term} or any part of the ${term}, you must include a copy of this License.

4. Restrictions. You will not use the ${term} to develop competing foundation models.
`;

  it('whose name shares a word with the old one ("Licensed Materials" now "Model Materials") is said once, with its places, and nothing is material', async () => {
    const c = await compareTexts(licence('Licensed Materials'), licence('Model Materials'));
    expect(c.termRenames).toEqual([
      expect.objectContaining({ from: 'Licensed Materials', to: 'Model Materials', places: 5, summary: expect.stringMatching(/^The defined term “Licensed Materials” was renamed “Model Materials” throughout; 5 places/) }),
    ]);
    expect(c.termRenames[0].changeIds).toEqual(c.changes.map((ch) => ch.id));
    expect(c.changes.every((ch) => !ch.material && ch.renamedTerm?.from === 'Licensed Materials')).toBe(true);
    expect(c.materialSummary).toEqual([]);
  });

  it('is said once in the HTML report, under the material changes', async () => {
    const [a, b] = await Promise.all([loadText(licence('Licensed Materials'), 'before.md'), loadText(licence('Model Materials'), 'after.md')]);
    const html = renderComparisonHtml(compareLoaded(a, b), a.model, b.model);
    const material = html.slice(html.indexOf('<section id="material">'), html.indexOf('</section>', html.indexOf('<section id="material">')));
    expect(material).toContain('The defined term “Licensed Materials” was renamed “Model Materials” throughout; 5 places');
  });

  it('a paragraph that also changes a term of the grant is no rename-only place: it stays material', async () => {
    const c = await compareTexts(licence('Licensed Materials'), licence('Model Materials', 'use and reproduce, but not modify,'));
    const grant = c.changes.find((ch) => ch.newSection === '2');
    expect(grant?.material).toBe(true);
    expect(grant?.renamedTerm).toBeUndefined();
    expect(c.changes.filter((ch) => ch.renamedTerm).length).toBe(3);
  });

  it('written with an article in one place ("an Input" now "Customer Data") is the same rename there', async () => {
    const terms = (term: string, article: string) => `# Acme Business Terms

**Generally.** Customer may provide prompts or files to the Services (“${term}”) and receive output based on such ${term}.

**Restrictions.** Customer will not include personal information of children under 13 as ${article}${term}.

**Feedback.** Acme may use Feedback, along with the ${term} associated with it, to improve the Services.
`;
    const c = await compareTexts(terms('Input', 'an '), terms('Customer Data', ''));
    expect(c.termRenames.map((t) => [t.from, t.to, t.places])).toEqual([['Input', 'Customer Data', 4]]);
    expect(c.changes.every((ch) => ch.renamedTerm)).toBe(true);
  });

  it('a party’s alias renamed while the company’s name that holds the old one stays ("Acme" now "Studio", "Acme Cloud Limited" kept) is a rename', async () => {
    const terms = (alias: string) => `# Terms of Service

These Terms are made available by Acme Cloud Limited (“${alias}”, “we”, “our”).

**Termination.** ${alias} shall have the right to suspend your account at ${alias}’s sole discretion. We may also close any account with ${alias}.
`;
    const c = await compareTexts(terms('Acme'), terms('Studio'));
    expect(c.termRenames.map((t) => [t.from, t.to, t.places])).toEqual([['Acme', 'Studio', 4]]);
    expect(reasonsOf(c)).toEqual([]);
  });

  it('a word replaced in a few places where no term is defined by that name is no rename', async () => {
    const before = licence('Licensed Materials').replace(/foundation models/, 'Large Models, or to benchmark Large Models');
    const after = before.replace(/Large Models/g, 'Frontier Models');
    const c = await compareTexts(before, after);
    expect(c.termRenames).toEqual([]);
  });
});

describe('a sentence moved inside its paragraph', () => {
  const terms = (outputs: string) => `# Acme Terms of Use

**Use of Outputs.** ${outputs} Acme does not claim ownership of Outputs.

**Feedback.** We may use any feedback you send us to improve the Service.
`;
  const permission = 'You may use Outputs for any lawful purpose, including commercial purposes.';
  const ban = 'You must not use Outputs to develop models that compete with Acme.';

  it('with the same words is one sentence moved, not a permission removed and added', async () => {
    const c = await compareTexts(terms(`${permission} ${ban}`), terms(`${ban} ${permission}`));
    expect(reasonsOf(c)).toEqual([]);
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0].summary).toMatch(/“You may use Outputs for any lawful purpose, including commercial purposes” moved within the paragraph$/);
    expect(c.stats.similarity).toBe(1);
  });

  it('lightly reworded as it moved is one sentence moved and edited, and only the edit is judged', async () => {
    const c = await compareTexts(terms(`${permission} ${ban}`), terms(`${ban} ${permission.replace('any lawful purpose', 'any legal purpose')}`));
    expect(reasonsOf(c)).toEqual([]);
    expect(c.changes[0].summary).toMatch(/moved within the paragraph and edited; “lawful” replaced by “legal”/);
  });

  it('moved and narrowed to non-commercial purposes is material for that edit alone', async () => {
    const c = await compareTexts(terms(`${permission} ${ban}`), terms(`${ban} You may use Outputs for any lawful, non-commercial purpose.`));
    const summaries = reasonsOf(c).map((r) => r.summary);
    expect(summaries).toContain('Commercial use: the grant is now limited to non-commercial purposes');
    expect(summaries.some((s) => /was (?:removed|added)/.test(s))).toBe(false);
  });

  it('a sentence struck out and another written in elsewhere in the paragraph are still a removal and an addition', async () => {
    const c = await compareTexts(terms(`${permission} ${ban}`), terms(`${ban} You must not use Outputs to identify a natural person or to profile anyone.`));
    expect(reasonsOf(c).some((r) => r.kind === 'clause-removed' || /removed/.test(r.summary))).toBe(true);
    expect(c.changes[0].summary).not.toMatch(/moved within/);
  });
});

describe('the scope of the agreement widened or narrowed', () => {
  const terms = (scope: string) => `# Acme Business Terms

These Business Terms govern your use of ${scope}. By using the API you agree to these Terms.

**Payment.** You will pay all fees for the API as described in your order form.

**Governing law.** The laws of the State of New York govern these Terms and any dispute between you and us.
`;

  it('widened to more services is a material change of what the terms cover, said in commercial use', async () => {
    const c = await compareTexts(terms('the Acme API'), terms('the Acme API, Acme Enterprise and any other Services we offer to businesses'));
    expect(reasonsOf(c).map((r) => [r.category, r.summary])).toEqual([
      ['commercial-use', expect.stringMatching(/^Commercial use: the terms now also cover “Acme Enterprise and any other Services we offer to businesses”/)],
    ]);
  });

  it('named in a long opening sentence whose verb stands far from "These Terms", a product struck from it is material', async () => {
    const opening = (products: string) =>
      `# Acme Commercial Terms

These Terms of Service for Commercial Users (“Terms”), together with the additional terms and policies referenced herein (“Additional Terms”), govern the use of ${products}, and the other websites, products, services, and technologies we offer (collectively, the “Acme Products”) by the entity that you represent (“Customer”).

**Fees.** Customer will pay all fees due under an Order Form.
`;
    const c = await compareTexts(opening('Acme Studio, Acme Chat, Acme Code'), opening('Acme Studio, Acme Chat'));
    expect(reasonsOf(c).map((r) => r.summary)).toEqual([expect.stringMatching(/^Commercial use: the terms no longer cover “Acme Code”/)]);
  });

  it('a use policy that now binds more users says so in acceptable use', async () => {
    const policy = (who: string) => `# Acme Usage Policy

Our Usage Policy applies to anyone who submits inputs to ${who}, all of whom we refer to as “users.”

*   Do not use the Services to build weapons.
`;
    const c = await compareTexts(policy('the Acme API'), policy('the Acme API and the Acme Chat apps'), 'policy.md');
    expect(reasonsOf(c).map((r) => [r.category, r.summary])).toEqual([['acceptable-use', expect.stringMatching(/^Acceptable use: the policy now also covers “and the Acme Chat apps”/)]]);
  });

  it('narrowed is material too', async () => {
    const c = await compareTexts(terms('the Acme API and Acme Enterprise'), terms('the Acme API'));
    expect(reasonsOf(c).map((r) => r.summary)).toEqual([expect.stringMatching(/^Commercial use: the terms no longer cover “and Acme Enterprise”/)]);
  });

  it('a service written into what the terms leave out ("These Terms don’t apply to …") is said as left out, not as covered', async () => {
    const exclusion = (what: string) => terms('the Acme API').replace('By using the API you agree to these Terms.', `These Terms don’t apply to ${what} unless that service says so.`);
    const c = await compareTexts(exclusion('Acme 365 apps or services'), exclusion('Acme 365 apps or services, or to Acme Studio'));
    expect(reasonsOf(c).map((r) => r.summary)).toEqual([expect.stringMatching(/^Commercial use: the terms now leave out “or to Acme Studio”/)]);
  });

  it('restated without adding or removing a service, a product or a kind of user is no change of scope', async () => {
    const c = await compareTexts(terms('the Acme API and other services for businesses'), terms('the Acme API and other services for customers who are businesses'));
    expect(reasonsOf(c)).toEqual([]);
  });

  it('one product’s name put for another’s is a rename, not a change of scope', async () => {
    const c = await compareTexts(terms('the Acme API'), terms('the Acme Platform'));
    expect(reasonsOf(c)).toEqual([]);
  });

  it('an edit of what the governing law governs is no change of scope', async () => {
    const before = terms('the Acme API');
    const c = await compareTexts(before, before.replace('govern these Terms and any dispute', 'govern these Terms, any order form and any dispute'));
    expect(reasonsOf(c).some((r) => /terms (?:now also|no longer) cover/.test(r.summary))).toBe(false);
  });
});

describe('a list item moved to the end of its list past an item that was edited', () => {
  const policy = (items: string[]) => `# Acme Usage Policy

Do not use our services to:

${items.map((i) => `*   ${i}`).join('\n')}

We may suspend your access if you violate this policy.
`;
  const exploit = 'Discover or exploit vulnerabilities in systems, networks, or applications without authorization of the system owner';
  const malware = 'Create or distribute malware, ransomware, or other types of malicious code';
  const intercept = 'Create tools designed to intercept communications or monitor devices without authorization of the system owner';

  it('is one item moved, said at both places, not a prohibited use removed and another added', async () => {
    const c = await compareTexts(policy([exploit, malware, intercept]), policy([exploit, intercept.replace('Create tools', 'Create or install tools'), malware]), 'policy.md');
    expect(reasonsOf(c)).toEqual([]);
    const summaries = c.changes.map((ch) => ch.summary).join('\n');
    // The whole item, though the alignment matched its opening "Create or" with the edited neighbour's.
    expect(summaries).toMatch(/“Create or distribute malware, ransomware, or other types of malicious code” moved to c\d+/);
    expect(summaries).not.toMatch(/^Removed|^New text/m);
  });

  it('two items moved together past it, one of them reworded, are no prohibited use removed', async () => {
    const dos = 'Develop tools for denial-of-service attacks or managing botnets';
    const c = await compareTexts(
      policy([exploit, malware, dos, intercept]),
      policy([exploit, intercept.replace('Create tools', 'Create or install tools'), malware, 'Conduct denial-of-service attacks, or develop tools for denial-of-service attacks or managing botnets']),
      'policy.md',
    );
    expect(reasonsOf(c).filter((r) => /removed/.test(r.summary))).toEqual([]);
    expect(c.changes.map((ch) => ch.summary).join('\n')).not.toMatch(/^Removed/m);
  });
});
