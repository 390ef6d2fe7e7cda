import { ACCEPTABLE_USE, COMMERCIAL_USE, OUTPUT_OWNERSHIP } from './types';

/** The four topics every assessment answers, with the answers each can take (most restrictive first). */
export const CORE_TOPICS = [
  {
    id: 'commercial-use',
    title: 'Commercial use',
    // "not-addressed" says nothing: it loses to any document that does address the topic.
    restrictiveness: ['non-commercial', 'conditional', 'permitted', 'not-addressed'] as const satisfies readonly (typeof COMMERCIAL_USE)[number][],
  },
  { id: 'attribution', title: 'Attribution', restrictiveness: ['required', 'not-required'] as const },
  {
    id: 'output-ownership',
    title: 'Output ownership',
    restrictiveness: ['provider', 'not-claimed', 'user', 'not-addressed'] as const satisfies readonly (typeof OUTPUT_OWNERSHIP)[number][],
  },
  {
    id: 'acceptable-use',
    title: 'Acceptable use',
    restrictiveness: ['embedded', 'by-reference', 'none'] as const satisfies readonly (typeof ACCEPTABLE_USE)[number][],
  },
] as const;

export type CoreTopicId = (typeof CORE_TOPICS)[number]['id'];
export const CORE_TOPIC_IDS = CORE_TOPICS.map((t) => t.id) as CoreTopicId[];

/** Free topics a reviewer adds ("Indemnity", "Export control") are stored as "custom:<slug>". */
export function customTopicId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `custom:${slug || 'topic'}`;
}

export function isCoreTopic(topic: string): topic is CoreTopicId {
  return (CORE_TOPIC_IDS as string[]).includes(topic);
}

/** Words for a verdict value, as a memo or the UI prints it. */
export const VERDICT_LABELS: Record<string, string> = {
  permitted: 'Permitted',
  conditional: 'Conditional',
  'non-commercial': 'Non-commercial only',
  'not-addressed': 'Not addressed',
  required: 'Required',
  'not-required': 'Not required',
  user: 'User owns outputs',
  'not-claimed': 'Provider claims no rights',
  provider: 'Provider owns / claims outputs',
  embedded: 'Restrictions in the document',
  'by-reference': 'Policy incorporated by reference',
  none: 'No use restrictions',
};

export const ASSESSMENT_ROLES = ['weights-license', 'code-license', 'training-data-license', 'acceptable-use-policy', 'service-terms', 'other'] as const;
export type AssessmentRole = (typeof ASSESSMENT_ROLES)[number];

export const ROLE_LABELS: Record<AssessmentRole, string> = {
  'weights-license': 'Weights licence',
  'code-license': 'Code licence',
  'training-data-license': 'Training-data licence',
  'acceptable-use-policy': 'Acceptable use policy',
  'service-terms': 'API / service terms',
  other: 'Other',
};

export const ASSESSMENT_STATUSES = ['draft', 'in-review', 'decided'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const DECISIONS = ['approved', 'approved-with-conditions', 'rejected', 'needs-information'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  rejected: 'Rejected',
  'needs-information': 'Needs information',
};
