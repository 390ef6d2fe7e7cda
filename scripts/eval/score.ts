/**
 * Scoring of one analysed document against its gold label, exactly as ../shared/corpus/README.md says:
 * passages located by word sequence; a finding matches a passage when it overlaps it and is at most twice the
 * passage's length plus 200 characters; recall per category; precision per category on exhaustive documents;
 * the four document fields compared with the summary.
 */
import type { DocumentAssessment } from '../../src/assess/types';
import { CORE_CATEGORIES, type CoreCategory, type Finding } from '../../src/clauses/types';
import { locatePassage, wordRuns, type GoldLabel, type GoldPassage } from '../../test/support/corpus';

export const FIELDS = ['commercialUse', 'attributionRequired', 'outputOwnership', 'acceptableUse'] as const;
export type Field = (typeof FIELDS)[number];

/** The label field each summary field is compared with. */
const LABEL_FIELD: Record<Field, keyof GoldLabel> = {
  commercialUse: 'commercial_use',
  attributionRequired: 'attribution_required',
  outputOwnership: 'output_ownership',
  acceptableUse: 'acceptable_use',
};

export type Miss =
  | { kind: 'import'; file: string; error: string }
  | { kind: 'field'; file: string; field: Field | 'kind'; expected: string; got: string; decidedBy: string[] }
  | { kind: 'recall'; file: string; category: CoreCategory; passage: string; near: string | null }
  | { kind: 'unlocatable'; file: string; category: CoreCategory; passage: string }
  | { kind: 'precision'; file: string; category: CoreCategory; quote: string; rule: string; findingId: string };

export interface DocumentScore {
  file: string;
  exhaustive: boolean;
  fields: Record<Field, boolean>;
  /** Document kind (not a README field: reported for information and guarded by the baseline). */
  kind: boolean;
  /** Per category: gold passages found / total (unlocatable passages count as not found). */
  recall: Record<CoreCategory, { found: number; total: number }>;
  /** Per category, exhaustive documents only: findings matching a gold passage / findings. */
  precision: Record<CoreCategory, { correct: number; total: number }>;
  misses: Miss[];
}

export interface AnalysedDocument {
  /** The file analysed (documents/x.md or formats/x.pdf). */
  file: string;
  label: GoldLabel;
  text: string;
  findings: Finding[];
  assessment: DocumentAssessment;
}

/** A finding may stand for a passage when it overlaps it and is not much longer (README scoring rule). */
export function findingMatchesPassage(finding: { start: number; end: number }, passage: { start: number; end: number }): boolean {
  const overlaps = finding.start < passage.end && passage.start < finding.end;
  return overlaps && finding.end - finding.start <= 2 * (passage.end - passage.start) + 200;
}

export function passageText(p: GoldPassage): string {
  return typeof p === 'string' ? p : `${p.from} … ${p.to}`;
}

function labelValue(label: GoldLabel, field: Field): string {
  return String(label[LABEL_FIELD[field]]);
}

export function scoreDocument(doc: AnalysedDocument): DocumentScore {
  const { label, text, findings, assessment } = doc;
  const runs = wordRuns(text);
  const misses: Miss[] = [];
  const fields = {} as Record<Field, boolean>;
  for (const field of FIELDS) {
    const expected = labelValue(label, field);
    const got = String(assessment[field]);
    fields[field] = expected === got;
    if (!fields[field]) misses.push({ kind: 'field', file: doc.file, field, expected, got, decidedBy: assessment.decidedBy[field] });
  }

  const recall = {} as DocumentScore['recall'];
  const precision = {} as DocumentScore['precision'];
  for (const category of CORE_CATEGORIES) {
    const located = (label.quotes[category] ?? []).map((p) => ({ passage: p, span: locatePassage(text, p, runs) }));
    const own = findings.filter((f) => f.category === category);
    let found = 0;
    for (const { passage, span } of located) {
      if (!span) {
        misses.push({ kind: 'unlocatable', file: doc.file, category, passage: passageText(passage) });
        continue;
      }
      if (own.some((f) => findingMatchesPassage(f, span))) found++;
      else misses.push({ kind: 'recall', file: doc.file, category, passage: passageText(passage), near: nearestFinding(findings, span) });
    }
    recall[category] = { found, total: located.length };
    if (label.exhaustive) {
      let correct = 0;
      for (const f of own) {
        if (located.some(({ span }) => span && findingMatchesPassage(f, span))) correct++;
        else misses.push({ kind: 'precision', file: doc.file, category, quote: f.quote, rule: f.rule, findingId: f.id });
      }
      precision[category] = { correct, total: own.length };
    } else {
      precision[category] = { correct: 0, total: 0 };
    }
  }
  if (assessment.kind !== label.kind) misses.push({ kind: 'field', file: doc.file, field: 'kind', expected: label.kind, got: assessment.kind, decidedBy: assessment.decidedBy.kind });
  return { file: doc.file, exhaustive: label.exhaustive, fields, kind: assessment.kind === label.kind, recall, precision, misses };
}

