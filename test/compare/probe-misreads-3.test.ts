/**
 * Misreads found in the third probe round: real vendor revisions from Open Terms Archive's history of AI vendors'
 * terms and policies, and counsel-style edits of corpus documents, each replayed on text written for the test (or
 * on a corpus document edited at test time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR } from '../support/corpus';
import { compareLoaded, expectWellFormed, loadText, reasonsOf } from './support';

async function compareTexts(before: string, after: string, name = 'policy.md') {
  const [a, b] = await Promise.all([loadText(before, `before-${name}`), loadText(after, `after-${name}`)]);
  const comparison = compareLoaded(a, b);
  expectWellFormed(comparison, a.model, b.model);
  return comparison;
}

describe('a short list item moved to another list and edited', () => {
  const policy = (harms: string, crimes: string) => `# Acme Acceptable Use Policy

You must not use the Acme Service or its outputs to:

1. Break the law, including by:
   1. Infringing copyright, trademark or other intellectual property rights;
   2. Defrauding, scamming or spamming anyone;${crimes}
   3. Trading in weapons or controlled substances.
2. Harm people, including by:
   1. Harassing, bullying or threatening anyone;${harms}
   2. Inciting violence against a group.
3. Get around the safety measures of the Service.
`;
  const before = policy('\n   2. Tracking or monitoring people without their consent;', '');

  it('is one item moved and edited, not one prohibited use removed and another added', async () => {
    const c = await compareTexts(before, policy('', '\n   3. Tracking or monitoring individuals without their consent;'));
    expect(c.changes.map((ch) => [ch.kind, ch.edited])).toEqual([['moved', true]]);
    expect(c.changes[0].material).toBe(false);
  });

  it('redrafted from nouns to verbs ("The sexualization or exploitation of children" now "Sexualizing or exploiting children") is the same prohibited use', async () => {
    const c = await compareTexts(
      policy('\n   2. The sexualization or exploitation of children;', ''),
      policy('', '\n   3. Sexualizing or exploiting children;'),
    );
    expect(c.changes.map((ch) => [ch.kind, ch.edited])).toEqual([['moved', true]]);
    expect(reasonsOf(c)).toEqual([]);
  });

  it('another prohibited use that shares a few words with the old one is still one removed and one added', async () => {
    const c = await compareTexts(before, policy('', '\n   3. Tracking people who are suspected of crimes for the police;'));
    const kinds = reasonsOf(c).map((r) => r.kind).sort();
    expect(kinds).toEqual(['clause-added', 'clause-removed']);
  });

  it('on the Gemma prohibited-use policy: an item moved from one nested list to another and reworded is one moved change', async () => {
    const text = readFileSync(join(DOCUMENTS_DIR, 'gemma-prohibited-use-policy-2024-02-21.md'), 'utf8');
    const item = text.match(/^ {6}\d+\. Tracking or monitoring people without their consent;\n/m)?.[0];
    expect(item).toBeDefined();
    // Into the first inner list, before the second item of the outer one.
    const moved = text.replace(item!, '').replace(/^ {3}2\. /m, '      5. Tracking or monitoring individuals without their consent;\n   2. ');
    const c = await compareTexts(text, moved);
    expect(c.changes.map((ch) => [ch.kind, ch.edited, ch.material])).toEqual([['moved', true, false]]);
  });
});

describe('a period of notice changed in words, in a sentence no rule flags', () => {
  const terms = (period: string) => `# Acme Terms of Use

**Changes to these Terms.** We may update these Terms from time to time. We will give you at least ${period} advance notice of changes that materially affect you, by email or in the product.

**Feedback.** We may use any feedback you send us to improve the Service.
`;

  it('shortened from 30 days to fourteen days is a material change of the notice the provider promises', async () => {
    const c = await compareTexts(terms('30 days'), terms('fourteen days'));
    expect(reasonsOf(c).map((r) => r.summary)).toEqual([expect.stringMatching(/^Changes to the terms: a period or amount in a clause changed: “30” replaced by “fourteen”/)]);
  });

  it('the same period written another way ("30 days" now "thirty (30) days") is not material', async () => {
    const c = await compareTexts(terms('30 days'), terms('thirty (30) days'));
    expect(c.changes).toHaveLength(1);
    expect(reasonsOf(c)).toEqual([]);
  });

  it('a stray number word struck from a limitation period ("within one two (2) years") is a typo fixed, not a new period', async () => {
    const limitation = (within: string) => `# Acme Terms of Use

**Limitations Period.** You must initiate any proceeding asserting a claim within ${within} of the events giving rise to it.
`;
    const c = await compareTexts(limitation('one two (2) years'), limitation('two (2) years'));
    expect(c.changes).toHaveLength(1);
    expect(reasonsOf(c)).toEqual([]);
  });

  it('on the ChatGPT terms of use: the notice of changes shortened in words is material', async () => {
    const text = readFileSync(join(DOCUMENTS_DIR, 'chatgpt-terms-of-service-current.md'), 'utf8');
    expect(text).toContain('at least 30 days advance notice');
    const c = await compareTexts(text, text.replace('at least 30 days advance notice', 'at least fourteen days advance notice'));
    expect(c.changes.map((ch) => ch.material)).toEqual([true]);
    expect(c.changes[0].categories).toContain('licence-changes');
  });
});

describe('a second court added to a forum clause', () => {
  const forum = (courts: string) => `# Acme Terms of Service

**Governing Law; Jurisdiction and Venue.** The laws of the State of Texas will govern these Terms and any dispute between you and us. All disputes related to these Terms shall be brought exclusively in the state courts located in ${courts}, Texas, United States, and you consent to personal jurisdiction in those forums.
`;

  it('is said as a court named alongside the old one, not as the old one replaced', async () => {
    const c = await compareTexts(forum('Tarrant County'), forum('Wichita County or Tarrant County'));
    const summaries = reasonsOf(c).map((r) => r.summary);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.join('\n')).not.toMatch(/changed from Tarrant County to Wichita County/);
    expect(summaries).toContainEqual(expect.stringMatching(/^Governing law: Wichita County is now named alongside Tarrant County/));
  });

  it('struck while the other stays, is said as no longer named', async () => {
    const c = await compareTexts(forum('Wichita County or Tarrant County'), forum('Tarrant County'));
    expect(reasonsOf(c).map((r) => r.summary)).toContainEqual(expect.stringMatching(/^Governing law: Wichita County is no longer named; Tarrant County(?:, Texas)? remains/));
  });

  it('one court replaced by another is still said as a change from one to the other', async () => {
    const c = await compareTexts(forum('Tarrant County'), forum('Travis County'));
    const summaries = reasonsOf(c).map((r) => r.summary).join('\n');
    expect(summaries).toMatch(/Tarrant County/);
    expect(summaries).toMatch(/Travis County/);
    expect(summaries).not.toMatch(/alongside|no longer named/);
  });
});

describe('a sentence that gives the provider a right, written in whole where no rule flags it', () => {
  it('is said once as a clause added, not as an edit quoting the same sentence twice', async () => {
    const terms = (extra: string) => `# Acme Terms of Service

**Australian Residents.** If you are an Australian resident, you can report content to the regulator.${extra}

**California Residents.** You may report complaints to the Department of Consumer Affairs.
`;
    const c = await compareTexts(terms(''), terms(' We may suspend or terminate your account if you attempt to use the Service to generate unlawful material.'));
    const summaries = reasonsOf(c).map((r) => r.summary);
    for (const s of summaries) {
      const quotes = s.match(/“[^”]+”/g) ?? [];
      expect(new Set(quotes).size, s).toBe(quotes.length);
    }
    expect(summaries).toContainEqual(expect.stringMatching(/^Termination: a clause was added \(“We may suspend or terminate your account/));
  });
});

describe('a saved page that prints its title and date twice', () => {
  it('with both dates changed, reads as two date lines modified, with no empty change for the unchanged title between them', async () => {
    const page = (date: string) => `Usage Policy
============

Effective: ${date}

Usage Policy
============

Effective: ${date}

**Illegal activities.** You must not use the Acme Products to engage in or promote illegal activity.
`;
    const c = await compareTexts(page('November 28, 2025'), page('June 11, 2026'));
    expect(c.changes.map((ch) => ch.kind)).toEqual(['modified', 'modified']);
    for (const ch of c.changes) {
      expect(ch.parts.some((p) => p.op !== 'equal'), ch.id).toBe(true);
      expect(ch.summary).toMatch(/“November 28, 2025” replaced by “June 11, 2026”/);
    }
  });
});

describe('a liability cap written into a limitation clause that repeats the clause’s opening words', () => {
  const licence = (cap: string) => `ACME COMMUNITY LICENSE

1. Grant. Acme grants you a worldwide, royalty-free licence to use and modify the Models.

2. Limitation Of Liability. ${cap}IN NO EVENT WILL ACME OR ITS AFFILIATES BE LIABLE FOR ANY LOST PROFITS OR ANY INDIRECT, SPECIAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT.

3. Governing Law. This Agreement is governed by the laws of the State of California.
`;

  it('reads as the cap sentence added whole, said once, not as an edit cut from mid-word to the repeated opening', async () => {
    const c = await compareTexts(licence(''), licence('IN NO EVENT WILL ACME’S AGGREGATE LIABILITY UNDER THIS AGREEMENT EXCEED ONE HUNDRED DOLLARS ($100). '), 'licence.txt');
    expect(c.changes).toHaveLength(1);
    const inserted = c.changes[0].parts.filter((p) => p.op === 'insert').map((p) => p.text.trim());
    expect(inserted).toEqual([expect.stringMatching(/^IN NO EVENT WILL ACME’S AGGREGATE LIABILITY .*\(\$100\)\.?$/)]);
    const reasons = reasonsOf(c).filter((r) => r.category === 'liability-warranty');
    expect(reasons).toHaveLength(1);
    expect(reasons[0].summary).toMatch(/^Liability: .*(?:added|changed).*IN NO EVENT WILL ACME’S AGGREGATE LIABILITY/);
  });
});

describe('a defined term renamed throughout', () => {
  const terms = (term: string, definition = 'the content the Service generates in response to your Input') => `# Acme Terms of Use

**Definitions.** “${term}” means ${definition}. You may provide input to the Service (“Input”).

**Ownership.** As between you and Acme, you own the ${term}. We assign to you all our right, title and interest in the ${term}.

**Restrictions.** You must not use ${term} to develop models that compete with Acme, and you must not represent that ${term} was human-generated.

**Accuracy.** ${term} may not always be accurate. You must evaluate ${term} before relying on it.
`;

  it('is no change of terms: each place says the term was renamed, nothing is material', async () => {
    const c = await compareTexts(terms('Output'), terms('Response'));
    expect(c.changes.length).toBeGreaterThan(0);
    expect(reasonsOf(c)).toEqual([]);
    expect(c.summaryChanges.filter((s) => s.material)).toEqual([]);
    for (const ch of c.changes) expect(ch.summary, ch.id).toMatch(/the defined term “Output” renamed “Response”/);
  });

  it('renamed while its definition changes what it covers, the definition is still a material change', async () => {
    const c = await compareTexts(terms('Output'), terms('Response', 'the content the Service generates in response to your Input and any software code, images or audio files derived from it'));
    expect(reasonsOf(c).map((r) => r.summary)).toContainEqual(expect.stringMatching(/the definition of “Response” changed: “and any software code, images or audio files derived from it” added/));
  });

  it('one use swapped for another term while the old term stays in use is no rename', async () => {
    const before = terms('Output');
    const after = before.replace('you must not use Output to develop', 'you must not use Input to develop');
    const c = await compareTexts(before, after);
    expect(c.changes.map((ch) => ch.summary).join('\n')).not.toMatch(/renamed/);
  });

  it('on the ChatGPT terms of use: “Output” renamed “Response” everywhere changes no term and no summary answer', async () => {
    const text = readFileSync(join(DOCUMENTS_DIR, 'chatgpt-terms-of-service-current.md'), 'utf8');
    const c = await compareTexts(text, text.replace(/\bOutput\b/g, 'Response'));
    expect(c.changes.length).toBeGreaterThan(5);
    expect(c.changes.filter((ch) => ch.material).map((ch) => ch.summary)).toEqual([]);
    expect(c.summaryChanges.filter((s) => s.material)).toEqual([]);
  });
});

describe('a web address printed in the text given its scheme', () => {
  it('("aka.ms/trust" now "https://aka.ms/trust") is the same address: no change', async () => {
    const page = (address: string) => `# Acme Code of Conduct

You must not use the Services to break the law. More information about our policies and enforcement processes is available at [${address}](https://aka.ms/trustandsafety).

You must not help others to break these rules.
`;
    const c = await compareTexts(page('aka.ms/trustandsafety'), page('https://aka.ms/trustandsafety'));
    expect(c.changes).toEqual([]);
    const www = await compareTexts(page('acme.com/trust'), page('www.acme.com/trust'));
    expect(www.changes).toEqual([]);
  });

  it('another address is still a change', async () => {
    const page = (address: string) => `# Acme Code of Conduct\n\nMore information is available at ${address}.\n`;
    const c = await compareTexts(page('https://acme.com/trust'), page('https://acme.com/safety'));
    expect(c.changes).toHaveLength(1);
  });
});

describe('headings whose printed number, glued to their text, is dropped', () => {
  const terms = (number: (n: number) => string, intro: string, added: string) => `Acme Terms of Use
=================

Welcome to Acme.${intro}

${number(1)}**Services**
--------------

1.1 Acme provides the Services through its websites and applications.${added}

${number(2)}**Account**
-------------

2.1 You must provide accurate information when you register an account.

${number(3)}**Inputs and Outputs**
--------------------

3.1 You are responsible for all Inputs you submit to the Services.
`;
  const numbered = (n: number) => `${n}.`;
  const plain = () => '';

  it('("1.**Services**" now "Services") is numbering, not an edit of the heading', async () => {
    const c = await compareTexts(terms(numbered, '', ''), terms(plain, '', ''));
    expect(c.changes).toEqual([]);
  });

  it('even right after a paragraph struck out or written in before the heading', async () => {
    const c = await compareTexts(
      terms(numbered, '\n\nAmong them, the Acme Developer Terms apply to your use of the API.', ''),
      terms(plain, '', '\n\n1.2 Users may share Inputs and Outputs by generating a unique link.'),
    );
    expect(c.changes.map((ch) => ch.kind).sort()).toEqual(['deleted', 'inserted']);
    for (const ch of c.changes) expect(ch.summary, ch.id).not.toMatch(/\d\.(?:Services|Account|Inputs)/);
  });
});

describe('the standard of fault or effort a party answers for, changed in a sentence no rule flags', () => {
  const account = (fault: string, effort: string) => `# Acme Terms of Use

**Account security.** You will bear full responsibility for any losses caused by the leakage of your password, except where the loss is caused by our intentional or ${fault} conduct. If you discover any unauthorized use of your account, you shall notify us immediately, and we will ${effort} cooperation.

**Feedback.** We may use any feedback you send us to improve the Service.
`;

  it('"negligent" now "gross negligent" is a material change of liability', async () => {
    const c = await compareTexts(account('negligent', 'provide the fullest'), account('gross negligent', 'provide the fullest'));
    expect(reasonsOf(c).map((r) => r.summary)).toEqual([expect.stringMatching(/^Liability: the standard of care, effort or discretion in a clause changed: “gross” added/)]);
  });

  it('"the fullest cooperation" now "commercially reasonable efforts" is material, and not a matter of commercial use', async () => {
    const c = await compareTexts(account('negligent', 'provide the fullest'), account('negligent', 'use commercially reasonable efforts to provide'));
    const reasons = reasonsOf(c);
    expect(reasons.map((r) => r.summary)).toEqual([expect.stringMatching(/the standard of care, effort or discretion in a clause changed: “provide the fullest” replaced by “use commercially reasonable efforts to provide”/)]);
    expect(reasons.map((r) => r.category)).not.toContain('commercial-use');
  });

  it('other words of the same sentence are still no change of terms', async () => {
    const before = account('negligent', 'provide the fullest');
    const c = await compareTexts(before, before.replace('leakage of your password', 'disclosure of your password or verification code'));
    expect(reasonsOf(c)).toEqual([]);
  });
});

describe('an edit inside a sentence that runs on through whole sentences struck out', () => {
  const policy = (guardrails: string) => `# Acme Acceptable Use Policy

1. **Comply with the law.** Don’t use our Service to promote or engage in illegal activities.
2. **Respect guardrails.** Don’t circumvent safeguards unless you are part of an official Red Team or otherwise have our official ${guardrails}

We report suspected child sexual abuse material to the authorities.
`;

  it('reads as the words replaced and the sentences removed, each said on its own', async () => {
    const c = await compareTexts(
      policy('blessing. Don’t mislead people as to the nature and source of Outputs, including images. You must disclose your use of AI assistance.'),
      policy('written consent.'),
    );
    expect(c.changes).toHaveLength(1);
    const parts = c.changes[0].parts.filter((p) => p.op !== 'equal').map((p) => `${p.op} ${p.text.trim()}`);
    expect(parts[0]).toBe('delete blessing.');
    expect(parts[1]).toBe('insert written consent.');
    const summaries = reasonsOf(c).map((r) => r.summary);
    expect(summaries).toContainEqual(expect.stringMatching(/a prohibition was removed \(“Don’t mislead people as to the nature and source of Outputs/));
    expect(summaries).toContainEqual(expect.stringMatching(/an obligation was removed \(“You must disclose your use of AI assistance/));
  });
});

describe('the governing law named in a sentence only one version’s rules read', () => {
  const terms = (law: string, courts: string) => `# Acme Terms of Use

**Feedback.** We may use any feedback you send us to improve the Service.

**Governing law (business use).** ${law} law will govern these Terms except for its conflicts of laws principles. All claims arising out of or relating to these Terms will be brought exclusively in the ${courts}.
`;

  it('"California law" now "Irish law" is a material change of governing law, said with both places', async () => {
    const c = await compareTexts(terms('California', 'federal or state courts of San Francisco, California'), terms('Irish', 'courts of Dublin, Ireland'));
    const summaries = reasonsOf(c).filter((r) => r.category === 'governing-law').map((r) => r.summary);
    expect(summaries).toContainEqual(expect.stringMatching(/“California” replaced by “Irish”/));
  });

  it('on the ChatGPT terms of use: the business-use governing law moved from California to Ireland reads both the law and the forum', async () => {
    const text = readFileSync(join(DOCUMENTS_DIR, 'chatgpt-terms-of-service-current.md'), 'utf8');
    const before = 'California law will govern these Terms except for its conflicts of laws principles. All claims arising out of or relating to these Terms will be brought exclusively in the federal or state courts of San Francisco, California.';
    expect(text).toContain(before);
    const c = await compareTexts(text, text.replace(before, 'Irish law will govern these Terms except for its conflicts of laws principles. All claims arising out of or relating to these Terms will be brought exclusively in the courts of Dublin, Ireland.'));
    const summaries = reasonsOf(c).filter((r) => r.category === 'governing-law').map((r) => r.summary).join('\n');
    expect(summaries).toMatch(/California/);
    expect(summaries).toMatch(/Irish|Ireland/);
    expect(summaries).toMatch(/Dublin/);
  });

  it('a name changed in a sentence about something else is still no change of governing law', async () => {
    const before = terms('California', 'federal or state courts of San Francisco, California');
    const c = await compareTexts(before, before.replace('improve the Service', 'improve the Acme Service'));
    expect(reasonsOf(c)).toEqual([]);
  });
});

describe('a short list item moved into another list and expanded there', () => {
  const policy = (first: string, last: string) => `# Acme Acceptable Use Policy

You must not use the Acme Service to:

1. Break the law, including by:
   1. Infringing copyright, trademark or other intellectual property rights
${first}2. Harm people, including by:
   1. Harassing, bullying or threatening anyone
   2. Inciting violence against a group
   3. Promoting self-harm or eating disorders
   4. Tracking or monitoring people without their consent
   5. Generating sexual content involving minors
3. Mislead people, including by:
   1. Impersonating a real person without consent
   2. Spreading disinformation about elections
${last}`;
  const item = 'Operating in a regulated industry without complying with those regulations';
  const before = policy(`   2. ${item}\n`, '');

  it('is that item moved and edited, its new words judged as an edit, not a prohibited use removed', async () => {
    const c = await compareTexts(before, policy('', `   3. ${item}, for example by giving advice about securities or other financial products when you are not licensed to\n`));
    expect(c.changes.map((ch) => [ch.kind, ch.edited])).toEqual([['moved', true]]);
    expect(reasonsOf(c).filter((r) => r.kind === 'clause-removed')).toEqual([]);
  });

  it('a longer item that only shares a word or two with the struck one leaves it removed', async () => {
    const c = await compareTexts(before, policy('', '   3. Operating weapons systems or critical infrastructure without human oversight, including power grids, water supply and air traffic control\n'));
    expect(c.changes.some((ch) => ch.kind === 'moved')).toBe(false);
    expect(reasonsOf(c).map((r) => r.kind)).toContain('clause-removed');
  });
});

describe('a page that prints its policy twice, with a clause written into both copies', () => {
  it('marks the clause added material at both places', async () => {
    const body = (extra: string) => `Prohibited content
------------------

**Fraud and scams.** Using the Acme Products to engage in any form of fraudulent activity is prohibited.${extra}

**Privacy.** Generating content that invades the privacy of others is prohibited.

Our enforcement
---------------

Violations may result in suspension.
`;
    const page = (extra: string) => `# Usage Policy\n\n${body(extra)}\n# Usage Policy\n\n${body(extra)}`;
    const c = await compareTexts(page(''), page('\n\n**Malware.** You must not use the Acme Products to create malware or viruses.'));
    expect(c.changes.map((ch) => [ch.kind, ch.material])).toEqual([
      ['inserted', true],
      ['inserted', true],
    ]);
    for (const ch of c.changes) expect(ch.summary, ch.id).toMatch(/a prohibited use was added \(“Malware\./);
  });
});

describe('a monthly usage cap on free commercial use', () => {
  const licence = (cap: string) => `# Acme Model Licence

1. You may use the Model for commercial purposes, provided that the products or services in which you use the Model do not exceed ${cap} in total. Above that cap you must obtain a commercial licence from Acme.

2. You must keep this licence with every copy of the Model you distribute.
`;

  it('raised, is a material change of commercial use said as the cap with its unit, once', async () => {
    const c = await compareTexts(licence('1,000,000 visits per month'), licence('5,000,000 visits per month'));
    const material = c.changes.filter((ch) => ch.material);
    expect(material).toHaveLength(1);
    expect(material[0].categories).toContain('commercial-use');
    const said = reasonsOf(c).map((r) => r.summary);
    expect(said).toContain('Commercial use: the cap on free use changed from 1 million visits per month to 5 million visits per month');
    // The unit is said with the amount, not as a change of its own.
    expect(said.filter((s) => /visits per month/.test(s))).toHaveLength(1);
  });

  it('counted in other units at the same amount, is still a material change', async () => {
    const c = await compareTexts(licence('1,000,000 visits per month'), licence('1,000,000 API calls per month'));
    expect(reasonsOf(c).map((r) => r.summary)).toContain('Commercial use: the cap on free use changed from 1 million visits per month to 1 million API calls per month');
  });
});

describe('a daily-active-user threshold', () => {
  const licence = (users: string) => `# Acme Model Licence

1. If the products or services you offer with the Model have more than ${users} daily active users, you must request a commercial licence from Acme before you continue to use the Model.
`;

  it('raised, is said as the daily-active-user threshold that changed', async () => {
    const c = await compareTexts(licence('1 million'), licence('3 million'));
    expect(reasonsOf(c).map((r) => r.summary)).toContain('Commercial use: the daily-active-user threshold changed from 1 million to 3 million');
  });
});
