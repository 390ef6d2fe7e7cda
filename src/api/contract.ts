import { z } from 'zod';
import { CATEGORIES } from '../clauses/types';
import { COMMERCIAL_USE, DOCUMENT_KINDS } from '../assess/types';
import type { HandlerName } from './names';

/** Argument schemas: every call is validated here before it reaches the engine (IPC, CLI and tests alike). */
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const bytes = z.instanceof(Uint8Array);

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
} satisfies Record<HandlerName, z.ZodType>;

export type ApiContract = typeof contract;
/** What a caller passes. */
export type HandlerInput<N extends HandlerName> = z.input<ApiContract[N]>;
/** What a handler receives, after validation. */
export type HandlerArg<N extends HandlerName> = z.output<ApiContract[N]>;
