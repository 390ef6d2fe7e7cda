import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/assess/kind';
import { detectClauses } from '../../src/clauses';
import { modelOf } from '../clauses/snippet';

async function kindOf(text: string) {
  const model = await modelOf(text);
  return classifyDocument(model, detectClauses(model)).kind;
}

describe('classifyDocument: open software licences and model licences', () => {
  it('calls an unnamed licence that lets anyone give the program away in source and executable form open source', async () => {
    const kind = await kindOf(
      [
        '# The Quokka Licence',
        'You may make and give away verbatim copies of the source code of the Program, provided that you keep its copyright notices.',
        'You may distribute the Program in object code or executable form, provided that you also offer its source code.',
        'A program that calls the Program through numerical parameters and data structure layouts only is not a work based on it.',
      ].join('\n\n'),
    );
    expect(kind).toBe('open-source-license');
  });

  it('does not take an interface’s "numerical parameters" for model material in a GNU licence', async () => {
    const kind = await kindOf(
      [
        '# GNU Library General Public License',
        'You may copy and distribute verbatim copies of the Library, and you may modify your copy of it.',
        'If an object file uses only numerical parameters, data structure layouts and accessors, its use is unrestricted.',
      ].join('\n\n'),
    );
    expect(kind).toBe('open-source-license');
  });

  it('still calls a licence over a model’s parameters a model licence', async () => {
    const kind = await kindOf(
      [
        '# Heron Model Licence',
        '“Model” means the model parameters released by Heron Labs.',
        'Heron Labs grants you a worldwide licence to use, reproduce, modify and distribute the Model.',
      ].join('\n\n'),
    );
    expect(kind).toBe('model-license');
  });

  it('does not call a closed software licence open source because it mentions source and object code', async () => {
    const kind = await kindOf(
      [
        '# Bittern Evaluation Licence',
        'Bittern grants you a personal, non-transferable licence to use the source code and object code of the Software for internal evaluation.',
        'You may not distribute the Software.',
      ].join('\n\n'),
    );
    expect(kind).not.toBe('open-source-license');
  });
});

describe('classifyDocument: documents whose title does not say what they are (probe round 6)', () => {
  it('calls terms that name themselves "These Terms of Service" in their opening service terms, though they list many bans', async () => {
    const kind = await kindOf(
      [
        '**Which terms apply depends on where you live.**',
        'Wren Assistant Terms (EU)',
        'These Terms of Service (“Terms”) apply when you use the Wren assistant and its generative features. They are a binding agreement between you and Wren Ltd.',
        'You may not use the assistant in any manner that would:',
        '- Be unlawful or promote unlawful activity',
        '- Harass, bully or humiliate other people',
        '- Infer people’s religion or sexual orientation from biometric data',
        '- Produce sexual content',
        '- Override safety filters',
      ].join('\n\n'),
    );
    expect(kind).toBe('service-terms');
  });

  it('calls a licence titled as one over model weights a model licence when its grant is in another document', async () => {
    const kind = await kindOf(
      [
        '# Model Weights Licence',
        'This licence governs the trained model weights and checkpoints released by Kite Labs. The grant of rights is in the separate Kite Model Licence.',
        'You may not use the model weights to generate:',
        '- Sexual content involving minors',
        '- Terrorist propaganda',
        '- Non-consensual intimate imagery',
        '- Targeted harassment',
      ].join('\n\n'),
    );
    expect(kind).toBe('model-license');
  });

  it('still calls a list of bans under a use-policy title a use policy', async () => {
    const kind = await kindOf(
      [
        '# Kite Model Acceptable Use Policy',
        'These Terms of Use prohibit the following uses of Kite models and weights:',
        '- Weapons development',
        '- Malware',
        '- Fraud',
        '- Harassment',
      ].join('\n\n'),
    );
    expect(kind).toBe('acceptable-use-policy');
  });
});

describe('classifyDocument: data licences named as agreements (probe round 6)', () => {
  it('calls a "Use of Data Agreement" data terms', async () => {
    const kind = await kindOf(
      [
        '# Shared Use of Data Agreement v2',
        'You may use and share the Data you receive from the Data Provider for analysis by computer.',
        'You must pass on all attribution information that came with the Data.',
      ].join('\n\n'),
    );
    expect(kind).toBe('data-terms');
  });
});

describe('classifyDocument: supplementary terms that say they are the agreement (probe round 7)', () => {
  it('calls named Terms that are "an agreement between you and" the provider service terms, though no title says so', async () => {
    const kind = await kindOf(
      [
        'Updated: 3 March 2026',
        '# Prepaid balance',
        'These Heron Prepaid Balance Terms (“Terms”) are an agreement between you and Heron Labs Ltd and govern your purchase and use of prepaid balance for our Services.',
        '1. Prepaid balance is not currency and cannot be refunded except where the law requires.',
        '2. We may change these Terms by posting a revised version.',
      ].join('\n\n'),
    );
    expect(kind).toBe('service-terms');
  });

  it('calls a document titled "App Developer Terms" service terms', async () => {
    const kind = await kindOf(
      [
        '# App Developer Terms',
        'These Terms govern how you build and list apps that connect to the Heron assistant.',
        'You may not use Heron’s logos except as the Brand Guidelines allow.',
      ].join('\n\n'),
    );
    expect(kind).toBe('service-terms');
  });

  it('still calls a data processing addendum that forms part of the agreement other', async () => {
    const kind = await kindOf(
      [
        '# Data Processing Addendum',
        'This Data Processing Addendum (“DPA”) forms part of the agreement between Customer and Heron Labs Ltd and applies to Heron’s processing of Customer Personal Data.',
        'Customer is the controller and Heron is its processor. Heron will notify Customer of a Security Breach within 48 hours.',
      ].join('\n\n'),
    );
    expect(kind).toBe('other');
  });

  it('calls terms that name themselves as additional terms, or as terms that supplement or govern a service, service terms though no title says so (probe round 9)', async () => {
    const nano = await kindOf(
      [
        '*Last modified: 3 March 2026*',
        'To use the Heron products in the Access to Trial with Heron Nano Program, you must accept (1) the Heron APIs Terms of Service, and (2) these Access to Trial with Heron Nano Program Additional Terms of Service (the "Additional Terms").',
        'You may not use the Services to develop models that compete with the Services.',
      ].join('\n\n'),
    );
    expect(nano).toBe('service-terms');
    const reader = await kindOf(
      [
        'Last Updated: 1 February 2026',
        'These Heron Reader Terms (“Reader Terms”) supplement the Heron Terms of Service and apply to your use of Heron Reader.',
      ].join('\n\n'),
    );
    expect(reader).toBe('service-terms');
    const beta = await kindOf(
      ['Last updated 2 May 2026.', 'These Additional Terms govern your use of beta generative AI features in our Services and Software.'].join('\n\n'),
    );
    expect(beta).toBe('service-terms');
  });

  it('calls "Generative AI User Guidelines" listing what users must not create a use policy (probe round 9)', async () => {
    const kind = await kindOf(
      [
        '# Heron Generative AI User Guidelines',
        'These Guidelines govern your use of Heron’s generative AI features.',
        'Do not use Heron’s generative AI features to create, upload, or share abusive or illegal content.',
        'Do not use the features to create graphic violence or gore.',
      ].join('\n\n'),
    );
    expect(kind).toBe('acceptable-use-policy');
  });
});
