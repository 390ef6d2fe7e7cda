import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../support/corpus';
import { summariseDocument } from '../../../src/assess';
import { detectClauses } from '../../../src/clauses';
import { corpusDocument, findingsAt, findingsOf, modelOf } from '../snippet';

const cu = (fs: Awaited<ReturnType<typeof findingsOf>>, phrase: string) => findingsAt(fs, phrase).find((f) => f.category === 'commercial-use');

describe.skipIf(!corpusAvailable)('commercial-use rules on corpus licences', () => {
  it('reads the Llama user threshold as a fact with its number', async () => {
    const { findings } = await corpusDocument('llama-3.1-community-license.txt');
    const f = cu(findings, 'greater than 700 million monthly active users')!;
    expect(f.rule).toBe('commercial-use/mau-threshold');
    expect(f.facts.mauThreshold).toBe(700_000_000);
    expect(f.explanation).toMatch(/separate licence above 700 million monthly active users/);
  });

  it('reads the Tongyi Qianwen threshold (100 million) and the Stability revenue cap (USD 1,000,000)', async () => {
    const tongyi = await corpusDocument('tongyi-qianwen-license-agreement.txt');
    expect(cu(tongyi.findings, 'more than 100 million monthly active users')!.facts.mauThreshold).toBe(100_000_000);
    const stability = await corpusDocument('stability-ai-community-license-2024-07-05.md');
    const revenue = cu(stability.findings, 'generate more than USD $1,000,000 in annual revenue')!;
    expect(revenue.facts).toMatchObject({ revenueThreshold: 1_000_000, currency: 'USD' });
    expect(cu(stability.findings, 'You must register with Stability AI')).toBeDefined();
  });

  it('flags grants limited to non-commercial purposes, including through a defined term', async () => {
    const chatglm = await corpusDocument('chatglm-6b-model-license-2023-05-24.txt');
    const grant = cu(chatglm.findings, 'solely for your non-commercial research purposes')!;
    expect(grant.rule).toBe('commercial-use/non-commercial-grant');
    expect(grant.facts.purposeLimits).toEqual(expect.arrayContaining(['non-commercial', 'research']));
    expect(grant.explanation).toBe('Grants rights for non-commercial (research or evaluation) purposes only.');
    const stability = await corpusDocument('stability-ai-non-commercial-research-community-license-2023-11-28.txt');
    expect(cu(stability.findings, 'for Non-Commercial Uses only')!.rule).toBe('commercial-use/non-commercial-grant');
    expect(cu(stability.findings, '“Non-Commercial Uses” means')!.stance).toBe('defines');
  });

  it('does not read licence names, royalties clauses or "commercially reasonable" as commercial terms', async () => {
    const cc = await corpusDocument('cc-by-nc-4.0-legalcode.txt');
    expect(cu(cc.findings, 'Creative Commons Attribution-NonCommercial 4.0 International Public License')).toBeUndefined();
    const bsd = await corpusDocument('bsd-3-clause.txt');
    expect(findingsAt(bsd.findings, 'SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES').some((f) => f.category === 'commercial-use')).toBe(false);
  });
});

