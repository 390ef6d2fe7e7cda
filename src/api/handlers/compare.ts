import { analyzeDocument } from '../../analysis';
import type { ComparedAnalysis } from '../../compare/compare';
import { compareDocuments } from '../../compare/compare';
import type { Comparison } from '../../compare/types';
import type { DocumentModel } from '../../document/model';
import type { ApiContext } from '../context';
import type { HandlerImpls } from './types';

/** One side of a comparison taken from the library: its model and its analysis as the reviewer left it. */
export interface LibrarySide {
  documentId: number;
  title: string;
  model: DocumentModel;
  analysis: ComparedAnalysis;
}

/**
 * A library document as a comparison side. Its stored findings are used as reviewed: a finding counsel rejected
 * is not a clause of the document, and a finding moved to another category counts in that category.
 */
export function librarySide(ctx: Pick<ApiContext, 'library'>, documentId: number): LibrarySide {
  const record = ctx.library.documents.get(documentId);
  const model = ctx.library.documents.getModel(documentId);
  const stored = ctx.library.findings.getAnalysis(documentId);
  const analysis: ComparedAnalysis = stored
    ? { findings: ctx.library.findings.listForDocument(documentId).filter((f) => f.status !== 'rejected'), assessment: stored.assessment }
    : analyzeDocument(model, { identifyLicence: false });
  return { documentId, title: record.title, model, analysis };
}

/** Compares two library documents (the earlier first). */
export function compareLibraryDocuments(ctx: Pick<ApiContext, 'library'>, oldId: number, newId: number): { comparison: Comparison; old: LibrarySide; new: LibrarySide } {
  const before = librarySide(ctx, oldId);
  const after = librarySide(ctx, newId);
  const comparison = compareDocuments(before.model, after.model, { oldAnalysis: before.analysis, newAnalysis: after.analysis });
  comparison.old = { ...comparison.old, source: `library:${oldId}`, documentId: oldId };
  comparison.new = { ...comparison.new, source: `library:${newId}`, documentId: newId };
  return { comparison, old: before, new: after };
}

export interface ComparisonExport {
  format: 'html' | 'docx';
  /** A name a save dialog can offer, e.g. "comparison-llama-3-to-llama-3.1.docx". */
  fileName: string;
  mimeType: string;
  /** Bytes for DOCX, text for HTML. */
  content: Uint8Array | string;
}

export function comparisonFileName(comparison: Comparison, format: 'html' | 'docx'): string {
  const slug = (t: string) =>
    t
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 40) || 'document';
  return `comparison-${slug(comparison.old.title)}-to-${slug(comparison.new.title)}.${format}`;
}

export const compareHandlers = {
  /** The comparison of two library documents, shaped for the compare view (see src/compare/types.ts). */
  'compare-documents': async (ctx, { oldId, newId }): Promise<Comparison> => compareLibraryDocuments(ctx, oldId, newId).comparison,
  /** The comparison report counsel can send: a self-contained HTML page or a Word redline. */
  'compare-export': async (ctx, { oldId, newId, format }): Promise<ComparisonExport> => {
    const { comparison, old, new: after } = compareLibraryDocuments(ctx, oldId, newId);
    // The renderers (and the docx package) load only when a report is asked for.
    const content =
      format === 'docx'
        ? await (await import('../../compare/docx')).renderComparisonDocx(comparison, old.model, after.model)
        : (await import('../../compare/html')).renderComparisonHtml(comparison, old.model, after.model);
    return {
      format,
      fileName: comparisonFileName(comparison, format),
      mimeType: format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/html; charset=utf-8',
      content,
    };
  },
} satisfies Partial<HandlerImpls>;
