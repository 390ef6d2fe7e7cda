/**
 * The evaluation as a regression gate: every headline number (summary from clause findings alone, no licence
 * lookup) on documents/ and on the PDF/DOCX variants in formats/ must stay at or above the committed baseline
 * (test/eval/baseline.json; refresh it with `npm run eval -- --write-baseline` after a real improvement).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { regressions, toBaseline, type Baseline } from '../../scripts/eval/baseline';
import { runEvaluation, type SetResult } from '../../scripts/eval/run';
import { corpusAvailable, PROJECT_ROOT } from '../support/corpus';

const baseline = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'eval', 'baseline.json'), 'utf8')) as Baseline;

describe.skipIf(!corpusAvailable)('evaluation against the gold labels', () => {
  let results: SetResult[];
  let current: Baseline;

  beforeAll(async () => {
    results = await runEvaluation({ withReference: false });
    current = toBaseline(results);
  }, 170_000);

  it('scores every document and every format variant (an import failure is a scored miss, not a crash)', () => {
    const documents = results.find((r) => r.name === 'documents')!;
    const formats = results.find((r) => r.name === 'formats')!;
    expect(documents.summary.documents).toBe(52);
    expect(formats.summary.documents).toBeGreaterThanOrEqual(10);
  });

  it('falls below the committed baseline on no metric', () => {
    expect(regressions(current, baseline)).toEqual([]);
  });

  it('meets the issue targets on documents/', () => {
    const s = results.find((r) => r.name === 'documents')!.summary;
    expect(s.fields.commercialUse.accuracy).toBeGreaterThanOrEqual(0.95);
    for (const f of ['attributionRequired', 'outputOwnership', 'acceptableUse'] as const) expect(s.fields[f].accuracy).toBeGreaterThanOrEqual(0.9);
    for (const c of ['commercial-use', 'attribution', 'output-ownership', 'acceptable-use'] as const) {
      expect(s.recall[c].value).toBeGreaterThanOrEqual(0.95);
      expect(s.precision[c].value).toBeGreaterThanOrEqual(0.85);
    }
  });
});
