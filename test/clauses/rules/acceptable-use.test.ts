import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../support/corpus';
import { summariseDocument } from '../../../src/assess';
import { detectClauses } from '../../../src/clauses';
import { corpusDocument, findingsAt, findingsOf, modelOf } from '../snippet';

const au = (fs: Awaited<ReturnType<typeof findingsOf>>, phrase: string) => findingsAt(fs, phrase).find((f) => f.category === 'acceptable-use');

describe.skipIf(!corpusAvailable)('acceptable-use rules on corpus documents', () => {
  it('reads an incorporated use policy with its address', async () => {
    const { findings } = await corpusDocument('llama-3.1-community-license.txt');
    const f = au(findings, 'which is hereby incorporated by reference into this Agreement')!;
    expect(f.facts).toMatchObject({ policyIncorporated: true, policyUrl: 'https://llama.meta.com/llama3_1/use-policy' });
  });

  it('flags every item of a prohibited-use list, nested items included, and not the reporting lines after it', async () => {
    const { findings } = await corpusDocument('llama-2-acceptable-use-policy.md');
    expect(au(findings, 'You agree you will not use, or allow others to use, Llama 2 to:')!.rule).toBe('acceptable-use/prohibited-uses-list');
    for (const item of ['Violence or terrorism', 'Sexual solicitation', 'Guns and illegal weapons', 'Fail to appropriately disclose to end users']) {
      const f = au(findings, item)!;
      expect(f.rule).toBe('acceptable-use/listed-prohibited-use');
      expect(f.explanation).toContain('You agree you will not use, or allow others to use, Llama 2 to:');
    }
    expect(au(findings, 'Reporting bugs and security concerns')).toBeUndefined();
    expect(au(findings, 'We want everyone to use Llama 2 safely and responsibly.')).toBeUndefined();
  });

  it('reads the EU carve-out of the Llama 3.2 policy as a territorial restriction', async () => {
    const { findings } = await corpusDocument('llama-3.2-acceptable-use-policy.md');
    const f = au(findings, 'domiciled in, or a company with a principal place of business in, the European Union')!;
    expect(f.facts.excludedTerritories).toEqual(['European Union']);
  });

  it('finds nothing of the kind in a permissive open-source licence', async () => {
    for (const file of ['apache-2.0.txt', 'mit-license-stability-ai-2024.txt', 'cc-by-4.0-legalcode.txt']) {
      const { findings } = await corpusDocument(file);
      expect(findings.filter((f) => f.category === 'acceptable-use').map((f) => f.quote)).toEqual([]);
    }
  });
});

