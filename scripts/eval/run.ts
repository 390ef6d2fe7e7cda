/**
 * Runs the analysis over the shared corpus: every file in documents/ with its own label, every variant in
 * formats/ with the label of its source document (formats/VARIANTS.tsv). The headline summary is computed
 * from clause findings alone (no licence lookup), so nothing is answered from a reference copy of the very
 * document being scored; the analysis as the product runs it (with licence identification when available) is
 * scored separately as "with reference".
 */
import { analyzeDocument } from '../../src/analysis';
import { summariseDocument } from '../../src/assess';
import { detectClauses } from '../../src/clauses';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, FORMATS_DIR, listCorpus, loadLabels, loadVariants, readCorpusFile, type GoldLabel } from '../../test/support/corpus';
import { scoreDocument, scoreImportFailure, summariseScores, type DocumentScore, type SetSummary } from './score';

export type SetName = 'documents' | 'formats';

export interface SetResult {
  name: SetName;
  summary: SetSummary;
  /** The same set scored with the product's analysis (licence identification may back the summary); null when not run. */
  withReference: SetSummary | null;
  scores: DocumentScore[];
  /** Milliseconds spent importing and analysing (clause detection + summary). */
  importMs: number;
  analysisMs: number;
}

export interface EvalOptions {
  sets?: SetName[];
  /** Only files whose name contains one of these. */
  only?: string[];
  /** Also score the product's analysis with licence identification (default true). */
  withReference?: boolean;
}

interface Job {
  file: string;
  dir: string;
  label: GoldLabel;
}

export async function runEvaluation(options: EvalOptions = {}): Promise<SetResult[]> {
  const labels = new Map(loadLabels().map((l) => [l.file, l]));
  const sets = options.sets ?? ['documents', 'formats'];
  const keep = (file: string) => !options.only?.length || options.only.some((o) => file.includes(o));
  const results: SetResult[] = [];
  for (const name of sets) {
    const jobs: Job[] =
      name === 'documents'
        ? listCorpus(DOCUMENTS_DIR)
            .filter((f) => labels.has(f))
            .map((file) => ({ file, dir: DOCUMENTS_DIR, label: labels.get(file)! }))
        : loadVariants()
            .filter((v) => labels.has(v.source))
            .map((v) => ({ file: v.variant, dir: FORMATS_DIR, label: labels.get(v.source)! }));
    results.push(await runSet(name, jobs.filter((j) => keep(j.file)), options.withReference ?? true));
  }
  return results;
}

async function runSet(name: SetName, jobs: Job[], withReference: boolean): Promise<SetResult> {
  const scores: DocumentScore[] = [];
  const referenceScores: DocumentScore[] = [];
  let importMs = 0;
  let analysisMs = 0;
  for (const job of jobs) {
    const path = `${name}/${job.file}`;
    let model;
    const t0 = performance.now();
    try {
      model = await importDocument(readCorpusFile(job.dir, job.file), job.file);
    } catch (error) {
      const message = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
      scores.push(scoreImportFailure(path, job.label, message));
      referenceScores.push(scoreImportFailure(path, job.label, message));
      continue;
    } finally {
      importMs += performance.now() - t0;
    }
    const t1 = performance.now();
    let findings;
    let assessment;
    try {
      findings = detectClauses(model);
      assessment = summariseDocument(model, findings, null);
    } catch (error) {
      // A rule that throws on one document is a scored failure of that document, not the end of the run.
      const message = `ANALYSIS_FAILED: ${error instanceof Error ? error.message : String(error)}`;
      scores.push(scoreImportFailure(path, job.label, message));
      referenceScores.push(scoreImportFailure(path, job.label, message));
      continue;
    } finally {
      analysisMs += performance.now() - t1;
    }
    scores.push(scoreDocument({ file: path, label: job.label, text: model.text, findings, assessment }));
    if (!withReference) continue;
    const product = analyzeDocument(model);
    referenceScores.push(scoreDocument({ file: path, label: job.label, text: model.text, findings: product.findings, assessment: product.assessment }));
  }
  return {
    name,
    summary: summariseScores(scores),
    withReference: withReference ? summariseScores(referenceScores) : null,
    scores,
    importMs,
    analysisMs,
  };
}
