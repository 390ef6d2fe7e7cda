/**
 * Misreads found by probing the rules with real licences, policies and terms the corpus lacks (model licences with
 * section numbers inside the grant, MIT-style notice clauses worded as "licence statement … should be included",
 * a data licence between data providers and recipients, an assignment of outputs "if any", a use-policy pointer
 * worded as a conflict, a nested policy list introduced by "don't use … including:"). Each document here is a
 * paraphrase written for the test, never the probed text.
 */
import { describe, expect, it } from 'vitest';
import { summariseDocument } from '../../src/assess';
import { detectClauses } from '../../src/clauses';
import { findingsAt, modelOf } from '../clauses/snippet';

async function summarise(text: string, name = 'snippet.md') {
  const model = await modelOf(text, name);
  const findings = detectClauses(model);
  return { assessment: summariseDocument(model, findings, null), findings };
}

const of = (fs: Awaited<ReturnType<typeof summarise>>['findings'], phrase: string, category: string) =>
  findingsAt(fs, phrase).find((f) => f.category === category);

describe('summariseDocument on probe-style paraphrases', () => {
  it('reads a grant whose gap holds a section number, so a licence over model weights is a model licence', async () => {
    const { assessment, findings } = await summarise(
      [
        'Orchid Open Weights Agreement',
        '“Model” means the trained weights, checkpoints and configuration files Orchid shares under this Agreement.',
        'Grant. Subject to this Agreement, Orchid hereby grants to You a worldwide, royalty-free, revocable (as provided in Section 3.2) license to use, reproduce, modify and distribute the Model.',
      ].join('\n\n'),
      'orchid.txt',
    );
    expect(of(findings, 'revocable (as provided in Section 3.2) license', 'commercial-use')?.rule).toBe('commercial-use/grant');
    expect(assessment.kind).toBe('model-license');
    expect(assessment.commercialUse).toBe('permitted');
  });

  it('requires attribution when the licence or copyright "statement" should be included in copies', async () => {
    for (const sentence of [
      'The copyright statement above and this licence statement should be included in all copies or significant portions of the Weights.',
      'This license notice must be retained in every copy of the Model you distribute.',
    ]) {
      const { assessment, findings } = await summarise(`Heron Model Licence\n\nHeron grants you a licence to use the Weights.\n\n${sentence}`);
      expect(of(findings, sentence.slice(0, 40), 'attribution')?.rule).toBe('attribution/retain-notices');
      expect(assessment.attributionRequired).toBe(true);
    }
  });

  it('does not take a mention of a licence statement that nothing requires for a duty', async () => {
    const { assessment } = await summarise('Heron Model Licence\n\nHeron grants you a licence to use the Weights.\n\nThe licence statement on our website is for information only.');
    expect(assessment.attributionRequired).toBe(false);
  });

  it('reads a data licence between data providers and recipients as data terms: sharing allowed with the text of the agreement', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Open Dataset Licence Agreement',
        'Data Provider and Data Recipient agree as follows.',
        '1. A Data Recipient may use, adapt and share the Data under this agreement.',
        '2. A Data Recipient may share Data, changed or not, as long as the Data Recipient makes available the full text of this agreement with the shared Data.',
      ].join('\n\n'),
    );
    expect(assessment.kind).toBe('data-terms');
    expect(assessment.commercialUse).toBe('permitted');
    expect(of(findings, 'makes available the full text of this agreement', 'attribution')?.rule).toBe('attribution/licence-copy');
    expect(assessment.attributionRequired).toBe(true);
  });

  it('gives outputs to the user when the provider assigns its rights "if any" in them, however long the list', async () => {
    const { assessment } = await summarise(
      [
        '# Wren Terms of Use',
        'As between the parties: (a) you keep your rights in the Prompts you submit; (b) Wren hereby assigns any right, title and interest, if any, it may hold in the Outputs of the Service to you.',
      ].join('\n\n'),
    );
    expect(assessment.outputOwnership).toBe('user');
  });

  it('reads a model licence whose only ban is "for a purpose that conflicts with the use policy" as a policy by reference', async () => {
    const { assessment } = await summarise(
      [
        'Kestrel Model Licence',
        'Kestrel grants you a licence to reproduce and distribute the Model weights.',
        '“Use Policy” means the Kestrel acceptable use policy published at kestrel.example/aup, as updated from time to time.',
        'Your use of the Model must comply with the Use Policy at all times.',
        'You may not use the Model or its outputs to make other works for any purpose that conflicts with the Use Policy.',
      ].join('\n\n'),
    );
    expect(assessment.acceptableUse).toBe('by-reference');
  });

  it('still embeds a policy when a licence that points at a policy also bans something of its own', async () => {
    const { assessment } = await summarise(
      [
        'Kestrel Model Licence',
        'Kestrel grants you a licence to reproduce and distribute the Model weights.',
        'Your use of the Model must comply with the Kestrel Acceptable Use Policy, which is incorporated by reference.',
        'You will not use the Model for any military purpose.',
      ].join('\n\n'),
    );
    expect(assessment.acceptableUse).toBe('embedded');
  });

  it('reads a nested use policy introduced mid-sentence by "don’t use … including:" item by item', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Starling Acceptable Use Policy',
        'Use the Service responsibly and follow these rules:',
        '* Follow the law. In particular, don’t use the Service or Outputs to carry out unlawful or abusive activities, including:',
        '    * Harming the Service, for example by:',
        '        * Removing or altering watermarks or provenance data embedded in Outputs',
        '        * Using any Output to develop machine learning models that compete with Starling',
        '    * Stalking or doxing people',
      ].join('\n'),
    );
    expect(of(findings, 'don’t use the Service or Outputs to carry out', 'acceptable-use')?.rule).toBe('acceptable-use/prohibited-uses-list');
    expect(of(findings, 'Stalking or doxing people', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'Using any Output to develop machine learning models', 'output-ownership')?.rule).toBe('output-ownership/no-model-building');
    expect(of(findings, 'Removing or altering watermarks', 'attribution')?.rule).toBe('attribution/no-removal');
    expect(assessment.kind).toBe('acceptable-use-policy');
    expect(assessment.acceptableUse).toBe('embedded');
    expect(assessment.outputRestrictions).toBe(true);
  });

  it('does not read a use policy’s statement of principles as a list of bans, nor a carve-out inside an item as one', async () => {
    const { findings } = await summarise(
      [
        '# Finch Usage Policy',
        '## Our values',
        'The following values shape how we design the platform:',
        '* **Openness:** we think models should be widely available.',
        '* **Care:** we aim to reduce misuse while leaving people in control.',
        '## Do not deceive people',
        'This covers using the platform to:',
        '* Pass off generated text as the words of a real person. This does not prohibit clearly labelled satire.',
        '* Run networks of fake accounts',
      ].join('\n\n'),
    );
    expect(of(findings, 'Openness:', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'we aim to reduce misuse', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'This does not prohibit clearly labelled satire.', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'Pass off generated text', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'Run networks of fake accounts', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
  });

  it('reads a service that is "solely for personal study and research" as non-commercial, though the limit also covers its outputs', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Plover Chat Terms of Service',
        '**5. Personal use only.** You agree that the Platform (including any Outputs) is provided solely for your personal study, research and testing purposes. You must not use the Platform (including any Outputs) for commercial purposes unless we agree in writing.',
        '**9. Licence.** Subject to these Terms, Plover grants you a limited, personal, revocable licence to access the Platform as needed to use it under these Terms.',
      ].join('\n\n'),
    );
    expect(of(findings, 'provided solely for your personal study', 'commercial-use')?.rule).toBe('commercial-use/non-commercial-limit');
    expect(assessment.commercialUse).toBe('non-commercial');
  });

  it('still lets a limit that is only about outputs leave the service commercially usable', async () => {
    const { assessment } = await summarise(
      [
        '# Plover Chat Terms of Service',
        'Plover grants you a limited licence to access and use the Platform for any lawful purpose.',
        'Any Outputs (including Generations) are provided solely for your evaluation purposes.',
      ].join('\n\n'),
    );
    expect(assessment.commercialUse).toBe('permitted');
  });

  it('reads "we won’t claim ownership over that content" after a sentence saying the service lets you generate content', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Petrel Terms of Service',
        '## Your material',
        'Several Petrel tools let you generate new content. Petrel won’t claim ownership over that content.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Petrel won’t claim ownership over that content', 'output-ownership')?.rule).toBe('output-ownership/not-claimed');
    expect(assessment.outputOwnership).toBe('not-claimed');
  });

  it('does not read a claim-free statement about content the user uploads as one about outputs', async () => {
    const { assessment } = await summarise(
      [
        '# Petrel Terms of Service',
        '## Your material',
        'Several Petrel tools let you upload photos. Petrel won’t claim ownership over those photos.',
      ].join('\n\n'),
    );
    expect(assessment.outputOwnership).toBe('not-addressed');
  });

  it('gives the user content defined to include what they generate through the service when it "remains yours"', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Gannet Services Agreement',
        '1. Our privacy notice explains how we handle the files, images and recordings that you upload, store, create, generate or share through the Services ("Your Content").',
        '2. We do not claim ownership of Your Content. Your Content remains yours, and you are responsible for it.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Your Content remains yours', 'output-ownership')?.rule).toBe('output-ownership/user-owns');
    expect(assessment.outputOwnership).toBe('user');
  });

  it('reads a list of bans introduced by "you shall not do any of the following:" and by an unfinished "… any third party to"', async () => {
    const licence = (clauses: string[]) => summarise(['Curlew Model Licence', 'Curlew grants you a licence to use the Weights.', ...clauses].join('\n\n'), 'curlew.txt');
    const following = await licence([
      'What you cannot do. You shall not do or attempt to do any of the following:',
      '(a) build a database of the personal data of private individuals;',
      '(b) run automated social scoring of citizens.',
    ]);
    expect(of(following.findings, 'build a database of the personal data', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(following.findings, 'run automated social scoring', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    const unfinished = await licence([
      'Restrictions. You will not, and will not allow any third party to',
      'a. deploy the Weights for (i) weapons development, (ii) mass surveillance, or (iii) biometric categorisation;',
      'b. sublicense the Weights.',
    ]);
    expect(of(unfinished.findings, 'deploy the Weights for (i) weapons development', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
  });

  it('does not take a lack of authority to accept on an employer’s behalf, or the provider’s own compliance with law, for a use rule', async () => {
    const { findings } = await summarise(
      [
        'Curlew Model Licence',
        'Curlew grants you a licence to use the Weights.',
        'If you lack the requisite authority, you may not accept this Licence or access the Weights on behalf of your employer.',
        'We generally use User Content to run and improve the Service, comply with applicable law and keep the Service safe.',
      ].join('\n\n'),
    );
    expect(of(findings, 'you may not accept this Licence', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'We generally use User Content', 'acceptable-use')).toBeUndefined();
  });

  it('ends a list of bans whose introduction is a list item when a list item returns to the introduction’s depth', async () => {
    const { findings } = await summarise(
      [
        '# Sandpiper Terms',
        '1. Using the Service',
        '    * **1. Prohibited conduct.** You shall not do any of the following:',
        '        * (a) scrape the Service in an automated manner;',
        '        * (b) resell access to the Service.',
        '    * **2. Third party services.** Some features rely on third party services, which have their own terms.',
        '    * **3. Ownership.** We assign to you any rights we have in the Outputs.',
      ].join('\n'),
    );
    expect(of(findings, 'scrape the Service in an automated manner', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'Some features rely on third party services', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'We assign to you any rights', 'acceptable-use')).toBeUndefined();
  });

  it('starts a new list at an item back at the introduction’s depth that itself says "you may never use … for:"', async () => {
    const { findings } = await summarise(
      [
        '# Sandpiper Usage Policies',
        '* **Keep people safe**. You may not use our services for:',
        '    * threats or harassment',
        '* **Respect privacy**. People are entitled to privacy. So, you may never use our services for:',
        '    * covert tracking of individuals',
      ].join('\n'),
    );
    expect(of(findings, 'threats or harassment', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'covert tracking of individuals', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
  });

  it('does not take a reservation "other than the rights of access and use expressly granted, these Terms do not grant you any right" for a grant', async () => {
    const { assessment } = await summarise(
      [
        '# Dunlin Assistant Terms',
        'You may not use the Assistant to harass other people.',
        'Dunlin keeps all rights in the Assistant. Other than the rights of access and use expressly granted in these Terms, these Terms do not grant you any right, title or interest in the Assistant.',
      ].join('\n\n'),
    );
    expect(assessment.commercialUse).toBe('not-addressed');
  });

  it('reads "gives Customer permission to use the Services, including to power its own products" as a grant', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Avocet API Terms',
        '1. Overview. Subject to these Terms, Avocet gives Customer permission to use the Services, including to power the applications Customer offers to its own end users.',
        '2. Ownership. Customer owns its Outputs.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Avocet gives Customer permission to use the Services', 'commercial-use')?.rule).toBe('commercial-use/grant');
    expect(assessment.commercialUse).toBe('permitted');
  });

  it('does not read a licence the user or customer grants to the provider as a grant of use rights, whoever the grantee', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Plover Service Terms',
        'Customer hereby grants to the Provider a non-exclusive, worldwide, royalty-free licence to use, copy and display the User Content in order to provide the Services.',
        'You grant, an irrevocable, perpetual and worldwide right to Plover to use, copy and publish your User Content for any purpose, including to improve the Service.',
        'You may not use the Service to harass other people.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Customer hereby grants to the Provider', 'commercial-use')).toBeUndefined();
    expect(of(findings, 'You grant, an irrevocable', 'commercial-use')).toBeUndefined();
    expect(assessment.commercialUse).toBe('not-addressed');
  });

  it('reads "Collectively, Prompts and Output are “User Content”" as a definition, so keeping ownership of User Content reaches outputs', async () => {
    const { assessment } = await summarise(
      [
        '# Plover Assistant Terms',
        '## Your content',
        'You may send prompts to the Assistant ("Prompts") and receive output from the Assistant based on them ("Output"). Collectively, Prompts and Output are “User Content.” You are responsible for User Content.',
        'As between you and Plover, you retain your ownership rights to the User Content.',
      ].join('\n\n'),
    );
    expect(assessment.outputOwnership).toBe('user');
  });

  it('reads "A “Response” is …" in a definitions section, and a provider that does not own content defined as prompts and responses', async () => {
    const { assessment } = await summarise(
      [
        '# Wren Assistant Terms',
        '## Definitions',
        '* A “Prompt” is the text or images you send to Wren.',
        '* A “Response” is the content Wren sends back to you.',
        '* “Your Content” means the Prompts and Responses in your conversations with Wren.',
        '## Ownership',
        'We don’t own Your Content, but we may use it to operate and improve Wren.',
        'Because of the way Wren works, the Responses you get from Wren may not be unique to you.',
      ].join('\n'),
    );
    expect(assessment.outputOwnership).toBe('not-claimed');
    expect(assessment.outputRestrictions).toBe(false);
  });

  it('reads "you can only use the service for your own personal use" as a non-commercial limit', async () => {
    const { assessment } = await summarise(
      [
        '# Wren Assistant Terms',
        'Don’t use bots or scrapers to access Wren. You can only use Wren for your own personal use.',
        'Subject to these Terms, you may access and use Wren.',
      ].join('\n\n'),
    );
    expect(assessment.commercialUse).toBe('non-commercial');
    const { findings } = await summarise(
      '# Wren API Terms\n\nYou may only use our APIs (i) for your own personal use and (ii) to build products you offer to your customers.',
    );
    expect(of(findings, 'You may only use our APIs', 'commercial-use')?.rule).not.toBe('commercial-use/non-commercial-limit');
  });

  it('does not read a disclaimer of content the user submits as one of outputs named only in a later proviso', async () => {
    const disclaimer = (proviso: string) =>
      summarise(
        [
          '# Finch Search Terms',
          'You may type questions into Finch, and Finch answers them with generated text (“Output”).',
          `You may upload files to Finch. As between Finch and you, Finch does not claim any ownership in the files you upload${proviso}.`,
        ].join('\n\n'),
      );
    const later = await disclaimer('; provided that, Finch and its licensors own and will continue to own the Services and all other software or technology used to generate any Output');
    expect(later.assessment.outputOwnership).toBe('not-addressed');
    const none = await disclaimer(' or in any Output');
    expect(none.assessment.outputOwnership).toBe('not-claimed');
  });

  it('reads a ban on publishing outputs "without clearly citing" the service as an attribution duty, and a permission without one as none', async () => {
    const banned = await summarise('# Finch Search Terms\n\nYou may not (i) publish any answer generated by Finch without clearly acknowledging Finch, or (ii) misrepresent its source.');
    expect(banned.assessment.attributionRequired).toBe(true);
    const free = await summarise('# Finch Sample Code\n\nYou may copy and reuse the sample code without citing Finch.');
    expect(free.assessment.attributionRequired).toBe(false);
  });

  it('does not take who may use the service at all, or a ban on using the licensor’s logo, for a prohibited use', async () => {
    const { findings } = await summarise(
      [
        '# Finch Terms of Service',
        '**Who may not use Finch.**',
        'If your account was closed for abuse, you are prohibited from using the Service.',
        'Without our prior written consent, you are not allowed to use any Logo of Finch.',
        'You may not use the Service to stalk other people.',
      ].join('\n\n'),
    );
    expect(of(findings, 'you are prohibited from using the Service', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'you are not allowed to use any Logo', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'Who may not use Finch', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'to stalk other people', 'acceptable-use')?.rule).toBe('acceptable-use/use-prohibition');
  });

  it('reads "Customer may, on a non-exclusive basis during the term, use the Services" as a permission, and a waiver by the customer as no grant', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Finch API Terms',
        '2.1 Right to Use. Subject to this Agreement, Customer may, on a non-exclusive and non-transferable basis during the term of this Agreement, (i) use the Services to send Input and receive Output within the Customer Applications.',
        '2.2 Similarity. Output may not be unique. Accordingly, Customer hereby waives, and releases Finch from, any claim that another user’s output is not unique.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Customer hereby waives', 'commercial-use')).toBeUndefined();
    expect(of(findings, 'Customer may, on a non-exclusive', 'commercial-use')?.rule).toBe('commercial-use/permission');
    expect(assessment.commercialUse).toBe('permitted');
  });

  it('does not let a non-commercial limit on evaluation use decide the service, nor read "buy or sell securities" as resale', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Finch Consumer Terms',
        'You may access and use our Services only in compliance with these Terms.',
        'We may let you try the Services for a limited time. Use of the Services for evaluation purposes is for your personal, non-commercial use only.',
        'You may not use the Services:',
        '1. To rely upon the Outputs to buy or sell shares or other financial instruments.',
        '2. To resell access to the Services.',
      ].join('\n\n'),
    );
    expect(assessment.commercialUse).toBe('permitted');
    expect(of(findings, 'to buy or sell shares', 'commercial-use')).toBeUndefined();
    expect(of(findings, 'To resell access to the Services', 'commercial-use')?.rule).toBe('commercial-use/resale-ban');
  });

  it('does not read the provider’s own use of outputs, after "For clarity," or "you agree that", as a limit or permission for the user', async () => {
    const { findings } = await summarise(
      [
        '# Finch Terms',
        'For clarity, we do not use the web snippets shown in Outputs to train our artificial intelligence models.',
        'By rating an answer, you acknowledge and agree that Finch Labs may use your rating, along with the associated Input and Output data, to improve the Services.',
        'You may not use Outputs to train a model that competes with Finch.',
        'You may use and share Outputs for any lawful purpose.',
      ].join('\n\n'),
    );
    // Highlighted for what it is: the provider's use of the user's content.
    expect(of(findings, 'we do not use the web snippets', 'output-ownership')?.rule).toBe('output-ownership/provider-use-of-content');
    expect(of(findings, 'Finch Labs may use your rating', 'output-ownership')?.rule).toBe('output-ownership/provider-use-of-content');
    expect(of(findings, 'You may not use Outputs to train', 'output-ownership')?.rule).toBe('output-ownership/no-model-building');
    expect(of(findings, 'You may use and share Outputs', 'output-ownership')?.rule).toBe('output-ownership/output-permission');
  });
});