/** A document that could not be analysed: every field and passage is a miss. */
export function scoreImportFailure(file: string, label: GoldLabel, error: string): DocumentScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, false])) as Record<Field, boolean>;
  const recall = Object.fromEntries(CORE_CATEGORIES.map((c) => [c, { found: 0, total: (label.quotes[c] ?? []).length }])) as DocumentScore['recall'];
  const precision = Object.fromEntries(CORE_CATEGORIES.map((c) => [c, { correct: 0, total: 0 }])) as DocumentScore['precision'];
  return { file, exhaustive: label.exhaustive, fields, kind: false, recall, precision, misses: [{ kind: 'import', file, error }] };
}

/** What the analysis flagged where a missed passage sits (helps tell a wrong category from no finding). */
function nearestFinding(findings: Finding[], span: { start: number; end: number }): string | null {
  const hits = findings.filter((f) => f.start < span.end && span.start < f.end);
  if (hits.length === 0) return null;
  return hits.map((f) => `${f.category} (${f.rule}, ${f.end - f.start} chars)`).join('; ');
}

export interface SetSummary {
  documents: number;
  importFailures: number;
  fields: Record<Field, { correct: number; total: number; accuracy: number }>;
  kind: { correct: number; total: number; accuracy: number };
  recall: Record<CoreCategory | 'core', { found: number; total: number; value: number }>;
  precision: Record<CoreCategory | 'core', { correct: number; total: number; value: number }>;
}

export function summariseScores(scores: DocumentScore[]): SetSummary {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const fields = {} as SetSummary['fields'];
  for (const field of FIELDS) {
    const correct = scores.filter((s) => s.fields[field]).length;
    fields[field] = { correct, total: scores.length, accuracy: ratio(correct, scores.length) };
  }
  const recall = {} as SetSummary['recall'];
  const precision = {} as SetSummary['precision'];
  let rf = 0;
  let rt = 0;
  let pc = 0;
  let pt = 0;
  for (const c of CORE_CATEGORIES) {
    const found = sum(scores.map((s) => s.recall[c].found));
    const total = sum(scores.map((s) => s.recall[c].total));
    const correct = sum(scores.map((s) => s.precision[c].correct));
    const flagged = sum(scores.map((s) => s.precision[c].total));
    recall[c] = { found, total, value: ratio(found, total) };
    precision[c] = { correct, total: flagged, value: ratio(correct, flagged) };
    rf += found;
    rt += total;
    pc += correct;
    pt += flagged;
  }
  recall.core = { found: rf, total: rt, value: ratio(rf, rt) };
  precision.core = { correct: pc, total: pt, value: ratio(pc, pt) };
  const kinds = scores.filter((s) => s.kind).length;
  return {
    documents: scores.length,
    kind: { correct: kinds, total: scores.length, accuracy: ratio(kinds, scores.length) },
    importFailures: scores.filter((s) => s.misses.some((m) => m.kind === 'import')).length,
    fields,
    recall,
    precision,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
