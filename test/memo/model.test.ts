/** The memo model of a reviewed assessment: what each section says and where each statement points. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/api';
import { sectionAt } from '../../src/document/sections';
import { buildMemo, MemoError, parseSectionList, resolveMemoOptions, type VersionChangesSource } from '../../src/memo';
import { openTempLibrary, reviewLlamaAssessment, type ReviewedAssessment, type TempLibrary } from './memo-fixture';

let lib: TempLibrary;
let review: ReviewedAssessment;
const licence = { id: 'llama-3.1-community', name: 'Llama 3.1 Community License Agreement', score: 0.97, match: 'modified' as const, start: 0, end: 100 };

beforeAll(async () => {
  lib = openTempLibrary();
  // The weights licence recorded as a modified copy of its reference, as identification reports an edited licence.
  review = await reviewLlamaAssessment(lib.ctx, { license: licence });
});
afterAll(() => lib.close());

const memoOf = (options = {}, sources = {}) => buildMemo(lib.ctx.library, review.assessment.id, options, { now: lib.ctx.now, ...sources });

describe('memo model', () => {
  it('has the heading block of the assessment', () => {
    const memo = memoOf({ timeZone: 'UTC' });
    expect(memo.heading).toMatchObject({
      assessmentId: review.assessment.id,
      title: 'Licence review: Llama 3.1 8B Instruct',
      model: 'Llama 3.1 8B Instruct',
      reviewer: 'Ann Counsel',
      status: 'decided',
      statusLabel: 'Decided',
      decision: 'approved-with-conditions',
      decisionLabel: 'Approved with conditions',
      date: '28 November 2026',
    });
    expect(memo.privilegedHeader).toBe('Privileged & Confidential — Attorney Work Product');
    expect(memo.sections).toEqual(['summary', 'documents', 'findings', 'rationale', 'annotations', 'conditions', 'signoff']);
  });

  it('summarises the four topics with the most restrictive answer, the deciding document and its clauses', () => {
    const memo = memoOf();
    expect(memo.summary.map((r) => [r.title, r.verdictLabel, r.decidingDocument?.documentRef])).toEqual([
      ['Commercial use', 'Conditional', 'D1'],
      ['Attribution', 'Required', 'D1'],
      ['Output ownership', 'User owns outputs', 'D3'],
      ['Acceptable use', 'Restrictions in the document', 'D2'],
    ]);
    const commercial = memo.summary[0];
    expect(commercial.tone).toBe('caution');
    expect(commercial.clauses.map((c) => c.citation.section)).toContain('2');
    expect(commercial.clauses.find((c) => c.citation.section === '2')!.quote).toMatch(/700 million monthly active users/);
    // The licence differs from its reference text: every answer it decides carries the warning.
    expect(commercial.warnings.join(' ')).toMatch(/differs from the reference Llama 3\.1 Community License Agreement/);
  });

  it('lists the documents with their role, version, date, SHA-256 and identified licence', () => {
    const [d1, d2, , d4] = memoOf().documents;
    expect(d1).toMatchObject({
      documentRef: 'D1',
      roleLabel: 'Weights licence',
      versionLabel: 'Llama 3.1',
      effectiveDateLabel: '23 July 2024',
      modifiedFromReference: true,
      licenceLabel: 'Llama 3.1 Community License Agreement — modified from the reference text',
    });
    expect(d1.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d2.roleLabel).toBe('Acceptable use policy');
    expect(d4).toMatchObject({ roleLabel: 'Code licence', versionLabel: '2.0' });
  });

  it('groups the live findings by category, each cited by document, section and page', () => {
    const memo = memoOf();
    expect(memo.findings.map((g) => g.category)).toEqual(['commercial-use', 'attribution', 'output-ownership', 'acceptable-use']);
    const all = memo.findings.flatMap((g) => g.findings);
    expect(all.some((f) => f.status === 'rejected')).toBe(false);
    const mau = all.find((f) => /700 million monthly active users/.test(f.quote))!;
    expect(mau).toMatchObject({ status: 'confirmed', statusLabel: 'Confirmed by Ann Counsel', citation: { documentRef: 'D1', section: '2', page: null } });
    // Each citation is the section the quote sits in, in the document's own numbering.
    const model = lib.ctx.library.documents.getModel(review.documentIds['llama-3.1-community-license.txt']);
    for (const f of all.filter((x) => x.citation.documentRef === 'D1')) {
      expect(f.citation.section).toBe(sectionAt(model, model.text.indexOf(f.quote)));
    }
  });

  it('includes rejected findings, marked, only when asked', () => {
    const withRejected = memoOf({ includeRejected: true }).findings.flatMap((g) => g.findings);
    const rejected = withRejected.filter((f) => f.status === 'rejected');
    expect(rejected.map((f) => f.quote)).toEqual([review.rejectedQuote]);
    expect(rejected[0].statusLabel).toBe('Rejected by Ann Counsel');
  });

  it('carries the rationale per topic with the clauses it rests on, the annotation, conditions and sign-off', () => {
    const memo = memoOf({ timeZone: 'UTC' });
    const commercial = memo.rationale.find((r) => r.topic === 'commercial-use')!;
    expect(commercial).toMatchObject({ rationale: review.rationale, editedBy: 'Ann Counsel', verdictLabel: 'Conditional' });
    expect(commercial.clauses.length).toBeGreaterThan(0);
    expect(memo.rationale.find((r) => r.topic === 'attribution')!.rationale).toBe('');
    expect(memo.annotations).toEqual([
      expect.objectContaining({ quote: 'Built with Llama', comment: review.annotationComment, categoryLabel: 'Attribution and notices', tags: ['launch checklist'], citation: expect.objectContaining({ documentRef: 'D1', section: '1.b.i' }) }),
    ]);
    expect(memo.conditions).toEqual(review.conditions);
    expect(memo.openQuestions).toEqual(review.openQuestions);
    expect(memo.signOff).toEqual({ reviewer: 'Ann Counsel', date: '28 November 2026', decisionLabel: 'Approved with conditions', statusLabel: 'Decided' });
  });

  it('says when the reviewer overrode the suggestion, and lists a topic the reviewer added', async () => {
    const id = review.assessment.id;
    await call(lib.ctx, 'assessments-update-verdict', { id, topic: 'output-ownership', changes: { verdict: 'not-claimed', rationale: 'Section 4.1 leaves outputs with us.' } });
    await call(lib.ctx, 'assessments-add-topic', { id, title: 'Export control' });
    await call(lib.ctx, 'assessments-update-verdict', { id, topic: 'custom:export-control', changes: { verdict: 'No concerns for our markets', conditions: 'Re-check before launching outside the EU' } });
    const memo = memoOf();
    expect(memo.summary.find((r) => r.topic === 'output-ownership')).toMatchObject({ verdictLabel: 'Provider claims no rights', edited: true, suggestedLabel: 'User owns outputs' });
    expect(memo.summary.at(-1)).toMatchObject({ title: 'Export control', verdictLabel: 'No concerns for our markets', tone: 'neutral', conditions: 'Re-check before launching outside the EU', decidingDocument: null });
    await call(lib.ctx, 'assessments-remove-topic', { id, topic: 'custom:export-control' });
  });

  it('includes and excludes sections by name, refusing names that do not exist', () => {
    expect(memoOf({ include: ['summary', 'signoff'] }).sections).toEqual(['summary', 'signoff']);
    expect(memoOf({ exclude: ['findings', 'annotations'] }).sections).toEqual(['summary', 'documents', 'rationale', 'conditions', 'signoff']);
    expect(parseSectionList(['summary, sign-off', 'findings'])).toEqual(['summary', 'signoff', 'findings']);
    expect(() => parseSectionList(['summary,appendix'])).toThrow(MemoError);
    expect(() => memoOf({ include: ['appendix' as never] })).toThrow(/no memo section “appendix”/);
    expect(resolveMemoOptions({ privilegedHeader: '  Confidential \n draft ' }).privilegedHeader).toBe('Confidential draft');
  });

  it('leaves out "changes since an earlier version" when no document has an earlier version, and takes another source of changes', () => {
    expect(memoOf().sections).not.toContain('changes');
    const source: VersionChangesSource = (library, assessment, cite) => {
      const documentId = assessment.documents[0].documentId;
      const text = library.documents.getModel(documentId).text;
      return [
        {
          documentId,
          documentRef: 'D1',
          documentTitle: library.documents.get(documentId).title,
          earlierDocumentId: 99,
          earlierTitle: 'Llama 3 Community License Agreement',
          earlierVersionLabel: 'Llama 3',
          earlierDateLabel: null,
          earlierSha256: '0'.repeat(64),
          overview: '1 changed passage (1 modified), 1 material; 97% of the earlier wording is unchanged.',
          changes: [{ summary: 'The notice changes to “Built with Llama”.', material: true, topics: ['Attribution'], citation: cite(documentId, text.indexOf('Built with Llama')), earlierSection: null }],
        },
      ];
    };
    const memo = memoOf({}, { versionChanges: source });
    expect(memo.sections).toEqual(['summary', 'documents', 'findings', 'rationale', 'annotations', 'conditions', 'changes', 'signoff']);
    expect(memo.changes[0].changes[0].citation).toMatchObject({ documentRef: 'D1', section: '1.b.i' });
    expect(memoOf({ exclude: ['changes'] }, { versionChanges: source }).sections).not.toContain('changes');
  });
});
