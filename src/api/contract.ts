import { z } from 'zod';
import { CATEGORIES } from '../clauses/types';
import { ASSESSMENT_ROLES, ASSESSMENT_STATUSES, DECISIONS } from '../assess/topics';
import { COMMERCIAL_USE, DOCUMENT_KINDS } from '../assess/types';
import { MEMO_SECTIONS } from '../memo/options';
import type { HandlerName } from './names';

/** Argument schemas: every call is validated here before it reaches the engine (IPC, CLI and tests alike). */
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const offset = z.number().int().min(0);
const tags = z.array(z.string().trim().min(1).max(100)).max(50);
/** A clause category, or "note" for a plain comment. */
const annotationCategory = z.enum([...CATEGORIES, 'note']);
const attachedDocuments = z.array(z.object({ documentId: id, role: z.enum(ASSESSMENT_ROLES) }).strict()).max(50);
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'file contents as bytes (Uint8Array)');

export const documentMetadataSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    kind: z.enum(DOCUMENT_KINDS),
    family: z.string().trim().max(200).nullable(),
    versionLabel: z.string().trim().max(200).nullable(),
    effectiveDate: isoDate.nullable(),
    notes: z.string().max(100_000),
  })
  .partial()
  .strict();

export const contract = {
  'library-info': z.undefined().or(z.object({}).strict()),
  /** An absolute path the main process got from a save dialog (the window's IPC may not make this call). */
  'library-backup': z.object({ path: z.string().min(1).max(4096) }).strict(),
  /** An absolute path the main process got from an open dialog (the window's IPC may not make this call either). */
  'library-restore': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'documents-import': z.object({ name: z.string().min(1).max(1024), bytes, metadata: documentMetadataSchema.optional() }).strict(),
  'documents-list': z
    .object({ kind: z.enum(DOCUMENT_KINDS), family: z.string().max(200), commercialUse: z.enum(COMMERCIAL_USE) })
    .partial()
    .strict()
    .optional(),
  'documents-get': z.object({ id }).strict(),
  'documents-file': z.object({ id }).strict(),
  'documents-search': z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(500).optional() }).strict(),
  'documents-update': z.object({ id, metadata: documentMetadataSchema }).strict(),
  'documents-delete': z.object({ id }).strict(),
  'documents-reanalyze': z.object({ id: id.optional() }).strict(),
  'findings-review': z
    .object({
      findingId: id,
      status: z.enum(['suggested', 'confirmed', 'rejected']).optional(),
      category: z.enum(CATEGORIES).nullable().optional(),
    })
    .strict(),
  'analysis-run': z.object({ name: z.string().min(1).max(1024), bytes }).strict(),
  'samples-list': z.undefined().or(z.object({}).strict()),
  'samples-import': z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, 'a sample id') }).strict(),
  'annotations-create': z
    .object({
      documentId: id,
      start: offset,
      end: offset,
      category: annotationCategory,
      comment: z.string().max(20_000).optional(),
      tags: tags.optional(),
    })
    .strict(),
  'annotations-list': z.object({ documentId: id, includeDeleted: z.boolean().optional() }).strict(),
  'annotations-update': z
    .object({
      id,
      category: annotationCategory.optional(),
      comment: z.string().max(20_000).optional(),
      tags: tags.optional(),
      start: offset.optional(),
      end: offset.optional(),
      anchorStatus: z.enum(['anchored', 'needs-confirmation', 'orphaned']).optional(),
    })
    .strict(),
  'annotations-delete': z.object({ id }).strict(),
  'annotations-restore': z.object({ id }).strict(),
  'assessments-create': z
    .object({
      modelName: z.string().trim().min(1).max(300),
      intendedUse: z.string().trim().min(1).max(2000),
      reviewer: z.string().trim().min(1).max(200).optional(),
      documents: attachedDocuments,
    })
    .strict(),
  'assessments-list': z.undefined().or(z.object({}).strict()),
  'assessments-get': z.object({ id }).strict(),
  'assessments-update': z
    .object({
      id,
      changes: z
        .object({
          modelName: z.string().trim().min(1).max(300),
          intendedUse: z.string().trim().min(1).max(2000),
          reviewer: z.string().trim().min(1).max(200),
          status: z.enum(ASSESSMENT_STATUSES),
          decision: z.enum(DECISIONS).nullable(),
          conditions: z.array(z.string().trim().min(1).max(5000)).max(200),
          openQuestions: z.array(z.string().trim().min(1).max(5000)).max(200),
          notes: z.string().max(100_000),
        })
        .partial()
        .strict(),
    })
    .strict(),
  'assessments-set-documents': z.object({ id, documents: attachedDocuments }).strict(),
  'assessments-update-verdict': z
    .object({
      id,
      topic: z.string().min(1).max(200),
      changes: z.object({ verdict: z.string().max(200), conditions: z.string().max(20_000), rationale: z.string().max(50_000), title: z.string().trim().min(1).max(200) }).partial().strict(),
    })
    .strict(),
  'assessments-add-topic': z.object({ id, title: z.string().trim().min(1).max(200) }).strict(),
  'assessments-remove-topic': z.object({ id, topic: z.string().min(1).max(200) }).strict(),
  'assessments-refresh': z.object({ id }).strict(),
  'assessments-delete': z.object({ id }).strict(),
  'audit-list': z.object({ documentId: id.optional(), assessmentId: id.optional() }).strict(),
  'matrix-get': z.object({ assessmentId: id.optional() }).strict().optional(),
  'matrix-csv': z.object({ assessmentId: id.optional() }).strict().optional(),
  /** The review memo of an assessment as DOCX bytes, Markdown or print-ready HTML (the app prints the PDF from the HTML). */
  'memo-render': z
    .object({
      assessmentId: id,
      format: z.enum(['docx', 'md', 'html']),
      options: z
        .object({
          include: z.array(z.enum(MEMO_SECTIONS)).max(MEMO_SECTIONS.length),
          exclude: z.array(z.enum(MEMO_SECTIONS)).max(MEMO_SECTIONS.length),
          includeRejected: z.boolean(),
          privilegedHeader: z.string().max(300),
          pageSize: z.enum(['A4', 'Letter']),
          timeZone: z.string().max(100).refine(isTimeZone, 'an IANA time zone such as Europe/London'),
        })
        .partial()
        .strict()
        .optional(),
    })
    .strict(),
  /** Two library documents compared, the earlier first (src/compare/types.ts: the result shape). */
  'compare-documents': z.object({ oldId: id, newId: id }).strict(),
  /** The comparison report as a self-contained HTML page or a Word redline (DOCX bytes). */
  'compare-export': z.object({ oldId: id, newId: id, format: z.enum(['html', 'docx']) }).strict(),
  'versions-families': z.undefined().or(z.object({}).strict()),
  'versions-timeline': z.object({ family: z.string().trim().min(1).max(200) }).strict(),
  'versions-suggest': z.object({ documentId: id }).strict(),
  'versions-notices': z.object({ documentId: id, assessmentId: id, includeDismissed: z.boolean() }).partial().strict().optional(),
  'versions-dismiss-notice': z.object({ id }).strict(),
  /** Re-anchors the earlier version's annotations and confirmed findings in the later version. */
  'annotations-carry-over': z
    .object({ fromDocumentId: id, toDocumentId: id })
    .strict()
    .refine((a) => a.fromDocumentId !== a.toDocumentId, 'carry-over needs two different documents'),
} satisfies Record<HandlerName, z.ZodType>;

export type ApiContract = typeof contract;
/** What a caller passes. */
export type HandlerInput<N extends HandlerName> = z.input<ApiContract[N]>;
/** What a handler receives, after validation. */
export type HandlerArg<N extends HandlerName> = z.output<ApiContract[N]>;
