/**
 * The committed baseline (test/eval/baseline.json): the numbers the regression test holds the analysis to.
 * Only the headline numbers (summary from clause findings alone) are gated.
 */
import { CORE_CATEGORIES } from '../../src/clauses/types';
import type { SetResult } from './run';
import { FIELDS } from './score';

export type Baseline = Record<string, Record<string, number>>;

/** Flat metric name -> value per set, e.g. { documents: { "field.commercialUse": 0.96, "recall.attribution": 0.97 } }. */
export function toBaseline(results: SetResult[]): Baseline {
  const out: Baseline = {};
  for (const r of results) {
    const m: Record<string, number> = {};
    for (const f of FIELDS) m[`field.${f}`] = round(r.summary.fields[f].accuracy);
    m['field.kind'] = round(r.summary.kind.accuracy);
    for (const c of [...CORE_CATEGORIES, 'core' as const]) {
      m[`recall.${c}`] = round(r.summary.recall[c].value);
      m[`precision.${c}`] = round(r.summary.precision[c].value);
    }
    out[r.name] = m;
  }
  return out;
}

/** Metrics that fell below the baseline by more than `tolerance`. */
export function regressions(current: Baseline, baseline: Baseline, tolerance = 1e-6): string[] {
  const out: string[] = [];
  for (const [set, metrics] of Object.entries(baseline)) {
    for (const [name, value] of Object.entries(metrics)) {
      const now = current[set]?.[name];
      if (now === undefined) out.push(`${set} ${name}: missing (baseline ${value})`);
      else if (now < value - tolerance) out.push(`${set} ${name}: ${now} < baseline ${value}`);
    }
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
