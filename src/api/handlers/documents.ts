import { analyzeDocument } from '../../analysis';
import { analyzeFile } from '../../analysis/report';
import { sha256Hex } from '../../document/builder';
import { importDocument } from '../../ingest';
import type { StoredAnalysis, StoredFinding } from '../../store/findings';
import type { DocumentRecord } from '../../store/records';
import type { DocumentModel } from '../../document/model';
import type { VersionNotice } from '../../store/versions';
import type { HandlerImpls } from './types';
import { fileRelatedVersions, recordVersionNoticesSafely, suggestForImport, suggestedMetadata, type VersionSuggestion } from './versions';

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
  /** Where the document sits among versions: the family, label and date suggested (applied where none was given). */
  version?: VersionSuggestion;
  /** When it is a newer version of documents assessments rely on: what changed and which assessments it touches. */
  versionNotices?: VersionNotice[];
  /** The notice about the latest earlier version, or null (the first of versionNotices). */
  versionNotice?: VersionNotice | null;
}

export const documentHandlers = {
  'documents-import': async (ctx, { name, bytes, metadata }): Promise<ImportResult> => {
    const { library } = ctx;
    const existing = library.documents.findBySha256(sha256Hex(bytes));
    if (existing) return { document: existing, duplicate: true, warnings: [] };
    const model = await importDocument(bytes, name);
    const analysis = analyzeDocument(model);
    const version = suggestForImport(ctx, model, analysis, name, metadata?.title ?? model.title);
    const meta = { ...suggestedMetadata(version, metadata ?? {}), ...metadata };
    const { document, duplicate } = library.documents.insert(model, bytes, name, meta, analysis, ctx.now().toISOString());
    if (duplicate) return { document, duplicate, warnings: model.warnings };
    if (metadata?.family === undefined) fileRelatedVersions(ctx, version);
    // The document is stored: a failed comparison with earlier versions must not turn the import into a failure.
    const { notices: versionNotices, warning } = recordVersionNoticesSafely(ctx, document.id);
    return { document, duplicate, warnings: warning ? [...model.warnings, warning] : model.warnings, version, versionNotices, versionNotice: versionNotices[0] ?? null };
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