describe('summariseDocument on paraphrases of the fifth probe round', () => {
  it('does not take "give credit where credit is due" for an attribution duty, but reads a ban on removing references to a licence as one', async () => {
    const slogan = await summarise(
      ['# Heron Hub Terms of Service', '## Intellectual property', 'We like to give credit where credit is due, and we look after our own rights too.', 'You may use the Hub to share models.'].join('\n\n'),
    );
    expect(of(slogan.findings, 'give credit where credit is due', 'attribution')).toBeUndefined();
    expect(slogan.assessment.attributionRequired).toBe(false);

    const notice = await summarise(
      ['# Heron Hub Terms of Service', 'Where a repository carries a licence notice, its files stay under that licence, and nobody may remove the references to that licence.'].join('\n\n'),
    );
    expect(of(notice.findings, 'nobody may remove the references', 'attribution')?.rule).toBe('attribution/no-removal');
    expect(notice.assessment.attributionRequired).toBe(true);
  });

  it('reads a grant made "in consideration of your agreement" as a grant, and a model called a "Research Model" as material, not as a purpose', async () => {
    const { assessment, findings } = await summarise(
      [
        '"Lark Research Model" means the trained weights, parameters and checkpoints Lark releases with this notice.',
        '1. Scope. In consideration of your acceptance of these terms, Lark hereby grants you a personal, revocable licence to use, copy, modify and distribute the Lark Research Model exclusively for Research Purposes.',
        '"Research Purposes" means non-commercial scientific research and nothing else.',
      ].join('\n\n'),
      'lark.txt',
    );
    expect(of(findings, 'In consideration of your acceptance', 'commercial-use')?.rule).toBe('commercial-use/non-commercial-grant');
    expect(of(findings, '"Lark Research Model" means', 'commercial-use')).toBeUndefined();
    expect(of(findings, '"Research Purposes" means', 'commercial-use')?.rule).toBe('commercial-use/non-commercial-definition');
    expect(assessment.kind).toBe('model-license');
    expect(assessment.commercialUse).toBe('non-commercial');
  });

  it('still does not read a recital that rights are granted "in consideration of" acceptance as a grant', async () => {
    const { findings } = await summarise(
      ['# Open Content Licence', 'You are granted the Licensed Rights in consideration of Your acceptance of these terms, and the Licensor grants You such rights in consideration of the benefits it receives.'].join('\n\n'),
    );
    expect(findingsAt(findings, 'You are granted the Licensed Rights').filter((f) => f.category === 'commercial-use' && /grant/.test(f.rule))).toEqual([]);
  });

  it('reads "the Trained Models" as the licensed material, not as training models: no model-building ban, and a model licence', async () => {
    const { assessment, findings } = await summarise(
      [
        'Wren Labs Inc.',
        'Pretrained Networks: wren-small, wren-base',
        'DO NOT USE THE TRAINED MODELS LISTED ABOVE BEFORE YOU HAVE READ THIS AGREEMENT.',
        '1. Subject to this Agreement, Wren Labs grants you a license to use, modify, and distribute the Trained Models solely for non-commercial and research purposes.',
        '2. Conditions: (a) you cannot alter any copyright or other notice in the Trained Models; (b) you cannot sublicense the Trained Models under any other terms.',
        '3. You may not use the Trained Models to train or improve any other machine learning model.',
      ].join('\n\n'),
      'wren.md',
    );
    expect(of(findings, 'DO NOT USE THE TRAINED MODELS', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'you cannot alter any copyright', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'you cannot sublicense the Trained Models', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'You may not use the Trained Models to train', 'acceptable-use')?.rule).toBe('acceptable-use/no-model-building');
    expect(assessment.kind).toBe('model-license');
  });

  it('reads "the code and other output the assistant returns are called “Hints”" as a definition of outputs the provider does not claim', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Pipit Product Terms',
        '## Pipit Assistant',
        'The snippets, functions and other output returned to you by Pipit Assistant are called “Hints.” Pipit does not claim any rights in Hints, and you keep ownership of and responsibility for your code, including Hints you add to it.',
      ].join('\n\n'),
    );
    expect(findingsAt(findings, 'Pipit does not claim any rights in Hints').some((f) => f.category === 'output-ownership')).toBe(true);
    expect(['user', 'not-claimed']).toContain(assessment.outputOwnership);
  });

  it('reads a list introduced by "… should not be used for:" as prohibited uses, and "you are not allowed to use that product" as no use rule', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Pipit Terms for Additional Products and Features',
        '## Runners',
        'Besides the limits in the Agreement, Runners should not be used for:',
        '- mining cryptocurrency;',
        '- breaking into any service, device or network without permission; or',
        '- serving files as a content delivery network.',
        '## Benchmarking',
        'If you will not waive restrictions on benchmarking in your own terms, you are not allowed to use that Pipit product.',
      ].join('\n'),
    );
    expect(of(findings, 'mining cryptocurrency', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'breaking into any service', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'you are not allowed to use that Pipit product', 'acceptable-use')).toBeUndefined();
    expect(assessment.acceptableUse).toBe('embedded');
    // Terms for a provider's products and features are service terms.
    expect(assessment.kind).toBe('service-terms');
  });

  it('does not read a permission introduced under a use-policy heading ("You may use … for the following reasons:") as a list of bans, and keeps the policy a use policy', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Osprey Acceptable Use Policies',
        '## 1. Safety',
        'We do not allow activity on Osprey that:',
        '- threatens or harasses anyone;',
        '- spreads malware.',
        '## 2. Data Use Restrictions',
        'You may use public data from the Service for the following purposes, however it was collected:',
        '- Scholars may use public, non-personal data for study, if their papers are freely available.',
        '- Librarians may keep public data for preservation.',
        'You may not use data from the Service to send spam.',
      ].join('\n\n'),
    );
    expect(of(findings, 'You may use public data from the Service', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'Scholars may use public', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'Librarians may keep public data', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'threatens or harasses anyone', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'You may not use data from the Service to send spam', 'acceptable-use')?.stance).toBe('prohibits');
    expect(assessment.kind).toBe('acceptable-use-policy');
    expect(assessment.acceptableUse).toBe('embedded');
    // An allowance inside a use policy is a carve-out from its bans, not a licence: commercial use is not addressed.
    expect(assessment.commercialUse).toBe('not-addressed');
  });

  it('does not read "commercial use or any use involving payment is prohibited" as a prohibited-use policy', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Finch Voice Licence',
        'Permission is granted to use, copy and share the Finch voice model subject to these conditions.',
        '1. **Non-commercial use**: the voice model, and anything it produces, may be used for non-commercial purposes only. Commercial use or any use involving direct or indirect payment is prohibited.',
        '2. **Attribution**: appropriate credit must be given, keeping the original copyright notice.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Commercial use or any use involving direct or indirect payment', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'Commercial use or any use involving direct or indirect payment', 'commercial-use')).toBeDefined();
    expect(assessment.acceptableUse).toBe('none');
    expect(assessment.commercialUse).toBe('non-commercial');
  });

  it('reads a limit on "the model and its outputs" as a limit on the model, not on outputs alone', async () => {
    const { assessment } = await summarise(
      ['# Finch Voice Licence', 'Permission is granted to use, copy and share the Finch voice model under these terms.', 'The voice model and its outputs are for non-commercial use only.'].join('\n\n'),
    );
    expect(assessment.commercialUse).toBe('non-commercial');
  });

  it('resumes a use-policy heading’s list after an item that introduced sub-items, and does not take "purport to grant any rights" for a grant', async () => {
    const { assessment, findings } = await summarise(
      [
        'Updated 1 May 2026',
        'Kite Acceptable Use Policy',
        '--------------------------',
        'Harmful Conduct',
        '---------------',
        '*   **Unlawful use**. Do not use Kite for anything illegal. We have zero tolerance for the following kinds of content:',
        '    *   Sexual exploitation of children',
        '    *   Trafficking of people',
        '*   **Resale**. Do not sell or lease Kite, or purport to grant any rights in it to others.',
        '*   **Deception**. Do not pretend to be someone else.',
        '*   **Elections**. Do not use Kite’s AI features to run political campaigns.',
      ].join('\n'),
    );
    expect(of(findings, 'Trafficking of people', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'Do not pretend to be someone else', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(of(findings, 'to run political campaigns', 'acceptable-use')?.rule).toBe('acceptable-use/listed-prohibited-use');
    expect(findingsAt(findings, 'purport to grant any rights').filter((f) => f.category === 'commercial-use' && f.stance === 'permits')).toEqual([]);
    expect(assessment.kind).toBe('acceptable-use-policy');
    expect(assessment.commercialUse).not.toBe('permitted');
  });

  it('does not read a service as non-commercial when business subscribers are licensed "for your internal business purposes"', async () => {
    const { assessment } = await summarise(
      [
        '# Wren Writer Terms of Service',
        'Personal plans: Wren grants you a personal, revocable licence to access and use the Service solely for your own personal purposes.',
        'Business plans: Wren grants the subscribing organisation a revocable licence to access and use the Service solely for its internal business purposes.',
      ].join('\n\n'),
    );
    expect(assessment.commercialUse).not.toBe('non-commercial');
  });

  it('does not read a cross-reference to a section titled “… and AUP” as incorporating a use policy', async () => {
    const { findings } = await summarise(
      [
        '# Heron Model Licence',
        '## 3. Restrictions and AUP',
        'Your use of the Model is further subject to the Heron Acceptable Use Policy, which is incorporated here by reference.',
        '## 4. Sharing',
        'Subject to Section “Restrictions and AUP”, you may copy and share the Model for non-commercial purposes.',
      ].join('\n\n'),
    );
    expect(of(findings, 'Subject to Section “Restrictions and AUP”', 'acceptable-use')?.rule).not.toBe('acceptable-use/policy-incorporated');
    expect(findingsAt(findings, 'further subject to the Heron Acceptable Use Policy').some((f) => f.category === 'acceptable-use' && f.facts.policyIncorporated === true)).toBe(true);
  });

  it('reads a list introduced by "Prohibited commercial purposes include:" as commercial limits, not as a use policy', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Plover Research Licence',
        '**Grant**: Plover Inc. grants you a non-exclusive licence to use the code and weights solely for non-commercial research.',
        '**Not allowed**: You may not use the code or weights for any commercial purpose without a separate written licence from Plover Inc. Forbidden commercial purposes include:',
        '* renting or selling the weights or anything derived from them',
        '* offering paid services to others that run the weights',
        '* building the weights into a commercial product',
      ].join('\n\n'),
    );
    expect(of(findings, 'renting or selling the weights', 'acceptable-use')).toBeUndefined();
    expect(of(findings, 'building the weights into a commercial product', 'acceptable-use')).toBeUndefined();
    expect(assessment.acceptableUse).toBe('none');
    expect(assessment.commercialUse).toBe('non-commercial');
  });

  it('does not read the name "Licence Agreement for Non-Commercial Models" as a limit of its own', async () => {
    const { findings } = await summarise(
      [
        'WREN LABS INC.',
        'This Licence Agreement for Non-Commercial Models (“Agreement”) is a legal agreement between you and Wren Labs Inc.',
        '1. Wren Labs grants you a licence to use and share the Trained Models solely for non-commercial research.',
      ].join('\n\n'),
      'wren.md',
    );
    expect(of(findings, 'This Licence Agreement for Non-Commercial Models', 'commercial-use')).toBeUndefined();
    expect(of(findings, 'Wren Labs grants you a licence', 'commercial-use')?.rule).toBe('commercial-use/non-commercial-grant');
  });

  it('does not read "you may not use our products if you don’t meet these age requirements" as a prohibited use', async () => {
    const { assessment, findings } = await summarise(
      ['# Lark Writer Terms of Service', 'You must be at least 16 to use Lark Writer. You may not use our products if you don’t meet these age requirements.'].join('\n\n'),
    );
    expect(findingsAt(findings, 'You may not use our products if you').filter((f) => f.category === 'acceptable-use' && f.stance === 'prohibits')).toEqual([]);
    expect(assessment.acceptableUse).toBe('none');
  });
});

