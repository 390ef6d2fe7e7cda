/**
 * Assessments in the words counsel read: roles, statuses, decisions, each topic's possible verdicts and their
 * tone (the same colours as the review summary and the library's badges). Typed against the engine's unions, so
 * a value added there fails to compile here until it has words.
 */
import type { DocumentKind } from '../app/types';
import type { AssessmentRole, AssessmentStatus, Decision } from '../state/assessments';

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export const ROLE_LABELS: Record<AssessmentRole, string> = {
  'weights-license': 'Weights licence',
  'code-license': 'Code licence',
  'training-data-license': 'Training-data licence',
  'acceptable-use-policy': 'Acceptable use policy',
  'service-terms': 'API / service terms',
  other: 'Other',
};
export const ROLE_ORDER = Object.keys(ROLE_LABELS) as AssessmentRole[];

/** The role a document most likely plays, from its kind (the reviewer can change it). */
export const ROLE_FOR_KIND: Record<DocumentKind, AssessmentRole> = {
  'model-license': 'weights-license',
  'acceptable-use-policy': 'acceptable-use-policy',
  'service-terms': 'service-terms',
  'data-terms': 'training-data-license',
  'open-source-license': 'code-license',
  other: 'other',
};

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  decided: 'Decided',
};
export const STATUS_ORDER = Object.keys(STATUS_LABELS) as AssessmentStatus[];

export const DECISION_LABELS: Record<Decision, string> = {
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  rejected: 'Rejected',
  'needs-information': 'Needs information',
};
export const DECISION_ORDER = Object.keys(DECISION_LABELS) as Decision[];

export const DECISION_TONES: Record<Decision, Tone> = {
  approved: 'good',
  'approved-with-conditions': 'warn',
  rejected: 'bad',
  'needs-information': 'neutral',
};

interface VerdictChoice {
  value: string;
  label: string;
  tone: Tone;
}

/** Each core topic's answers, most restrictive first (as src/assess/topics.ts orders them). */
export const CORE_VERDICTS: Record<string, VerdictChoice[]> = {
  'commercial-use': [
    { value: 'non-commercial', label: 'Non-commercial only', tone: 'bad' },
    { value: 'conditional', label: 'Conditional', tone: 'warn' },
    { value: 'permitted', label: 'Permitted', tone: 'good' },
    { value: 'not-addressed', label: 'Not addressed', tone: 'neutral' },
  ],
  attribution: [
    { value: 'required', label: 'Required', tone: 'warn' },
    { value: 'not-required', label: 'Not required', tone: 'good' },
  ],
  'output-ownership': [
    { value: 'provider', label: 'Provider owns / claims outputs', tone: 'bad' },
    { value: 'not-claimed', label: 'Provider claims no rights', tone: 'good' },
    { value: 'user', label: 'User owns outputs', tone: 'good' },
    { value: 'not-addressed', label: 'Not addressed', tone: 'neutral' },
  ],
  'acceptable-use': [
    { value: 'embedded', label: 'Restrictions in the document', tone: 'warn' },
    { value: 'by-reference', label: 'Policy incorporated by reference', tone: 'warn' },
    { value: 'none', label: 'No use restrictions', tone: 'neutral' },
  ],
};

export function isCoreTopic(topic: string): boolean {
  return topic in CORE_VERDICTS;
}

export function verdictLabel(topic: string, value: string): string {
  return CORE_VERDICTS[topic]?.find((c) => c.value === value)?.label ?? value;
}

export function verdictTone(topic: string, value: string): Tone {
  return CORE_VERDICTS[topic]?.find((c) => c.value === value)?.tone ?? 'neutral';
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
