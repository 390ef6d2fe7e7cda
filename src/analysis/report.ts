import type { DocumentModel } from '../document/model';
import { importDocument } from '../ingest';
import { analyzeDocument } from './index';
import type { Analysis } from './types';

/** The `analyze --json` shape (schema license-desk/analysis@1): later versions add fields, never rename. */
export interface AnalysisReport {
  schema: 'license-desk/analysis@1';
  document: { title: string; format: DocumentModel['format']; sha256: string; pageCount: number | null; characters: number };
  text: string;
  blocks: Array<{ id: string; kind: string; level: number; number: string | null; start: number; end: number; page: number | null }>;
  license: Analysis['license'];
  findings: Analysis['findings'];
  assessment: Analysis['assessment'] | null;
  warnings: string[];
}

export function toAnalysisReport(model: DocumentModel, analysis: Analysis): AnalysisReport {
  return {
    schema: 'license-desk/analysis@1',
    document: { title: model.title, format: model.format, sha256: model.sha256, pageCount: model.pageCount, characters: model.text.length },
    text: model.text,
    blocks: model.blocks.map((b) => ({ id: b.id, kind: b.kind, level: b.level, number: b.number, start: b.start, end: b.end, page: b.page })),
    license: analysis.license,
    findings: analysis.findings,
    assessment: analysis.assessment,
    warnings: model.warnings,
  };
}

/** Imports and analyses a file without storing anything. */
export async function analyzeFile(bytes: Uint8Array, name: string): Promise<AnalysisReport> {
  const model = await importDocument(bytes, name);
  return toAnalysisReport(model, analyzeDocument(model));
}