describe('summariseDocument on paraphrases found by probing version comparisons', () => {
  it('does not read a purpose from the name of the agreement ("this … RESEARCH LICENSE AGREEMENT") when the grant itself sets none', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Plover Vision Licence',
        'Under this Plover Vision RESEARCH LICENSE AGREEMENT (the "Agreement"), You are granted a worldwide, non-exclusive, royalty-free licence to use, reproduce and modify the Plover Materials.',
      ].join('\n\n'),
    );
    const grant = of(findings, 'You are granted a worldwide', 'commercial-use');
    expect(grant?.rule).toBe('commercial-use/grant');
    expect(grant?.facts.purposeLimits ?? []).not.toContain('research');
    expect(assessment.commercialUse).toBe('permitted');

    // The grant itself limited to research still is.
    const limited = await summarise(
      [
        '# Plover Vision Licence',
        'Under this Plover Vision RESEARCH LICENSE AGREEMENT, You are granted a non-exclusive licence to use and modify the Plover Materials solely for research purposes.',
      ].join('\n\n'),
    );
    expect(of(limited.findings, 'You are granted a non-exclusive', 'commercial-use')?.facts.purposeLimits).toContain('research');
    expect(limited.assessment.commercialUse).toBe('non-commercial');
  });

  it('does not read a recital of what the agreement is intended to allow, commercial uses included, as a non-commercial limit', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Plover Community Licence',
        'These terms are meant to permit academic, non-commercial and some commercial uses of the Plover Models at no cost.',
        'Plover grants you a non-exclusive, worldwide, royalty-free licence to use, reproduce, modify and distribute the Plover Models.',
      ].join('\n\n'),
    );
    const recital = findingsAt(findings, 'These terms are meant to permit').filter((f) => f.category === 'commercial-use');
    expect(recital.filter((f) => /non-commercial/.test(f.rule) || (f.facts.purposeLimits ?? []).length > 0)).toEqual([]);
    expect(assessment.commercialUse).toBe('permitted');
  });

  it('keeps the permission to distribute in a grant limited to non-commercial purposes, wherever the limit stands', async () => {
    const grant = (licence: string) =>
      `2. Grant of Copyright License. Subject to the terms of this License, each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable ${licence} to reproduce, prepare Derivative Works of, publicly display, publicly perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.`;
    for (const licence of ['copyright license, for non-commercial purposes only,', 'copyright license solely for Non-Commercial Purposes']) {
      const { assessment, findings } = await summarise(['# Plover Source Licence', grant(licence)].join('\n\n'));
      expect(of(findings, 'Grant of Copyright License', 'redistribution')?.stance).toBe('permits');
      expect(assessment.commercialUse).toBe('non-commercial');
    }
  });

  it('keeps every jurisdiction of a governing-law clause that names a country and one of its states', async () => {
    const { findings } = await summarise(
      ['# Plover Licence', '9. This Agreement is governed by and construed under the laws of the United States and the State of Oregon, without regard to conflict of laws principles.'].join('\n\n'),
    );
    const jurisdiction = of(findings, 'governed by and construed under', 'governing-law')?.facts.jurisdiction as string | undefined;
    expect(jurisdiction).toMatch(/United States/);
    expect(jurisdiction).toMatch(/State of Oregon/);
  });

  it('reads the notice quoted after "the following attribution notice …:" as the notice text, and does not end the sentence inside the quotation', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Plover Model Licence',
        'You must keep the following attribution notice in every copy of the Model you share: "Plover Model is licensed under the Plover Licence, Copyright (c) Plover Labs. All Rights Reserved." You may add your own notices beside it.',
      ].join('\n\n'),
    );
    const notice = of(findings, 'You must keep the following attribution notice', 'attribution');
    expect(notice?.quote).toContain('All Rights Reserved.');
    expect(notice?.quote).not.toContain('You may add your own notices');
    expect(notice?.facts.noticeText).toBe('Plover Model is licensed under the Plover Licence, Copyright (c) Plover Labs. All Rights Reserved.');
    expect(assessment.attributionRequired).toBe(true);
  });
});

