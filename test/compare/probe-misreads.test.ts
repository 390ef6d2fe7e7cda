/**
 * Misreads found by comparing real version pairs outside the corpus list (licence and policy versions, related
 * licences, a vendor-edited copy of a standard licence), each replayed on text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareLoaded, expectWellFormed, loadText, reasonsOf } from './support';

async function compareTexts(before: string, after: string) {
  const [a, b] = await Promise.all([loadText(before, 'before.txt'), loadText(after, 'after.txt')]);
  const comparison = compareLoaded(a, b);
  expectWellFormed(comparison, a.model, b.model);
  return comparison;
}

const LICENCE = (updates: string) => `ACME MODEL LICENCE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. Remote Controls and Updates. To the extent the law allows, Acme reserves the right to restrict any use of the Model that breaches this Licence${updates}

3. No Warranty. The Model is provided "as is", without warranties of any kind.
`;

describe('an obligation struck from a clause flagged for another subject', () => {
  it('is reported in its own category and words, not only as a wording change of the enclosing clause', async () => {
    const before = LICENCE(", push updates to the Model electronically, or alter the Model's Output through such updates. You shall make reasonable efforts to use the latest version of the Model.");
    const after = LICENCE('.');
    const c = await compareTexts(before, after);
    const removed = reasonsOf(c).find((r) => r.category === 'licence-changes');
    expect(removed).toMatchObject({ kind: 'clause-removed', summary: 'Changes to the terms: an obligation was removed (“You shall make reasonable efforts to use the latest version of the Model”)' });
    expect(removed?.change.categories).toContain('acceptable-use');
  });

  it('a list item that only mentions a duty, added to a flagged list, is not an obligation of its own', async () => {
    const policy = (extra: string) => `ACME ACCEPTABLE USE POLICY

You agree you will not use, or allow others to use, the Model to:

1. Engage in or promote illegal activity, such as:
   1. Violence or terrorism
   2. Human trafficking${extra}
   3. Any other criminal activity
`;
    const c = await compareTexts(policy(''), policy('\n   3. The unlawful distribution of adult material to minors, or failure to apply legally required age checks'));
    expect(reasonsOf(c).filter((r) => r.category === 'redistribution')).toEqual([]);
  });
});

describe('a governing-law clause added to a licence that had none', () => {
  it('is said as a clause naming the law, with the article a place name reads with, not as "a definition"', async () => {
    const before = LICENCE('.');
    const after = `${before}\n4. Governing Law. This Licence is governed by the laws of the State of New York, without regard to its conflict of laws rules.\n`;
    const c = await compareTexts(before, after);
    const added = reasonsOf(c).find((r) => r.category === 'governing-law');
    expect(added?.kind).toBe('clause-added');
    expect(added?.summary).toMatch(/^Governing law: a clause naming the law that governs the agreement was added — the law of the State of New York now governs \(“4\. Governing Law/);
  });
});

describe('a clause that stops reading as one while its words stay', () => {
  it('names the edit that made the difference: the quote alone reads the same in both versions', async () => {
    const licence = (modal: string) => `ACME MODEL LICENCE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model.

2. Redistribution. You may share copies of the Model or of works derived from it, provided that:

(a) You give every recipient a copy of this Licence; and

(b) You ${modal} mark every modified file with a prominent notice stating that You changed it; and

(c) You keep all copyright notices of the Model.
`;
    const c = await compareTexts(licence('must'), licence('should'));
    const removed = reasonsOf(c).filter((r) => r.kind === 'clause-removed');
    expect(removed.length).toBeGreaterThan(0);
    for (const r of removed) expect(r.summary).toMatch(/ was removed by the edit “must” replaced by “should” \(“\(b\) You must mark/);
  });
});

describe('an agreement renamed, and a notice to reproduce edited', () => {
  const agreement = (name: string) => `ACME MODEL LICENSE AGREEMENT

1. Definitions
    a. "Materials" means the Acme model weights and code made available under this Agreement.

2. Grant of Rights
    a. Under this Acme Model ${name}, You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under Acme's intellectual property to use, reproduce, distribute, copy, create derivative works of, and make modifications to the Materials.
`;

  it('a word such as "research" added to the name of the agreement is no operative change of the clause naming it', async () => {
    const c = await compareTexts(agreement('LICENSE AGREEMENT'), agreement('RESEARCH LICENSE AGREEMENT'));
    expect(reasonsOf(c).filter((r) => r.kind === 'wording')).toEqual([]);
  });

  it('an edit inside the quoted notice a licensee must reproduce is material, said as a change of the notice', async () => {
    const licence = (by: string) => `ACME MODEL LICENSE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy, modify and distribute the Model.

2. Attribution. You shall retain in all copies of the Model that You distribute the following attribution notices within a "Notice" text file distributed as a part of such copies: "Acme Model is made available by ${by} under the Acme Model License. Copyright (c) Acme Labs."; and
`;
    const c = await compareTexts(licence('Acme Labs'), licence('Acme Labs and its contributors'));
    expect(c.changes).toHaveLength(1);
    // Said from the notice text the attribution rule reads (or, where it reads none, from the quoted wording).
    expect(c.changes[0].material).toBe(true);
    expect(c.changes[0].summary).toMatch(/^Attribution: the (?:required notice|wording of the notice to be reproduced) changed/);
    expect(c.changes[0].summary).toContain('and its contributors');
  });
});

describe('the address of an incorporated policy', () => {
  const licence = (url: string) => `ACME MODEL LICENSE

1. Grant. Acme grants you a worldwide, royalty-free licence to use, copy, modify and distribute the Model.

2. Use Policy. Your use of the Model must comply with applicable laws and adhere to the Acceptable Use Policy for the Model (available at ${url}), which is hereby incorporated by reference into this Agreement.
`;

  it('moved to another host with the same path (or scheme, or "www.") is the same policy: a change, not a material one', async () => {
    const c = await compareTexts(licence('https://models.acme.example/model_2/use-policy'), licence('http://www.acme.example/model_2/use-policy/'));
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0].material).toBe(false);
  });

  it('pointing at another page is another policy, and material', async () => {
    const c = await compareTexts(licence('https://www.acme.example/model_2/use-policy'), licence('https://www.acme.example/model_3/use-policy'));
    expect(reasonsOf(c).map((r) => r.summary)).toEqual([
      'Acceptable use: the incorporated policy moved from https://www.acme.example/model_2/use-policy to https://www.acme.example/model_3/use-policy',
    ]);
  });
});

describe('a prohibited use added to a nested list where another was dropped', () => {
  it('is a new prohibition, material, even though the items after it were renumbered', async () => {
    const policy = (inner: string, outer: string) => `# Acme Prohibited Use Policy

You may not use nor allow others to use the Acme Model to:

1. Infringe anyone's rights, including rights in copyrighted works.
2. Carry out or assist dangerous or unlawful activities, including:
   1. Promotion of unlawful activities, such as:
      1. Content that sexually exploits minors;
      2. Selling or explaining how to obtain banned goods or substances;
      3. Encouraging others to commit crimes; or
      4. Content that glorifies terrorism.${inner}
${outer}   ${outer ? 3 : 2}. Disruption of services or networks, such as:
      1. Sending or helping to send spam; or
      2. Phishing, scams or malware.
   ${outer ? 4 : 3}. Attempts to get around the model's safety filters.
3. Mislead people about the origin of generated content.
`;
    const before = policy('', '   2. Practising a regulated profession (legal, medical, financial) without a licence.\n');
    const after = policy('\n      5. Running face recognition for mass surveillance of people in public places;', '');
    const c = await compareTexts(before, after);
    const added = reasonsOf(c).filter((r) => r.kind === 'clause-added' && r.category === 'acceptable-use');
    expect(added.map((r) => r.summary)).toEqual([expect.stringMatching(/^Acceptable use: a prohibited use was added \(“5\. Running face recognition for mass surveillance/)]);
    expect(added[0].change).toMatchObject({ kind: 'inserted', material: true });
    const removed = reasonsOf(c).filter((r) => r.kind === 'clause-removed' && r.category === 'acceptable-use');
    expect(removed.map((r) => r.summary)).toEqual([expect.stringMatching(/^Acceptable use: the prohibited use was removed \(“2\. Practising a regulated profession/)]);
  });
});

describe('headings that print their own section number', () => {
  it('renumbered ("Section 3: …" now "Section 5: …") compare equal, flagged as renumbered rows', async () => {
    const terms = (first: number, second: number) => `# Acme Model Terms

## Section ${first}: SHARING AND LIMITS

You may share copies of the Acme Model if you give every recipient a copy of these Terms.

## Section ${second}: OTHER TERMS

These Terms are governed by the laws of the State of New York.
`;
    const before = await loadText(terms(3, 4), 'before.md');
    const after = await loadText(terms(5, 6), 'after.md');
    const c = compareLoaded(before, after);
    expectWellFormed(c, before.model, after.model);
    expect(c.changes).toEqual([]);
    expect(c.alignment.filter((r) => r.renumbered).length).toBe(2);
  });
});

describe('a link target a PDF line break split in two', () => {
  it('is the same address, not an edit', async () => {
    const md = await loadText('# Reporting\n\nReport harmful outputs at [https://reports.acme.example/model_output_feedback](https://reports.acme.example/model_output_feedback).\n', 'policy.md');
    const printed = await loadText('Reporting\n\nReport harmful outputs at https://reports.acme.example/model_output_feedback (https://reports.acme.exam ple/model_output_feedback).\n', 'policy.txt');
    const c = compareLoaded(md, printed);
    expectWellFormed(c, md.model, printed.model);
    expect(c.changes).toEqual([]);
  });
});
