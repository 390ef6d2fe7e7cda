/**
 * A reviewed assessment over real corpus documents, for the memo tests and the memo benchmark.
 *
 * The documents are imported through the handler map like any user's. Their findings are the passages counsel
 * marked in the corpus gold labels (labels.json), located in the imported text by the README's word-sequence
 * rule, with the labelled summary as each document's answers: the memo is tested on a realistic, fully known
 * review, whatever state the clause detector is in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, createContext, type ApiContext } from '../../src/api';
import type { Analysis } from '../../src/analysis/types';
import type { AssessmentRole } from '../../src/assess/topics';
import type { DocumentAssessment } from '../../src/assess/types';
import type { Category, Finding, Stance } from '../../src/clauses/types';
import { pageAt } from '../../src/document/anchors';
import type { LicenseMatch } from '../../src/licenses/types';
import { Library } from '../../src/store';
import type { Assessment } from '../../src/store/assessments';
import { DOCUMENTS_DIR, FORMATS_DIR, loadLabels, loadVariants, locatePassage, readCorpusFile, wordRuns, type GoldLabel } from '../support/corpus';

export interface TempLibrary {
  dir: string;
  ctx: ApiContext;
  close(): void;
}

/** A fresh library in a temporary folder, with a reviewer and a clock that moves one second per call. */
export function openTempLibrary(reviewer = 'Ann Counsel'): TempLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'ld-memo-'));
  let tick = 0;
  const ctx = createContext(Library.open(join(dir, 'library.sqlite')), reviewer, () => new Date(Date.UTC(2026, 10, 28, 9, 0, tick++)));
  return {
    dir,
    ctx,
    close() {
      ctx.library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let labels: GoldLabel[] | undefined;
function labelOf(file: string): GoldLabel {
  labels ??= loadLabels();
  const label = labels.find((l) => l.file === file);
  if (!label) throw new Error(`${file} has no gold label`);
  return label;
}

function stanceOf(quote: string): Stance {
  if (/\b(may not|must not|shall not|will not|prohibit\w*|not permitted|not allowed|do not|don[’']t)\b/i.test(quote)) return 'prohibits';
  if (/\b(must|shall|required?|agree to)\b/i.test(quote)) return 'requires';
  return 'permits';
}

/** The gold passages and summary of a corpus file as the analysis of its imported text. */
export function goldAnalysis(text: string, blocks: Parameters<typeof pageAt>[0]['blocks'], file: string, license: LicenseMatch | null): Analysis {
  const label = labelOf(file);
  const runs = wordRuns(text);
  const found: Array<Omit<Finding, 'id'>> = [];
  for (const [category, passages] of Object.entries(label.quotes)) {
    for (const passage of passages) {
      const span = locatePassage(text, passage, runs);
      if (!span) continue;
      const quote = text.slice(span.start, span.end);
      found.push({
        category: category as Category,
        start: span.start,
        end: span.end,
        quote,
        page: pageAt({ blocks }, span.start),
        stance: stanceOf(quote),
        facts: {},
        rule: `gold/${category}`,
        confidence: 1,
        explanation: `Counsel marked this passage as ${category.replace(/-/g, ' ')} in the corpus labels.`,
      });
    }
  }
  const findings: Finding[] = found.sort((a, b) => a.start - b.start || a.end - b.end).map((f, i) => ({ ...f, id: `f${i + 1}` }));
  const keys = (category: string) => findings.filter((f) => f.category === category).map((f) => f.id);
  const assessment: DocumentAssessment = {
    kind: label.kind as DocumentAssessment['kind'],
    commercialUse: label.commercial_use as DocumentAssessment['commercialUse'],
    commercialCondition: label.commercial_condition ?? null,
    attributionRequired: label.attribution_required,
    outputOwnership: label.output_ownership as DocumentAssessment['outputOwnership'],
    outputRestrictions: label.output_restrictions,
    acceptableUse: label.acceptable_use as DocumentAssessment['acceptableUse'],
    decidedBy: {
      kind: [],
      commercialUse: keys('commercial-use'),
      attributionRequired: keys('attribution'),
      outputOwnership: keys('output-ownership'),
      outputRestrictions: keys('output-ownership'),
      acceptableUse: keys('acceptable-use'),
    },
  };
  return { rulesVersion: 'gold-fixture', license, findings, assessment };
}

/**
 * Imports a corpus document and stores the gold analysis for it (licence identification kept, or the one given).
 * A file of formats/ (a PDF or DOCX printing of a corpus text) takes the labels of its source (VARIANTS.tsv).
 */
export async function importWithGoldFindings(ctx: ApiContext, file: string, metadata: { versionLabel?: string; effectiveDate?: string } = {}, license?: LicenseMatch | null) {
  const variant = loadVariants().find((v) => v.variant === file);
  const bytes = readCorpusFile(variant ? FORMATS_DIR : DOCUMENTS_DIR, file);
  const { document } = await call(ctx, 'documents-import', { name: file, bytes, metadata });
  const model = ctx.library.documents.getModel(document.id);
  const identified = license === undefined ? (ctx.library.findings.getAnalysis(document.id)?.license ?? null) : license;
  ctx.library.findings.saveAnalysis(document.id, goldAnalysis(model.text, model.blocks, variant?.source ?? file, identified), ctx.now().toISOString());
  return ctx.library.documents.get(document.id);
}

export const REVIEW_DOCUMENTS: Array<{ file: string; role: AssessmentRole; versionLabel?: string; effectiveDate?: string }> = [
  { file: 'llama-3.1-community-license.txt', role: 'weights-license', versionLabel: 'Llama 3.1', effectiveDate: '2024-07-23' },
  { file: 'llama-3.1-acceptable-use-policy.md', role: 'acceptable-use-policy' },
  { file: 'llama-api-terms-of-service-2026-08-22.md', role: 'service-terms', effectiveDate: '2026-08-22' },
  { file: 'apache-2.0.txt', role: 'code-license', versionLabel: '2.0' },
];

export interface ReviewedAssessment {
  assessment: Assessment;
  documentIds: Record<string, number>;
  /** Text of what the reviewer wrote, for the tests to look for. */
  rationale: string;
  annotationComment: string;
  annotationQuote: string;
  rejectedQuote: string;
  conditions: string[];
  openQuestions: string[];
}

/**
 * The review counsel would do: the four documents attached in their roles, a finding confirmed and one rejected,
 * an annotation with a comment, the commercial-use answer explained, conditions and an open question, decided.
 */
export async function reviewLlamaAssessment(ctx: ApiContext, options: { modelName?: string; comment?: string; license?: LicenseMatch | null } = {}): Promise<ReviewedAssessment> {
  const documentIds: Record<string, number> = {};
  for (const d of REVIEW_DOCUMENTS) {
    const doc = await importWithGoldFindings(ctx, d.file, { versionLabel: d.versionLabel, effectiveDate: d.effectiveDate }, d.file.startsWith('llama-3.1-community') ? options.license : undefined);
    documentIds[d.file] = doc.id;
  }
  const licenceId = documentIds['llama-3.1-community-license.txt'];
  const termsId = documentIds['llama-api-terms-of-service-2026-08-22.md'];

  const findings = ctx.library.findings.listForDocument(licenceId);
  const mau = findings.find((f) => f.category === 'commercial-use' && /700 million/.test(f.quote))!;
  await call(ctx, 'findings-review', { findingId: mau.findingId, status: 'confirmed' });
  const termsFindings = ctx.library.findings.listForDocument(termsId);
  // A passage no other finding overlaps, so "left out of the memo" is visible.
  const rejected = termsFindings.find((f) => f.category === 'output-ownership' && !termsFindings.some((o) => o !== f && o.start < f.end && f.start < o.end))!;
  await call(ctx, 'findings-review', { findingId: rejected.findingId, status: 'rejected' });

  const created = await call(ctx, 'assessments-create', {
    modelName: options.modelName ?? 'Llama 3.1 8B Instruct',
    intendedUse: 'Customer-support chatbot in the EU web shop, fine-tuned on our support tickets',
    documents: REVIEW_DOCUMENTS.map((d) => ({ documentId: documentIds[d.file], role: d.role })),
  });

  const { model } = await call(ctx, 'documents-get', { id: licenceId });
  const annotationQuote = 'Built with Llama';
  const start = model.text.indexOf(annotationQuote);
  const annotationComment = options.comment ?? 'Marketing must add “Built with Llama” to the chatbot’s about page before launch.';
  await call(ctx, 'annotations-create', { documentId: licenceId, start, end: start + annotationQuote.length, category: 'attribution', comment: annotationComment, tags: ['launch checklist'] });

  const rationale = 'We expect about 2 million monthly active users, far below the 700 million threshold in the licence; commercial use is therefore available under the licence as granted.';
  await call(ctx, 'assessments-update-verdict', { id: created.id, topic: 'commercial-use', changes: { rationale } });
  const conditions = ['Display “Built with Llama” on the about page', 'Keep the use within the Acceptable Use Policy; brief the support team'];
  const openQuestions = ['Does fine-tuning on support tickets make the model a “derivative work” we redistribute?'];
  const assessment = await call(ctx, 'assessments-update', {
    id: created.id,
    changes: { status: 'decided', decision: 'approved-with-conditions', conditions, openQuestions, notes: 'Reviewed with the product owner on 27 November.' },
  });
  return { assessment, documentIds, rationale, annotationComment, annotationQuote, rejectedQuote: rejected.quote, conditions, openQuestions };
}
