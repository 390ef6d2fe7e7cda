import { analyzeDocument } from '../../analysis';
import { analyzeFile } from '../../analysis/report';
import { sha256Hex } from '../../document/builder';
import { importDocument } from '../../ingest';
import type { StoredAnalysis, StoredFinding } from '../../store/findings';
import type { DocumentRecord } from '../../store/records';
import type { DocumentModel } from '../../document/model';
import type { HandlerImpls } from './types';

export interface DocumentDetail {
  document: DocumentRecord;
  model: DocumentModel;
  analysis: StoredAnalysis | null;
  findings: StoredFinding[];
}

export interface ImportResult {
  document: DocumentRecord;
  /** True when the same file (by SHA-256) was already in the library: the existing document is returned. */
  duplicate: boolean;
  warnings: string[];
}

export const documentHandlers = {
  'documents-import': async (ctx, { name, bytes, metadata }): Promise<ImportResult> => {
    const { library } = ctx;
    const existing = library.documents.findBySha256(sha256Hex(bytes));
    if (existing) return { document: existing, duplicate: true, warnings: [] };
    const model = await importDocument(bytes, name);
    const analysis = analyzeDocument(model);
    const { document, duplicate } = library.documents.insert(model, bytes, name, metadata ?? {}, analysis, ctx.now().toISOString());
    return { document, duplicate, warnings: model.warnings };
  },
  'documents-list': async (ctx, filter) => ctx.library.documents.list(filter ?? {}),
  'documents-get': async (ctx, { id }): Promise<DocumentDetail> => ({
    document: ctx.library.documents.get(id),
    model: ctx.library.documents.getModel(id),
    analysis: ctx.library.findings.getAnalysis(id),
    findings: ctx.library.findings.listForDocument(id),
  }),
  'documents-file': async (ctx, { id }) => ctx.library.documents.getBytes(id),
  'documents-search': async (ctx, { query, limit }) => ctx.library.documents.search(query, limit),
  'documents-update': async (ctx, { id, metadata }) => ctx.library.documents.updateMetadata(id, metadata, ctx.reviewer, ctx.now().toISOString()),
  'documents-delete': async (ctx, { id }) => {
    ctx.library.documents.delete(id, ctx.reviewer, ctx.now().toISOString());
    return { deleted: id };
  },
  'documents-reanalyze': async (ctx, { id }) => {
    const ids = id ? [id] : ctx.library.documents.list().map((d) => d.id);
    for (const documentId of ids) {
      const analysis = analyzeDocument(ctx.library.documents.getModel(documentId));
      ctx.library.findings.saveAnalysis(documentId, analysis, ctx.now().toISOString());
    }
    return { reanalyzed: ids.length };
  },
  'analysis-run': async (_ctx, { name, bytes }) => analyzeFile(bytes, name),
} satisfies Partial<HandlerImpls>;