describe('summariseDocument on model and dataset cards', () => {
  it('does not read "use is governed by the X Licence" as a governing-law clause, nor a licence described as "a commercial licence" as a need for a separate one', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Wren-7B',
        '**Licence:** Use of Wren 2.1 is governed by the [Wren 2.1 Community Licence](https://example.org/wren/LICENSE) (a bespoke, commercial license agreement).',
      ].join('\n\n'),
    );
    expect(of(findings, 'is governed by the Wren 2.1 Community Licence', 'governing-law')).toBeUndefined();
    expect(of(findings, 'is governed by the Wren 2.1 Community Licence', 'commercial-use')?.rule).not.toBe('commercial-use/separate-licence');
    expect(assessment.commercialUse).not.toBe('conditional');
  });

  it('still reads a clause governed by the laws of a state, and a separate commercial licence, as before', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Wren Licence',
        'This Agreement is governed by the laws of the State of Oregon.',
        'Commercial use of the Model requires a commercial license from Wren Labs.',
      ].join('\n\n'),
    );
    expect(of(findings, 'governed by the laws of the State of Oregon', 'governing-law')).toBeDefined();
    expect(assessment.commercialUse).toBe('conditional');
  });

  it('reads a card\'s out-of-scope list introduced by "may not be used" without a colon as prohibited uses', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Wren-Image',
        '## Out-of-Scope Use',
        'The model and any fine-tuned versions of it may not be used',
        '- To stalk, threaten or intimidate any person.',
        '- For producing sexual imagery of real people without their consent.',
        '## Citation',
        'Cite the Wren report when you publish results.',
      ].join('\n\n'),
    );
    expect(of(findings, 'To stalk, threaten or intimidate', 'acceptable-use')?.stance).toBe('prohibits');
    expect(of(findings, 'For producing sexual imagery', 'acceptable-use')).toBeDefined();
    expect(assessment.acceptableUse).toBe('embedded');
  });

  it('reads "the model should not be used to …" as a stated prohibited use', async () => {
    const { assessment, findings } = await summarise(
      ['# Wren-Image card', '## Misuse', 'The model should not be used to deliberately produce images that demean people for their religion.'].join('\n\n'),
    );
    expect(of(findings, 'should not be used to deliberately produce', 'acceptable-use')).toBeDefined();
    expect(assessment.acceptableUse).toBe('embedded');
  });

  it('reads a use that is "prohibited by the Acceptable Use Policy" as a pointer to the policy, not a ban of its own', async () => {
    const { assessment } = await summarise(
      [
        '# Wren-7B',
        '**Out of scope:** Use in any manner that breaks applicable laws. Use in any other way that is prohibited by the Acceptable Use Policy and the Wren Community Licence.',
      ].join('\n\n'),
    );
    expect(assessment.acceptableUse).toBe('by-reference');
  });

  it('reads a "License:" field naming a CC BY-NC licence as non-commercial and requiring attribution, and a model that "falls under" a non-commercial licence as non-commercial', async () => {
    const field = await summarise(['# Dataset Card for Heron', '## Details', '- **Curated by:** Heron Lab', '- **License:** CC BY-NC 4.0 (research only)'].join('\n\n'));
    expect(field.assessment.commercialUse).toBe('non-commercial');
    expect(field.assessment.attributionRequired).toBe(true);
    for (const name of ['Heron Image', '`Heron.1 [base]`']) {
      const fallsUnder = await summarise(['# Heron-Image', '# License', `This model falls under the [${name} Non-Commercial License](https://example.org/heron/LICENSE.md).`].join('\n\n'));
      expect(fallsUnder.assessment.commercialUse).toBe('non-commercial');
    }
  });

  it('does not take a model card with a list of out-of-scope uses for a use policy', async () => {
    const { assessment } = await summarise(
      [
        '# Wren-Image',
        '## Model Details',
        '- **Developed by:** Wren Labs',
        '## Limitations',
        '- The model cannot render legible text.',
        '## Out-of-Scope Use',
        'The model may not be used',
        '- To stalk or threaten any person.',
        '- To produce sexual imagery of real people without their consent.',
        '- To spread false information meant to harm others.',
        '- For automated decisions that affect a person’s legal rights.',
        '## Training Data',
        'The model was trained on licensed stock photographs.',
      ].join('\n\n'),
    );
    expect(assessment.acceptableUse).toBe('embedded');
    expect(assessment.kind).toBe('other');
  });

  it('does not read the name of a non-commercial licence in a card\'s feature list as a limit on outputs', async () => {
    const { assessment, findings } = await summarise(
      [
        '# Heron-Image',
        '## Key Features',
        '1. Generated outputs can be used for personal, scientific and commercial purposes, as set out in the [heron-1-base-non-commercial-license](./LICENSE.md).',
      ].join('\n\n'),
    );
    expect(of(findings, 'Generated outputs can be used', 'output-ownership')?.stance).not.toBe('restricts');
    expect(assessment.outputRestrictions).toBe(false);
  });

  it('reads a card that "cautions against" or "recommends against" uses as advising against them', async () => {
    for (const sentence of [
      'We caution against using the Heron speech models to record people who have not agreed to it.',
      'We recommend against use of the models in hiring decisions, where errors harm applicants.',
      'The authors advise against using this model for medical diagnosis.',
    ]) {
      const { assessment, findings } = await summarise(['# Model Card: Heron', '## Model Use', sentence].join('\n\n'));
      expect(findings.find((f) => f.category === 'acceptable-use')?.rule).toBe('acceptable-use/advised-against');
      expect(assessment.acceptableUse).toBe('embedded');
    }
  });

  it('reads a README whose licence section applies the Apache notice, filled in, as released under Apache 2.0, not as the licence itself', async () => {
    const { assessment } = await summarise(
      [
        '# Heron Corpus: web text for training language models',
        'Heron Corpus holds two billion documents drawn from public web crawls.',
        '## License',
        '```\nCopyright 2024 Heron Labs\n\nLicensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n   http://www.apache.org/licenses/LICENSE-2.0\n```',
        'The documents themselves remain under the terms of their original sites.',
      ].join('\n\n'),
    );
    expect(assessment.kind).toBe('other');
    expect(assessment.commercialUse).toBe('permitted');
    expect(assessment.attributionRequired).toBe(true);
  });

  it('does not take a card that says its data is "released under a Creative Commons Attribution" licence for the licence itself', async () => {
    const { assessment } = await summarise(
      ['# Dataset Card for Heron Captions', '## Licensing Information', 'The captions are released under a Creative Commons Attribution 4.0 International licence.'].join('\n\n'),
    );
    expect(assessment.kind).toBe('other');
    expect(assessment.attributionRequired).toBe(true);
  });

  it('reads "prohibited uses are outlined in the Prohibited Use Policy" as a pointer to the policy', async () => {
    for (const sentence of [
      'Prohibited uses of Heron models are outlined in the [Heron Prohibited Use Policy](https://example.org/heron/prohibited).',
      'Prohibited uses of the models are listed in the Heron Acceptable Use Policy.',
    ]) {
      const { assessment } = await summarise(['# Heron 2 model card', '## Ethical Considerations and Risks', `* Misuse for malicious purposes: ${sentence}`].join('\n\n'));
      expect(assessment.acceptableUse).toBe('by-reference');
    }
  });

  it('does not read what a model "may exhibit … if fine-tuned" as terms for fine-tuning, while "you may fine-tune … provided …" still is', async () => {
    const { findings } = await summarise(
      [
        '# Model Card: Heron Speech',
        '## Model Use',
        'The models may show further abilities, especially if fine-tuned on tasks such as speaker labelling, but these have not been evaluated.',
        'Developers may fine-tune Heron for other languages, provided they comply with the Heron Licence.',
      ].join('\n\n'),
    );
    expect(of(findings, 'The models may show further abilities', 'derivatives')).toBeUndefined();
    expect(of(findings, 'Developers may fine-tune Heron', 'derivatives')).toBeDefined();
  });

  it('labels a card saying a model is intended for / enables / supports commercial use as permitting it, unless the same sentence limits it', async () => {
    const permissive = [
      'Heron 4.1 is intended for commercial and research use in several languages.',
      'The toolkit is released openly, enabling both research and commercial usage.',
      'Heron Vision supports commercial use as well as academic research.',
      'These checkpoints are designed for commercial applications and research alike.',
      'The weights are suitable for commercial and non-commercial use.',
    ];
    const limiting = [
      'Heron Lite is intended for research use only, not commercial use.',
      'The checkpoints are intended for academic and non-commercial use.',
      'Heron Nano is not intended for commercial use.',
    ];
    const { findings } = await summarise(['# Heron model card', '## Intended Use', ...permissive, ...limiting].join('\n\n'));
    for (const sentence of permissive) expect(of(findings, sentence, 'commercial-use')?.stance, sentence).toBe('permits');
    for (const sentence of limiting) expect(of(findings, sentence, 'commercial-use')?.stance, sentence).toBe('restricts');
  });
});
