import { z } from 'zod';
import { ReferenceFactsSchema } from './facts';

/**
 * The shape of resources/licenses/library.json, written by scripts/build-license-library.ts and validated when
 * the library is loaded (a hand-edited or stale file fails loudly rather than identifying wrongly).
 */
const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const LibraryReferenceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  family: z.string().min(1),
  /** SPDX identifiers of the licence, when the SPDX License List has it (GPL-3.0: both -only and -or-later). */
  spdx: z.array(z.string()),
  /** Hugging Face Hub `license:` tag, when there is one. */
  huggingFace: z.string().optional(),
  version: z.string(),
  /** Version date of the text (ISO), when it has one. */
  date: z.string().nullable(),
  dateNote: z.string().optional(),
  /** Path of the reference text, relative to resources/licenses/. */
  text: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  provenance: z.object({
    /** The shared-corpus file the text was taken from (../shared/corpus/documents) … */
    corpusFile: z.string().optional(),
    /** … or the repository copy of a text taken from elsewhere (Debian's common licences). */
    copy: z.string().optional(),
    repository: z.string(),
    path: z.string(),
    commit: z.string(),
    sourceTitle: z.string(),
    retrieved: z.string().optional(),
    startAt: z.string().optional(),
    endBefore: z.string().optional(),
    transformations: z.array(z.string()),
  }).refine((p) => (p.corpusFile === undefined) !== (p.copy === undefined), 'a reference names its source file: corpusFile or copy, not both'),
  /** Character spans of the text that a copy may leave out (titles, CC's preamble, Apache's appendix). */
  optional: z.array(Span),
  /** Template phrases (e.g. BSD's "the copyright holder") a copy may replace with up to maxWords words. */
  variables: z.array(Span.extend({ maxWords: z.number().int().positive() })),
  facts: ReferenceFactsSchema,
});

export const LibraryFileSchema = z.object({
  schema: z.literal(1),
  references: z.array(LibraryReferenceSchema),
});

export type LibraryReference = z.infer<typeof LibraryReferenceSchema>;
export type LibraryFile = z.infer<typeof LibraryFileSchema>;