describe('commercial-use rules on paraphrases', () => {
  it('recognises a non-commercial grant and a threshold worded differently', async () => {
    const fs = await findingsOf(
      [
        'Acme grants you a worldwide, royalty-free licence to use, copy and modify the Model solely for non-commercial research purposes.',
        'If the products you offer had more than 50 million monthly active users in the previous month, you must obtain a commercial licence from Acme.',
        'Organisations with annual revenue above EUR 5 million must purchase an enterprise licence.',
        'Customers whose gross revenues exceed $10M per year need a paid licence.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'solely for non-commercial research purposes')!.rule).toBe('commercial-use/non-commercial-grant');
    expect(cu(fs, '50 million monthly active users')!.facts.mauThreshold).toBe(50_000_000);
    expect(cu(fs, 'EUR 5 million')!.facts).toMatchObject({ revenueThreshold: 5_000_000, currency: 'EUR' });
    expect(cu(fs, 'exceed $10M per year')!.facts).toMatchObject({ revenueThreshold: 10_000_000, currency: 'USD' });
  });

  it('recognises bans on reselling and commercial-use exclusions', async () => {
    const fs = await findingsOf('You may not resell, lease or sublicense access to the Platform.\n\nCommercial use of the Dataset is not permitted.');
    expect(cu(fs, 'may not resell')!.rule).toBe('commercial-use/resale-ban');
    expect(cu(fs, 'Commercial use of the Dataset is not permitted')!.rule).toBe('commercial-use/non-commercial-limit');
  });

  it('recognises daily-user thresholds, registration gates, express commercial permission and non-commercial licence statements', async () => {
    const fs = await findingsOf(
      [
        'If you use the Models for commercial purposes and your daily active users exceed 1 million, you must apply to us for a commercial license.',
        'If you intend to use the Models for commercial purposes, you shall complete the registration and obtain our written authorization.',
        'Models are commercially usable.',
        'The model weights are released under CC BY-NC 4.0.',
        'You may use the Models only for research purposes and in a non-production environment.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'daily active users exceed 1 million')!.facts.dauThreshold).toBe(1_000_000);
    expect(findingsAt(fs, 'complete the registration').map((f) => f.rule)).toContain('commercial-use/registration');
    expect(cu(fs, 'commercially usable')!.stance).toBe('permits');
    expect(cu(fs, 'released under CC BY-NC 4.0')!.rule).toBe('commercial-use/non-commercial-licence-statement');
    expect(cu(fs, 'only for research purposes')!.facts.purposeLimits).toEqual(expect.arrayContaining(['research', 'non-production']));
  });

  it('does not treat a grant from the user to the provider, or a trademark licence, as the licence grant', async () => {
    const fs = await findingsOf('You grant Acme a licence to use your feedback.\n\nAcme grants you a licence to use the Acme mark (the “Mark”) solely to identify the Model.');
    expect(fs.filter((f) => f.category === 'commercial-use')).toEqual([]);
  });

  it('reads a revenue cap drawn in a definition, and a threshold the revenue "reaches"', async () => {
    const fs = await findingsOf(
      [
        '"Small Organisation" means a company whose annual revenue, together with its affiliates, is under EUR 2,000,000.',
        'Once your annual revenue reaches EUR 2 million, you need a paid licence from us.',
      ].join('\n\n'),
    );
    const definition = cu(fs, 'annual revenue, together with its affiliates')!;
    expect(definition.facts).toMatchObject({ revenueThreshold: 2_000_000, currency: 'EUR' });
    expect(cu(fs, 'Once your annual revenue reaches')!.facts.revenueThreshold).toBe(2_000_000);
  });

  it('reads commercial use open only to a paid plan as a condition, and a plan name alone as nothing of the kind', async () => {
    const fs = await findingsOf(
      [
        'Pro subscribers. If you hold a Pro subscription when an Asset is made, it is yours. You may use those Assets for commercial purposes.',
        'Commercial use of Assets is reserved to paid members.',
        'Our Pro plan includes priority rendering.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'You may use those Assets for commercial purposes')!.rule).toBe('commercial-use/paid-tier');
    expect(cu(fs, 'Commercial use of Assets is reserved to paid members')!.facts.paidPlanRequired).toBe(true);
    expect(cu(fs, 'Our Pro plan includes priority rendering')).toBeUndefined();
  });

  it('does not read a royalty offered to settle a patent lawsuit as a fee for using the material', async () => {
    const fs = await findingsOf(
      [
        'If you start a lawsuit alleging that a Contribution infringes your patent, you must agree to pay the Contributor a reasonable royalty for your future use of it or drop the lawsuit.',
        'You shall pay Licensor a royalty of 5% of net revenue from products that include the Model.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'drop the lawsuit')?.facts.feeRequired).toBeUndefined();
    expect(cu(fs, 'a royalty of 5% of net revenue')!.facts.feeRequired).toBe(true);
  });

  it('does not read a statement that nothing else grants rights as a grant', async () => {
    const fs = await findingsOf(
      [
        'Apart from this Licence, nothing else grants you permission to copy the Toolkit.',
        'The Author makes no additional grants by reason of your choice of a later version.',
        'The Author hereby grants you a worldwide licence to copy and modify the Toolkit.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'nothing else grants you permission')?.rule).not.toBe('commercial-use/grant');
    expect(cu(fs, 'makes no additional grants')?.rule).not.toBe('commercial-use/grant');
    expect(cu(fs, 'hereby grants you a worldwide licence')!.rule).toBe('commercial-use/grant');
  });

  it('does not read leave to use the provider’s marks, the class of customers the terms are for, or where business disputes are heard as commercial-use terms (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'You may use Lumen’s Marks and logos only if you follow these brand guidelines.',
        'These Terms for Commercial Customers govern the use of the Lumen Platform by the company you represent.',
        'Preview features are offered to our commercial Customers for testing.',
        'Any dispute about use of the Platform for a business or commercial purpose must be brought in the courts of Ireland.',
        'You may use the Platform for commercial purposes.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'You may use Lumen’s Marks')).toBeUndefined();
    expect(cu(fs, 'Terms for Commercial Customers govern')).toBeUndefined();
    expect(cu(fs, 'offered to our commercial Customers')).toBeUndefined();
    expect(cu(fs, 'for a business or commercial purpose must be brought')).toBeUndefined();
    expect(cu(fs, 'You may use the Platform for commercial purposes')!.stance).toBe('permits');
  });

  it('reads "You may view, use, copy … the Materials" as a permission to use them (probe round 6)', async () => {
    const fs = await findingsOf('You may view, use, copy, and/or modify the Course Materials solely for the purpose of using them with the Platform.');
    expect(cu(fs, 'You may view, use, copy')!.rule).toBe('commercial-use/permission');
  });

  it('does not read a licence to use brand assets "solely to promote your Apps" as the licence to use the service (probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'We grant you a non-exclusive, non-transferable licence to use the Heron Assets solely to promote your Extensions.',
        'We grant you a non-exclusive, non-transferable licence to use the Heron Platform to build and run your Extensions.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'solely to promote your Extensions')).toBeUndefined();
    expect(cu(fs, 'to use the Heron Platform to build')!.rule).toBe('commercial-use/grant');
  });

  it('reads a release’s own "for research purposes only" as a non-commercial limit, and an encouragement to check before deploying as none (decision, probe round 6)', async () => {
    const fs = await findingsOf(
      [
        'This release is for research purposes only in support of a scientific paper.',
        'We strongly recommend users evaluate accuracy and safety before deploying the model.',
      ].join('\n\n'),
    );
    const limit = cu(fs, 'for research purposes only in support of')!;
    expect(limit.rule).toBe('commercial-use/non-commercial-limit');
    expect(limit.facts.purposeLimits).toEqual(['research']);
    expect(cu(fs, 'before deploying the model')).toBeUndefined();
  });

  it('does not read leave to use the results of an audit or the other party’s confidential information as permission to use the service (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        'Customer may use the findings of any inspection only to meet its own regulatory obligations under this Addendum.',
        'The Customer may use the audit results solely to verify compliance with this Addendum.',
        'Customer may use the Services on a non-exclusive basis during the term.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'findings of any inspection')).toBeUndefined();
    expect(cu(fs, 'audit results solely to verify')).toBeUndefined();
    expect(cu(fs, 'Customer may use the Services')!.stance).toBe('permits');
  });

  it('does not read keeping one’s own login to oneself as restricting third-party access to the service (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        'Team Members may not make their individual accounts available to colleagues or to third parties, and Client shall notify Acme of any unauthorized use of a Team Member’s account or any API key.',
        'Client shall not offer the Services to third parties via its APIs as a hosted service.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'individual accounts available to colleagues')).toBeUndefined();
    expect(cu(fs, 'as a hosted service')!.rule).toBe('commercial-use/third-party-access');
  });

  it('reads commercial use left to "registered users", or allowed after registering, as gated by registration (compare probe round 2)', async () => {
    const fs = await findingsOf(
      [
        'Registered developers may use the Model for commercial purposes free of charge, provided they keep to this Licence.',
        'Once registered, developers may use the Model commercially. Upon completing the registration, you may offer the Model in commercial products.',
        'Registered users can read the forum.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'Registered developers may use the Model for commercial')!.rule).toBe('commercial-use/registration');
    expect(cu(fs, 'Upon completing the registration')!.rule).toBe('commercial-use/registration');
    expect(cu(fs, 'Registered users can read the forum')).toBeUndefined();
  });

  it('does not read how long records of commercial licences are kept as a term about commercial use (probe round 7)', async () => {
    const fs = await findingsOf(
      [
        '- Contracts and commercial licences for our models: we keep your data for the length of the contract and 5 years after it ends.',
        '- Commercial use of the models requires a separate commercial licence from Heron.',
      ].join('\n'),
    );
    expect(cu(fs, 'we keep your data for the length of the contract')).toBeUndefined();
    expect(cu(fs, 'requires a separate commercial licence')).toBeDefined();
  });

  it('reads leave given as a freedom ("You are free to use, copy, modify, and share …"), weights "provided under" CC BY-NC, and a card saying the model "is available for commercial use" (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'You are free to use, copy, modify, and share the Heron models under the conditions of this agreement.',
        'The released Egret weights are provided under the Creative Commons Attribution-NonCommercial 4.0 International license (CC BY-NC 4.0).',
        'This model is available for commercial use.',
        'This model is not available for commercial use without a separate agreement.',
        'Support is provided under the terms of your order form.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'You are free to use, copy, modify')!.rule).toBe('commercial-use/permission');
    expect(cu(fs, 'provided under the Creative Commons')!.rule).toBe('commercial-use/non-commercial-licence-statement');
    const card = cu(fs, 'This model is available for commercial use')!;
    expect(card.rule).toBe('commercial-use/commercial-intended');
    expect(card.stance).toBe('permits');
    expect(cu(fs, 'not available for commercial use')!.stance).not.toBe('permits');
    expect(cu(fs, 'Support is provided under')).toBeUndefined();
  });

  it('reads a cap on free commercial use counted in visits, requests or API calls per month as a threshold fact, not a service rate limit (probe round 8, known weak spot d)', async () => {
    const fs = await findingsOf(
      [
        'Licensees with a basic commercial licence may use the Heron models in their services, provided the services do not exceed 2 million visits per month.',
        'If your product serves more than 10,000,000 monthly API calls, you must obtain an enterprise licence from us.',
        'The free plan allows 100 requests per minute.',
        'Our platform processes 5 million requests per month.',
      ].join('\n\n'),
    );
    const visits = cu(fs, 'do not exceed 2 million visits per month')!;
    expect(visits.rule).toBe('commercial-use/usage-threshold');
    expect(visits.facts).toMatchObject({ usageThreshold: 2_000_000, usageUnit: 'visits per month' });
    expect(visits.explanation).toMatch(/2 million visits per month/);
    expect(cu(fs, '10,000,000 monthly API calls')!.facts).toMatchObject({ usageThreshold: 10_000_000, usageUnit: 'API calls per month' });
    expect(cu(fs, '100 requests per minute')).toBeUndefined();
    expect(cu(fs, 'Our platform processes 5 million requests per month')).toBeUndefined();
  });

  it('reads a ban on using the model "to provide services to the general public" as a limit on offering it onward, not the provider describing its own services (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'You undertake not to use the Heron Model, directly or indirectly, to provide services to the general public.',
        'We provide services to the general public through our website.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'to provide services to the general public.')!.rule).toBe('commercial-use/third-party-access');
    expect(cu(fs, 'We provide services to the general public')).toBeUndefined();
  });

  it('does not read a licence or fee that users do NOT need, or a restriction outputs are "not subject to", as a gate or a limit (probe round 8)', async () => {
    const fs = await findingsOf(
      [
        'These creators do not need a separate commercial licence from, or owe fees or royalties to, the licensors for monetising their outputs.',
        'Companies that wish to use the weights commercially must obtain a commercial licence.',
        'Generated outputs are not subject to the weights’ NonCommercial restriction.',
        'Outputs may be used for non-commercial purposes only.',
      ].join('\n\n'),
    );
    const notNeeded = findingsAt(fs, 'do not need a separate commercial licence');
    expect(notNeeded.map((f) => f.rule)).not.toContain('commercial-use/separate-licence');
    expect(notNeeded.some((f) => f.facts.feeRequired === true)).toBe(false);
    expect(cu(fs, 'Companies that wish to use the weights commercially')!.rule).toBe('commercial-use/separate-licence');
    const freed = findingsAt(fs, 'not subject to the weights’ NonCommercial restriction');
    expect(freed.map((f) => f.rule)).not.toContain('commercial-use/non-commercial-limit');
    expect(freed.map((f) => f.rule)).not.toContain('output-ownership/output-limit');
    expect(findingsAt(fs, 'Outputs may be used for non-commercial purposes only').some((f) => f.category === 'output-ownership' && f.stance === 'restricts')).toBe(true);
  });

  it('reads "You may not use any Services for production use" as a non-production limit that decides the answer; data called non-production is no limit (probe round 9)', async () => {
    const text = [
      '# Heron Nano Trial Additional Terms of Service',
      'You may only use the Services for internal testing and development of your apps. You may not use any Services for production use.',
      'Input does not include information submitted outside the Services, including non-production data and synthetic data.',
      'You may use the Preview only in non-production environments.',
    ].join('\n\n');
    const fs = await findingsOf(text);
    const limit = cu(fs, 'You may not use any Services for production use')!;
    expect(limit.rule).toBe('commercial-use/non-commercial-limit');
    expect(limit.facts.purposeLimits).toEqual(['non-production']);
    expect(cu(fs, 'including non-production data and synthetic data')).toBeUndefined();
    expect(cu(fs, 'only in non-production environments')!.rule).toBe('commercial-use/non-commercial-limit');
    const model = await modelOf(text, 'heron-nano.md');
    expect(summariseDocument(model, detectClauses(model), null).commercialUse).toBe('non-commercial');
  });

  it('does not read "You may use only Paid Services when …" as leave to use the service (probe round 9)', async () => {
    const fs = await findingsOf(
      [
        'You may use only Paid Services when making apps available to users in the United Kingdom.',
        'You may use the Services to build and offer your own products.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'You may use only Paid Services')).toBeUndefined();
    expect(cu(fs, 'to build and offer your own products')!.rule).toBe('commercial-use/permission');
  });

  it('does not read "regardless of whether you used the Service for personal, commercial, or other purposes" as a term about commercial use (probe round 9)', async () => {
    const fs = await findingsOf(
      'YOU AND HERON WAIVE A JURY TRIAL. THIS APPLIES TO ALL USERS, REGARDLESS OF WHETHER YOU HAVE USED THE SERVICE FOR PERSONAL, COMMERCIAL, OR OTHER PURPOSES.',
    );
    expect(cu(fs, 'REGARDLESS OF WHETHER')).toBeUndefined();
  });

  it('reads keeping an API key secret as account security, not a limit on offering the service to others (probe round 9)', async () => {
    const fs = await findingsOf(
      [
        'Keep your API key secure: do not share or publicly disclose your API key with others, and do not expose it in client-side code.',
        'You may not offer the Services to third parties as a hosted service.',
      ].join('\n\n'),
    );
    expect(cu(fs, 'do not share or publicly disclose your API key')).toBeUndefined();
    expect(cu(fs, 'as a hosted service')!.rule).toBe('commercial-use/third-party-access');
  });

  it('reads agreeing that one uses the service "for your personal and non-commercial use" as a non-commercial service (probe round 9)', async () => {
    const model = await modelOf(
      [
        '# Heron Reader Terms',
        'These Heron Reader Terms (“Reader Terms”) supplement the Heron Terms of Service.',
        'By using Heron Reader, you acknowledge and agree that you are (A) at least 16 years of age and (B) using the service for your personal and non-commercial use, unless you take part in our Publishing Program.',
      ].join('\n\n'),
      'heron-reader.md',
    );
    const a = summariseDocument(model, detectClauses(model), null);
    expect(a.commercialUse).toBe('non-commercial');
    expect(a.kind).toBe('service-terms');
  });
});
