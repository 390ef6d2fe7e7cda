import { describe, expect, it } from 'vitest';
import { combineMostRestrictive, type AttachedAnalysis } from '../../src/assess/combine';
import type { DocumentAssessment } from '../../src/assess/types';

function summary(overrides: Partial<DocumentAssessment>, decidedBy: Partial<DocumentAssessment['decidedBy']> = {}): DocumentAssessment {
  return {
    kind: 'model-license',
    commercialUse: 'not-addressed',
    commercialCondition: null,
    attributionRequired: false,
    outputOwnership: 'not-addressed',
    outputRestrictions: false,
    acceptableUse: 'none',
    ...overrides,
    decidedBy: { kind: [], commercialUse: [], attributionRequired: [], outputOwnership: [], outputRestrictions: [], acceptableUse: [], ...decidedBy },
  };
}

function doc(documentId: number, title: string, a: DocumentAssessment, role: AttachedAnalysis['role'] = 'weights-license', license: AttachedAnalysis['license'] = null): AttachedAnalysis {
  return {
    documentId,
    title,
    role,
    assessment: a,
    license,
    clauses: Object.values(a.decidedBy)
      .flat()
      .map((key, i) => ({ findingId: documentId * 100 + i, key, category: 'commercial-use' as const, quote: `clause ${key} of ${title}`, page: null, section: null })),
  };
}

const byTopic = (docs: AttachedAnalysis[]) => Object.fromEntries(combineMostRestrictive(docs).map((p) => [p.topic, p]));

describe('most restrictive answer across documents', () => {
  it('takes non-commercial over conditional over permitted, and never lets "not addressed" win', () => {
    const licence = doc(1, 'Model licence', summary({ commercialUse: 'conditional', commercialCondition: 'Above 700 million MAU a licence is needed.' }, { commercialUse: ['f2'] }));
    const aup = doc(2, 'Acceptable use policy', summary({ commercialUse: 'not-addressed', acceptableUse: 'embedded' }, { acceptableUse: ['f1'] }), 'acceptable-use-policy');
    const terms = doc(3, 'Service terms', summary({ commercialUse: 'permitted' }, { commercialUse: ['f9'] }), 'service-terms');
    const result = byTopic([licence, aup, terms]);
    expect(result['commercial-use']).toMatchObject({ verdict: 'conditional', decidingDocumentId: 1, conditions: 'Above 700 million MAU a licence is needed.' });
    expect(result['commercial-use'].decidingClauses.map((c) => c.key)).toEqual(['f2']);
    expect(result['commercial-use'].perDocument.map((p) => p.value)).toEqual(['conditional', 'not-addressed', 'permitted']);

    const research = doc(4, 'Research licence', summary({ commercialUse: 'non-commercial', commercialCondition: 'Research only.' }, { commercialUse: ['f1'] }), 'code-license');
    expect(byTopic([licence, research, terms])['commercial-use']).toMatchObject({ verdict: 'non-commercial', decidingDocumentId: 4 });
    expect(byTopic([aup])['commercial-use']).toMatchObject({ verdict: 'not-addressed', decidingDocumentId: 2 });
  });

  it('requires attribution if any document does, and names every document that does', () => {
    const a = doc(1, 'Apache', summary({ attributionRequired: true }, { attributionRequired: ['f3'] }), 'code-license');
    const b = doc(2, 'Weights', summary({ attributionRequired: false }));
    const c = doc(3, 'Data', summary({ attributionRequired: true }, { attributionRequired: ['f1'] }), 'training-data-license');
    const result = byTopic([b, a, c])['attribution'];
    expect(result).toMatchObject({ verdict: 'required', decidingDocumentId: 1 });
    expect(result.conditions).toContain('“Apache”');
    expect(result.conditions).toContain('“Data”');
    expect(byTopic([b])['attribution'].verdict).toBe('not-required');
  });

  it('ranks output ownership provider > not-claimed > user, with not-addressed last', () => {
    const user = doc(1, 'Terms A', summary({ outputOwnership: 'user' }));
    const notClaimed = doc(2, 'Licence B', summary({ outputOwnership: 'not-claimed' }));
    const provider = doc(3, 'Terms C', summary({ outputOwnership: 'provider' }));
    const silent = doc(4, 'Policy D', summary({ outputOwnership: 'not-addressed' }));
    expect(byTopic([user, silent])['output-ownership'].verdict).toBe('user');
    expect(byTopic([user, notClaimed, silent])['output-ownership'].verdict).toBe('not-claimed');
    expect(byTopic([user, notClaimed, provider])['output-ownership']).toMatchObject({ verdict: 'provider', decidingDocumentId: 3 });
  });

  it('ranks acceptable use embedded > by-reference > none and lists the policies', () => {
    const byRef = doc(1, 'Licence', summary({ acceptableUse: 'by-reference' }));
    const embedded = doc(2, 'AUP', summary({ acceptableUse: 'embedded' }), 'acceptable-use-policy');
    const none = doc(3, 'MIT', summary({ acceptableUse: 'none' }), 'code-license');
    const result = byTopic([none, byRef, embedded])['acceptable-use'];
    expect(result).toMatchObject({ verdict: 'embedded', decidingDocumentId: 2 });
    expect(result.conditions).toMatch(/“Licence”.*“AUP”/);
    expect(result.conditions).not.toContain('MIT');
  });

  it('breaks ties by attach order', () => {
    const first = doc(7, 'First', summary({ commercialUse: 'permitted' }));
    const second = doc(8, 'Second', summary({ commercialUse: 'permitted' }));
    expect(byTopic([first, second])['commercial-use'].decidingDocumentId).toBe(7);
    expect(byTopic([second, first])['commercial-use'].decidingDocumentId).toBe(8);
  });

  it('warns when the deciding document is a modified copy of a known licence, and only then', () => {
    const modified = doc(1, 'Vendor licence', summary({ commercialUse: 'non-commercial' }), 'weights-license', { id: 'CC-BY-NC-4.0', name: 'CC BY-NC 4.0', score: 0.97, match: 'modified', start: 0, end: 10 });
    const exact = doc(2, 'Apache', summary({ commercialUse: 'permitted', attributionRequired: true }), 'code-license', { id: 'Apache-2.0', name: 'Apache License 2.0', score: 1, match: 'exact', start: 0, end: 10 });
    const result = byTopic([modified, exact]);
    expect(result['commercial-use'].warnings.join(' ')).toMatch(/differs from the reference CC BY-NC 4\.0/);
    expect(result['attribution'].warnings).toEqual([]);
  });
});
