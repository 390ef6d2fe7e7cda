/**
 * The engine's vocabularies in the words counsel read. The lists are typed against the engine's own unions, so
 * a value added there fails to compile here until it has a label.
 */
import type { AcceptableUse, CommercialUse, DocumentFormat, DocumentKind, FindingStatus, OutputOwnership, Stance } from './types';

export const KIND_LABELS: Record<DocumentKind, string> = {
  'model-license': 'Model licence',
  'acceptable-use-policy': 'Acceptable use policy',
  'service-terms': 'Service terms',
  'data-terms': 'Data terms',
  'open-source-license': 'Open-source licence',
  other: 'Other',
};
export const DOCUMENT_KIND_ORDER = Object.keys(KIND_LABELS) as DocumentKind[];

export const COMMERCIAL_LABELS: Record<CommercialUse, string> = {
  permitted: 'Permitted',
  conditional: 'Conditional',
  'non-commercial': 'Non-commercial',
  'not-addressed': 'Not addressed',
};
export const COMMERCIAL_ORDER = Object.keys(COMMERCIAL_LABELS) as CommercialUse[];

export const OUTPUT_LABELS: Record<OutputOwnership, string> = {
  user: 'Belongs to the user',
  'not-claimed': 'Not claimed by the provider',
  provider: 'Claimed by the provider',
  'not-addressed': 'Not addressed',
};

export const ACCEPTABLE_USE_LABELS: Record<AcceptableUse, string> = {
  embedded: 'Listed in the document',
  'by-reference': 'Incorporated by reference',
  none: 'None',
};

export const STANCE_LABELS: Record<Stance, string> = {
  permits: 'Permits',
  requires: 'Requires',
  restricts: 'Restricts',
  prohibits: 'Prohibits',
  disclaims: 'Disclaims',
  defines: 'Defines',
};

export const STATUS_LABELS: Record<FindingStatus, string> = {
  suggested: 'Suggested',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
};

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  markdown: 'Markdown',
  text: 'Text',
};