describe('acceptable-use rules on paraphrases', () => {
  it('recognises lists introduced in other words, inline or as separate items', async () => {
    const fs = await findingsOf(
      [
        'The following uses are prohibited:',
        '- creating spam',
        '- impersonating real people',
        'Support is available on weekdays.',
        'You shall not use the Model: (a) to harass any person; (b) to generate malware; or (c) to make decisions about credit.',
      ].join('\n\n'),
    );
    expect(au(fs, 'creating spam')!.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'impersonating real people')).toBeDefined();
    expect(au(fs, 'Support is available on weekdays.')).toBeUndefined();
    expect(au(fs, '(c) to make decisions about credit')).toBeDefined();
  });

  it('reads the items under a prohibiting heading, introduced by a sentence that is not itself a prohibition', async () => {
    const fs = await findingsOf(
      [
        "## Do Not Compromise Children's Safety",
        'This includes using our products or services to:',
        '- Create or distribute child sexual abuse material',
        '- Facilitate the trafficking of minors',
        '## Contact',
        'Write to us with questions.',
      ].join('\n\n'),
    );
    const item = au(fs, 'Facilitate the trafficking of minors')!;
    expect(item.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'This includes using our products or services to:')).toBeDefined();
    expect(au(fs, 'Write to us with questions.')).toBeUndefined();
    expect(fs.some((f) => f.quote.includes("Do Not Compromise"))).toBe(false);
  });

  it('recognises an incorporated policy, age limits, export rules and safety circumvention', async () => {
    const fs = await findingsOf(
      [
        'Use of the Model is subject to the Acme Responsible Use Policy at https://acme.ai/rup, which forms part of this Agreement.',
        'Users must be at least 16 years old.',
        'You must comply with all applicable export control and sanctions laws.',
        'You may not attempt to circumvent our safety filters.',
      ].join('\n\n'),
    );
    expect(au(fs, 'Responsible Use Policy')!.facts).toMatchObject({ policyIncorporated: true, policyUrl: 'https://acme.ai/rup' });
    expect(au(fs, 'at least 16 years old')!.rule).toBe('acceptable-use/minimum-age');
    expect(au(fs, 'export control')).toBeDefined();
    expect(au(fs, 'circumvent our safety filters')!.stance).toBe('prohibits');
  });

  it('does not read a provider’s own promise or a "how to apply" notice as a use restriction', async () => {
    const fs = await findingsOf('Acme will not use your data for advertising.\n\nYou may not use this file except in compliance with the License.');
    expect(fs.filter((f) => f.category === 'acceptable-use')).toEqual([]);
  });

  it('reads the lists under the headings of a use policy as prohibited uses, not its duties or procedures', async () => {
    const fs = await findingsOf(
      [
        '# Acceptable Use Policy',
        'This policy describes the uses of our services that are not allowed.',
        '## Safety and security',
        '- Writing or deploying code designed to disrupt computer systems',
        '- Evading abuse monitoring',
        '## Requirements for developers',
        '- Tell people they are talking to an AI system',
        '## Reporting',
        '- Email abuse@example.com with the details',
      ].join('\n\n'),
    );
    expect(au(fs, 'Writing or deploying code designed to disrupt')!.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'Evading abuse monitoring')!.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'Tell people they are talking to an AI system')?.rule).not.toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'Email abuse@example.com')).toBeUndefined();
  });

  it('does not read lists under value headings as bans outside a use policy', async () => {
    const fs = await findingsOf(['# Release notes', '## Safety and security', '- Writing faster code with the new compiler'].join('\n\n'));
    expect(au(fs, 'Writing faster code')).toBeUndefined();
  });

  it('does not read an endorsement clause, or a wish the next sentence declares non-binding, as a prohibited use', async () => {
    const fs = await findingsOf(
      [
        'Licensee shall not use the names of the Institute or its researchers to endorse or promote products derived from the Software.',
        'You should not use the Data to profile individuals. This is a request and not a condition of this Licence.',
        'You should not use the Data to profile individuals in any product.',
      ].join('\n\n'),
    );
    expect(au(fs, 'to endorse or promote products')).toBeUndefined();
    expect(au(fs, 'to profile individuals. ')).toBeUndefined();
    expect(findingsAt(fs, 'You should not use the Data to profile individuals.').filter((f) => f.category === 'acceptable-use')).toEqual([]);
    expect(au(fs, 'to profile individuals in any product')!.stance).toBe('prohibits');
  });

  it('does not read the conditions an open licence sets on copies passed on, or its rules of construction, as prohibited uses', async () => {
    const fs = await findingsOf(
      [
        'You must not use technical protection measures to prevent recipients from reading or copying the Work.',
        'Because of this conflict, you may not use the two modules combined in a binary that you convey.',
        'Persons who received copies or rights to use them from you will not have their licences terminated as long as they comply.',
        'A rule that ambiguities are construed against the author may not be used to interpret this Agreement against the Licensor.',
        'The names of the contributors may not be used to endorse products built with the Toolkit without written permission.',
        'The Model may not be used to interpret medical images for diagnosis.',
        'You may not use the Model to generate spam.',
      ].join('\n\n'),
    );
    for (const phrase of ['technical protection measures', 'combined in a binary that you convey', 'licences terminated', 'to interpret this Agreement', 'to endorse products']) {
      expect(au(fs, phrase), phrase).toBeUndefined();
    }
    expect(au(fs, 'to interpret medical images')!.stance).toBe('prohibits');
    expect(au(fs, 'to generate spam')!.stance).toBe('prohibits');
  });

  it('does not read the bounds of the licence ("except in connection with your use of the Services", "beyond the scope of this license") as prohibited uses (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'You may not use the Toolkit except in connection with your use of the Cloud Services pursuant to the Agreement.',
        'Any use beyond the scope of this license, including any external distribution, is strictly prohibited unless agreed in writing.',
        'You may not use the Toolkit to build malware.',
      ].join('\n\n'),
    );
    expect(au(fs, 'except in connection with your use of the Cloud Services')).toBeUndefined();
    expect(au(fs, 'Any use beyond the scope of this license')).toBeUndefined();
    expect(au(fs, 'to build malware')!.stance).toBe('prohibits');
  });

  it('does not read the provider’s right to review compliance with its usage policy as incorporating the policy (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'Heron may at any time review or test your plugin to ensure its quality and its compliance with these terms and our Usage Policy.',
        'Your plugin must comply with our Usage Policy.',
      ].join('\n\n'),
    );
    expect(au(fs, 'Heron may at any time review or test your plugin')).toBeUndefined();
    expect(au(fs, 'Your plugin must comply with our Usage Policy')!.facts.policyIncorporated).toBe(true);
  });

  it('reads "shall not be employed / utilised / deployed to …" as a prohibited use, like "shall not be used to" (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'The Model shall not be employed to produce or spread content that demeans people for their religion.',
        'The Model must not be deployed to make final decisions about a person’s access to credit.',
      ].join('\n\n'),
    );
    expect(au(fs, 'shall not be employed to produce')!.stance).toBe('prohibits');
    expect(au(fs, 'must not be deployed to make final decisions')!.stance).toBe('prohibits');
  });

  it('does not read advice that turns on the user’s own wishes as a prohibited use (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'Do not share anything you don’t want the assistant to use and keep, such as your medical history.',
        'If you do not want your prompts or outputs used to train models, do not use the preview models.',
        'Do not use the assistant to stalk or track a person.',
      ].join('\n\n'),
    );
    expect(au(fs, 'Do not share anything you don’t want')).toBeUndefined();
    expect(findingsAt(fs, 'If you do not want your prompts or outputs used').filter((f) => f.category === 'acceptable-use' || f.category === 'output-ownership')).toEqual([]);
    expect(au(fs, 'to stalk or track a person')!.stance).toBe('prohibits');
  });

  it('does not read the provider’s right to review, listed as an item under "we may at any time:", as incorporating the policy (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'Although we are not obliged to monitor Extensions, we may at any time:',
        '(a) review or test an Extension to ensure its quality and its compliance with these Terms and the Usage Policies; or',
        '(b) remove any Extension that breaks these Terms.',
        'Your Extension must follow the Usage Policies.',
      ].join('\n\n'),
    );
    expect(au(fs, 'review or test an Extension to ensure')).toBeUndefined();
    expect(au(fs, 'Your Extension must follow the Usage Policies')!.facts.policyIncorporated).toBe(true);
  });

  it('reads "you cannot access the Assistants if you are under the age of 13" as eligibility, not a prohibited use (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'You cannot access the Assistants if you are under the age of 13 or if the law bars you from receiving our services.',
        'You may not use the Assistants to target children under the age of 13 with advertising.',
      ].join('\n\n'),
    );
    expect(au(fs, 'You cannot access the Assistants if you are under the age of 13')).toBeUndefined();
    expect(au(fs, 'to target children under the age of 13')!.stance).toBe('prohibits');
  });

  it('does not read a sentence in a listed ban that says how content is to be read as a prohibited use of its own (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'You may not use the Assistant in any manner that would:',
        '- Seek medical or legal advice. No answer generated by the Assistant should be interpreted as professional advice.',
        '- Override safety filters',
      ].join('\n'),
    );
    expect(au(fs, 'Seek medical or legal advice')!.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'should be interpreted as professional advice')).toBeUndefined();
    expect(au(fs, 'Override safety filters')!.stance).toBe('prohibits');
  });

  it('does not read encouragement to comply with the law as a duty to (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'We encourage users to weigh the limits of AI and to comply with applicable laws when choosing use cases.',
        'You must comply with all applicable laws when using the model.',
      ].join('\n\n'),
    );
    expect(au(fs, 'We encourage users')).toBeUndefined();
    expect(au(fs, 'You must comply with all applicable laws')!.rule).toBe('acceptable-use/lawful-use');
  });

  it('does not read the cases a use policy’s duties cover or spare ("The requirements apply when … any of the following:", "Exclusions", "… is not required … in the following circumstances:") as prohibited uses (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        '# Acceptable Use Policy',
        '## Do Not Abuse the Service',
        'This includes using the service to:',
        '- Train a competing model on outputs without our written consent',
        '## Sensitive Decisions',
        'The safeguards below apply when members use the service to make a recommendation in any of these fields:',
        '- Lending — setting the rate of a consumer loan.',
        '## Exclusions',
        'The safeguards do not apply to:',
        '### Drafting',
        'Some illustrative examples are:',
        '- Internal summaries that no one relies on as the final recommendation.',
        '## Favourable Outcomes',
        'Where the law allows, human sign-off is not required before acting on a recommendation in the following cases:',
        '- Approving a refund in full.',
        '## Dangerous Equipment',
        'These restrictions apply to the following uses:',
        '- Steering a vehicle without a person able to stop it.',
      ].join('\n\n'),
    );
    expect(au(fs, 'Train a competing model on outputs')!.rule).toBe('acceptable-use/listed-prohibited-use');
    for (const phrase of ['any of these fields', 'Lending', 'do not apply to', 'Some illustrative examples', 'Internal summaries', 'is not required before acting', 'Approving a refund']) {
      expect(au(fs, phrase), phrase).toBeUndefined();
    }
    expect(au(fs, 'Steering a vehicle')!.rule).toBe('acceptable-use/listed-prohibited-use');
  });

  it('does not read a warning that the service is no substitute for professional advice as a prohibited use (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        'The Navigator app is not intended to be a substitute for professional medical advice and should not be used to replace or as a substitute for professional medical judgment.',
        'You should not rely upon the chatbot’s answers to inform professional advice.',
        'You may not use the Services to provide medical diagnoses to others.',
      ].join('\n\n'),
    );
    expect(au(fs, 'should not be used to replace')).toBeUndefined();
    expect(au(fs, 'to inform professional advice')).toBeUndefined();
    expect(au(fs, 'to provide medical diagnoses to others')!.stance).toBe('prohibits');
  });

  it('does not read the provider’s remedy when it finds an app inconsistent with the use policy, or what does not show a breach of it, as incorporating the policy (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        'Without limiting its other rights, if Acme determines that a Client App is unlawful, inconsistent with the Usage Policy, or likely to harm Acme’s reputation, Acme may terminate the licence for that Client App.',
        'Client must comply with the Usage Policy, which is incorporated into these Terms by reference.',
      ].join('\n\n'),
    );
    expect(au(fs, 'Acme may terminate the licence')).toBeUndefined();
    const note = await findingsOf('A filtered reply does not by itself indicate a violation of the Usage Policy.');
    expect(au(note, 'does not by itself indicate a violation')).toBeUndefined();
    expect(au(fs, 'Client must comply with the Usage Policy')!.facts.policyIncorporated).toBe(true);
  });

  it('does not read a ban on otherwise using the provider’s brand assets, defined as its names and logos, as a prohibited use (probe round 7, left open by round 6)', async () => {
    const fs = await findingsOf(
      [
        'We may let you use certain names, logos and other brand identifiers of ours to promote your Extensions (the “Heron Assets”).',
        'You may not otherwise use Heron Assets without our prior written consent.',
        'You may not use the Heron Platform to send spam.',
      ].join('\n\n'),
    );
    expect(au(fs, 'otherwise use Heron Assets')).toBeUndefined();
    expect(au(fs, 'to send spam')!.stance).toBe('prohibits');
  });

  it('reads a ban on creating derivative works of the Model for some purpose as a prohibited use, not a ban on building other models (compare probe round 2)', async () => {
    const fs = await findingsOf(
      [
        'You shall not create any derivative works of the Model for surveillance purposes.',
        'You shall not use the Model or its outputs to create or improve any other large language model.',
      ].join('\n\n'),
    );
    const derived = au(fs, 'create any derivative works of the Model')!;
    expect(derived.stance).toBe('prohibits');
    expect(derived.rule).not.toBe('acceptable-use/no-model-building');
    expect(au(fs, 'to create or improve any other large language model')!.rule).toBe('acceptable-use/no-model-building');
  });

  it('does not read the provider departing from its own disclosure policy in an emergency as an exception to a use policy (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        'We share account records only under valid legal process. We will make an exception to this policy if we believe there is an emergency involving imminent physical harm.',
        'Exceptions to this policy may be granted in writing for approved research projects.',
      ].join('\n\n'),
    );
    expect(au(fs, 'We will make an exception to this policy')).toBeUndefined();
    expect(au(fs, 'Exceptions to this policy may be granted')!.rule).toBe('acceptable-use/policy-exceptions');
  });

  it('reads a licence that does not apply in some countries, a Territory defined as the world excluding them, and use outside the Territory as territorial limits with the excluded places (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'THIS LICENCE DOES NOT APPLY IN THE UNITED KINGDOM OR THE REPUBLIC OF KOREA AND IS LIMITED TO THE TERRITORY DEFINED BELOW.',
        '## Definitions',
        '“Territory” means the whole world, excluding the European Union and the United Kingdom.',
        '## Use',
        'Any use of the Heron Weights outside the Territory is unlicensed.',
        'Each party may have offices outside the territory of the other party.',
      ].join('\n\n'),
    );
    const header = au(fs, 'THIS LICENCE DOES NOT APPLY')!;
    expect(header.rule).toBe('acceptable-use/territory-limit');
    expect(header.facts.excludedTerritories).toEqual(['United Kingdom', 'South Korea']);
    const defined = au(fs, '“Territory” means the whole world')!;
    expect(defined.rule).toBe('acceptable-use/territory-definition');
    expect(defined.facts.excludedTerritories).toEqual(['European Union', 'United Kingdom']);
    expect(au(fs, 'outside the Territory is unlicensed')!.rule).toBe('acceptable-use/territory-limit');
    expect(au(fs, 'outside the territory of the other party')).toBeUndefined();
  });

  it('reads a use policy speaking of itself ("This Acceptable Use Policy applies …", "must follow these Usage Policies") as its own terms, not a policy incorporated by reference (probe round 8)', async () => {
    const text = [
      '# Heron Usage Policy',
      'This Usage Policy applies to everyone who uses the Heron models. Your use of the models must follow these Usage Policies.',
      'You must also comply with the Heron Acceptable Use Policy and this Policy.',
    ].join('\n\n');
    const model = await modelOf(text, 'heron-usage-policy.md');
    const fs = detectClauses(model);
    const own = au(fs, 'This Usage Policy applies to everyone')!;
    expect(own.rule).toBe('acceptable-use/policy-own-terms');
    expect(own.facts.policyIncorporated).toBeUndefined();
    expect(au(fs, 'must follow these Usage Policies')!.facts.policyIncorporated).toBeUndefined();
    // Another policy named beside it is still incorporated.
    expect(au(fs, 'comply with the Heron Acceptable Use Policy')!.facts.policyIncorporated).toBe(true);
    const selfOnly = await modelOf(text.split('\n\n').slice(0, 2).join('\n\n'), 'heron-usage-policy.md');
    expect(summariseDocument(selfOnly, detectClauses(selfOnly), null).acceptableUse).not.toBe('by-reference');
  });

  it('reads being on a sanctions list, or not being a sanctioned person, as who may use the service under trade law, not a prohibited use of it (probe round 8, known weak spot c)', async () => {
    const text = [
      '# Heron API Terms of Service',
      'You may not use the Services if you are on any U.S. government list of prohibited or restricted parties.',
      'You represent that you are not a sanctioned person and that you are not on a sanctions list.',
      'You must not use the Services to evade sanctions.',
    ].join('\n\n');
    const fs = await findingsOf(text);
    expect(au(fs, 'if you are on any U.S. government list')!.rule).toBe('acceptable-use/export-controls');
    expect(au(fs, 'you are not a sanctioned person')!.stance).toBe('restricts');
    expect(au(fs, 'to evade sanctions')!.stance).toBe('prohibits');
    const eligibilityOnly = await modelOf(text.split('\n\n').slice(0, 3).join('\n\n'), 'heron-terms.md');
    expect(summariseDocument(eligibilityOnly, detectClauses(eligibilityOnly), null).acceptableUse).toBe('none');
  });

  it('does not read "You may not use the Materials if you do not accept this Agreement" as a prohibited use (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'You may not use the Heron Materials if you do not accept this Agreement.',
        'You may not use the Heron Materials to track individuals.',
      ].join('\n\n'),
    );
    expect(au(fs, 'if you do not accept this Agreement')).toBeUndefined();
    expect(au(fs, 'to track individuals')!.stance).toBe('prohibits');
  });

  it('reads "the use restrictions in the original License must apply to such derivatives" as the licence\'s own restrictions flowing down, not a separate policy incorporated (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'This License requires that the use restrictions in the original License apply to all derivative versions of the Model.',
        'Your use of the Model must comply with the Heron Acceptable Use Policy.',
      ].join('\n\n'),
    );
    const own = au(fs, 'the use restrictions in the original License apply')!;
    expect(own.rule).toBe('acceptable-use/flow-down');
    expect(own.facts.policyIncorporated).toBeUndefined();
    expect(au(fs, 'must comply with the Heron Acceptable Use Policy')!.facts.policyIncorporated).toBe(true);
  });

  it('does not read the proviso of a licence to use the licensor\'s mark ("provided that You comply with any applicable laws related to trademark protection") as a duty of lawful use of the material (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'Heron grants You a license to use “Heron” (the “Mark”) solely as needed to give the notices above, provided that You comply with any applicable laws relating to trademarks.',
        'Your use of the Heron Works must comply with all applicable laws and regulations.',
      ].join('\n\n'),
    );
    expect(au(fs, 'applicable laws relating to trademarks')).toBeUndefined();
    expect(au(fs, 'must comply with all applicable laws')!.rule).toBe('acceptable-use/lawful-use');
  });

  it('reads a ban resting on trade law alone as export controls, not a prohibited use; evading sanctions stays one (probe round 9)', async () => {
    const text = [
      '# Heron Platform Terms',
      'You represent and warrant that the Services may not be used in or for the benefit of, or exported or transferred to, any country subject to comprehensive sanctions under Trade Control Laws.',
      'The Services shall not be used for any end use prohibited by applicable export control and sanctions laws.',
      'You may not use the Services to evade sanctions or to violate export control laws.',
    ].join('\n\n');
    const fs = await findingsOf(text);
    expect(au(fs, 'subject to comprehensive sanctions')!.rule).toBe('acceptable-use/export-controls');
    expect(au(fs, 'any end use prohibited by applicable export control')!.rule).toBe('acceptable-use/export-controls');
    expect(au(fs, 'to evade sanctions')!.stance).toBe('prohibits');
    const tradeLawOnly = await modelOf(text.split('\n\n').slice(0, 3).join('\n\n'), 'heron-platform.md');
    expect(summariseDocument(tradeLawOnly, detectClauses(tradeLawOnly), null).acceptableUse).toBe('none');
  });

  it('reads use made "subject to our Prohibited Use Policy and our Privacy Policy" as the policy incorporated, not a ban (probe round 9)', async () => {
    const text = [
      '# Heron Reader Terms',
      'Your use of Heron Reader is also subject to our Prohibited Use Policy and our Privacy Policy.',
      'Please read our Privacy Policy, which explains how we handle personal data.',
    ].join('\n\n');
    const fs = await findingsOf(text);
    const f = au(fs, 'subject to our Prohibited Use Policy')!;
    expect(f.rule).toBe('acceptable-use/policy-incorporated');
    expect(f.facts.policyIncorporated).toBe(true);
    expect(au(fs, 'Please read our Privacy Policy')).toBeUndefined();
    const model = await modelOf(text, 'heron-reader.md');
    expect(summariseDocument(model, detectClauses(model), null).acceptableUse).toBe('by-reference');
  });

  it('does not read "If you are not of legal age, do not agree to these Terms, or lack that authority, you must not access or use the Services" as a prohibited use (probe round 9)', async () => {
    const fs = await findingsOf(
      [
        'If you are not of legal age, do not agree to these Terms, or do not have that authority, you must not access or use the Services.',
        'You must not use the Services to stalk or harass others.',
      ].join('\n\n'),
    );
    expect(au(fs, 'If you are not of legal age')).toBeUndefined();
    expect(au(fs, 'to stalk or harass others')!.stance).toBe('prohibits');
  });

  it('reads the items after "This includes, but is not limited to, the following:" as the bans of the sentence before it (probe round 9)', async () => {
    const fs = await findingsOf(
      [
        '## Be Respectful',
        'Do not use Heron’s generative features to create, upload, or share abusive or illegal content. This includes, but is not limited to, the following:',
        '- Graphic violence or gore\n- Content that promotes self-harm',
        'We review reports of misuse every week.',
      ].join('\n\n'),
    );
    for (const item of ['Graphic violence or gore', 'Content that promotes self-harm']) expect(au(fs, item)!.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(au(fs, 'We review reports of misuse')).toBeUndefined();
    const info = await findingsOf('Heron publishes a monthly report. This includes, but is not limited to, the following:\n\n- Uptime figures\n- New features');
    expect(au(info, 'Uptime figures')).toBeUndefined();
  });

  it('reads "you agree you will use them only for your work and not to train artificial intelligence or machine learning models" as a ban on building models (probe round 9)', async () => {
    const fs = await findingsOf(
      'When using our generative features, you agree you will use them only for your creative work and not to train artificial intelligence or machine learning models.',
    );
    expect(au(fs, 'not to train artificial intelligence')!.rule).toBe('acceptable-use/no-model-building');
  });

  it('reads "The generative features, Input, and Output must be used in accordance with the Heron Generative AI Beta User Guidelines" as a separate policy incorporated (probe round 9)', async () => {
    const fs = await findingsOf('The generative features, Input, and Output must be used in accordance with the Heron Generative AI Beta User Guidelines, which may be modified from time to time.');
    const f = au(fs, 'must be used in accordance with the Heron')!;
    expect(f.rule).toBe('acceptable-use/named-use-standard');
    expect(f.facts.policyIncorporated).toBe(true);
  });

  it('reads a ban said as a participle inside a duty ("comply with the “Heron Terms of Use”, …, not using this service to infringe upon the rights of others") as a prohibited use (probe round 9)', async () => {
    const fs = await findingsOf(
      [
        'You shall procure that your end users comply with the requirements of the “Heron Terms of Use”, adhering to principles of good faith, not using this service to infringe upon the legitimate rights and interests of others or to seek improper gains.',
        'You shall keep using the service in line with its documentation.',
      ].join('\n\n'),
    );
    expect(au(fs, 'not using this service to infringe')!.stance).toBe('prohibits');
    expect(au(fs, 'keep using the service')).toBeUndefined();
  });

  it('reads a ban denied ("We do not categorically prohibit use by any particular industry") as no prohibited use, unless the sentence also bans', async () => {
    const fs = await findingsOf(
      [
        'We do not categorically prohibit use of the Services by any particular industry.',
        'Heron does not prohibit research uses, but you may not use the Services to build weapons.',
      ].join('\n\n'),
    );
    expect(au(fs, 'do not categorically prohibit')).toBeUndefined();
    expect(au(fs, 'you may not use the Services to build weapons')!.stance).toBe('prohibits');
  });
});
