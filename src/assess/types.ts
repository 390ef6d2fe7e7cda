/** Vocabulary shared with the gold labels (../shared/corpus/README.md) and docs/ARCHITECTURE.md. */
export const DOCUMENT_KINDS = [
  'model-license',
  'acceptable-use-policy',
  'service-terms',
  'data-terms',
  'open-source-license',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const COMMERCIAL_USE = ['permitted', 'conditional', 'non-commercial', 'not-addressed'] as const;
export type CommercialUse = (typeof COMMERCIAL_USE)[number];

export const OUTPUT_OWNERSHIP = ['user', 'not-claimed', 'provider', 'not-addressed'] as const;
export type OutputOwnership = (typeof OUTPUT_OWNERSHIP)[number];

export const ACCEPTABLE_USE = ['embedded', 'by-reference', 'none'] as const;
export type AcceptableUse = (typeof ACCEPTABLE_USE)[number];

/** The summary of one document, each answer with the ids of the findings that decided it. */
export interface DocumentAssessment {
  kind: DocumentKind;
  commercialUse: CommercialUse;
  /** One sentence when commercialUse is conditional or non-commercial; otherwise null. */
  commercialCondition: string | null;
  attributionRequired: boolean;
  outputOwnership: OutputOwnership;
  outputRestrictions: boolean;
  acceptableUse: AcceptableUse;
  decidedBy: {
    kind: string[];
    commercialUse: string[];
    attributionRequired: string[];
    outputOwnership: string[];
    outputRestrictions: string[];
    acceptableUse: string[];
  };
}

/**
 * What a known reference licence says on each topic (supplied by licence identification, src/licenses), used to
 * back the summary of a document identified as that licence. Structurally the reference facts' answers.
 */
export interface ReferenceSummary {
  kind: DocumentKind;
  commercialUse: CommercialUse;
  commercialCondition: string | null;
  attributionRequired: boolean;
  outputOwnership: OutputOwnership;
  outputRestrictions: boolean;
  acceptableUse: AcceptableUse;
}
