import { describe, expect, it } from 'vitest';
import { findingMatchesPassage, scoreDocument, scoreImportFailure, summariseScores } from '../../scripts/eval/score';
import type { DocumentAssessment } from '../../src/assess/types';
import type { Finding } from '../../src/clauses/types';
import { corpusAvailable, DOCUMENTS_DIR, loadLabels, locatePassage, readCorpusFile } from '../support/corpus';

const assessmentOf = (label: ReturnType<typeof loadLabels>[number]): DocumentAssessment => ({
  kind: 'model-license',
  commercialUse: label.commercial_use as DocumentAssessment['commercialUse'],
  commercialCondition: null,
  attributionRequired: label.attribution_required,
  outputOwnership: label.output_ownership as DocumentAssessment['outputOwnership'],
  outputRestrictions: label.output_restrictions,
  acceptableUse: label.acceptable_use as DocumentAssessment['acceptableUse'],
  decidedBy: { kind: [], commercialUse: [], attributionRequired: [], outputOwnership: [], outputRestrictions: [], acceptableUse: [] },
});

const finding = (id: string, category: Finding['category'], start: number, end: number, text: string): Finding => ({
  id,
  category,
  start,
  end,
  quote: text.slice(start, end),
  page: null,
  stance: 'requires',
  facts: {},
  rule: 'test/rule',
  confidence: 0.5,
  explanation: 'test',
});

describe('the README matching rule', () => {
  it('needs overlap and a length of at most twice the passage plus 200 characters', () => {
    const passage = { start: 1000, end: 1100 };
    expect(findingMatchesPassage({ start: 1050, end: 1060 }, passage)).toBe(true);
    expect(findingMatchesPassage({ start: 900, end: 1300 }, passage)).toBe(true); // 400 = 2×100 + 200
    expect(findingMatchesPassage({ start: 900, end: 1301 }, passage)).toBe(false);
    expect(findingMatchesPassage({ start: 1100, end: 1150 }, passage)).toBe(false); // touching is not overlapping
  });
});

describe.skipIf(!corpusAvailable)('scoring a corpus document', () => {
  const label = loadLabels().find((l) => l.file === 'llama-3.1-community-license.txt')!;
  const text = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, label.file));

  it('scores findings placed exactly on the gold passages as full recall and precision', () => {
    const findings: Finding[] = [];
    for (const [category, passages] of Object.entries(label.quotes)) {
      for (const p of passages) {
        const span = locatePassage(text, p)!;
        findings.push(finding(`f${findings.length + 1}`, category as Finding['category'], span.start, span.end, text));
      }
    }
    const score = scoreDocument({ file: label.file, label, text, findings, assessment: assessmentOf(label) });
    expect(score.misses).toEqual([]);
    const summary = summariseScores([score]);
    expect(summary.recall.core.value).toBe(1);
    expect(summary.precision.core.value).toBe(1);
    expect(Object.values(summary.fields).every((f) => f.accuracy === 1)).toBe(true);
  });

  it('lists a whole-document highlight, a wrong field and a stray finding as misses', () => {
    const findings = [finding('f1', 'attribution', 0, text.length, text), finding('f2', 'commercial-use', 0, 30, text)];
    const assessment = { ...assessmentOf(label), commercialUse: 'permitted' as const };
    const score = scoreDocument({ file: label.file, label, text, findings, assessment });
    expect(score.recall.attribution.found).toBe(0);
    expect(score.misses.filter((m) => m.kind === 'field')).toEqual([
      expect.objectContaining({ field: 'commercialUse', expected: 'conditional', got: 'permitted' }),
    ]);
    expect(score.misses.filter((m) => m.kind === 'precision').map((m) => (m as { findingId: string }).findingId).sort()).toEqual(['f1', 'f2']);
  });

  it('lists passages whose words are missing from the analysed text as unlocatable, and counts them as not found', () => {
    const truncated = text.slice(0, text.indexOf('2. Additional Commercial Terms'));
    const score = scoreDocument({ file: label.file, label, text: truncated, findings: [], assessment: assessmentOf(label) });
    expect(score.misses.some((m) => m.kind === 'unlocatable' && m.category === 'commercial-use')).toBe(true);
    expect(score.recall['commercial-use'].total).toBe(label.quotes['commercial-use'].length);
  });

  it('counts an import failure as a miss on every field and passage', () => {
    const score = scoreImportFailure('formats/x.pdf', label, 'CORRUPT: broken');
    const summary = summariseScores([score]);
    expect(summary.importFailures).toBe(1);
    expect(summary.fields.commercialUse.accuracy).toBe(0);
    expect(summary.recall.core.found).toBe(0);
    expect(summary.recall.core.total).toBeGreaterThan(0);
  });
});
