import { z } from 'zod';
import { ACCEPTABLE_USE, COMMERCIAL_USE, DOCUMENT_KINDS, OUTPUT_OWNERSHIP } from '../assess/types';
import type { AcceptableUse, CommercialUse, DocumentKind, OutputOwnership } from '../assess/types';

/**
 * What is true of a reference licence as a matter of public knowledge, in the assessment vocabulary
 * (src/assess/types.ts). It backs the summary when a document is identified as that licence; `basis` says which
 * sections carry each answer, so the memo can cite them.
 */
export interface ReferenceFacts {
  kind: DocumentKind;
  commercialUse: CommercialUse;
  /** One sentence when commercialUse is conditional or non-commercial; otherwise null. */
  commercialCondition: string | null;
  attributionRequired: boolean;
  outputOwnership: OutputOwnership;
  outputRestrictions: boolean;
  acceptableUse: AcceptableUse;
  basis: string;
}

export const ReferenceFactsSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    commercialUse: z.enum(COMMERCIAL_USE),
    commercialCondition: z.string().min(1).nullable(),
    attributionRequired: z.boolean(),
    outputOwnership: z.enum(OUTPUT_OWNERSHIP),
    outputRestrictions: z.boolean(),
    acceptableUse: z.enum(ACCEPTABLE_USE),
    basis: z.string().min(1),
  })
  .refine((f) => (f.commercialUse === 'conditional' || f.commercialUse === 'non-commercial') === (f.commercialCondition !== null), {
    message: 'commercialCondition is required exactly when commercialUse is conditional or non-commercial',
  }) satisfies z.ZodType<ReferenceFacts>;
