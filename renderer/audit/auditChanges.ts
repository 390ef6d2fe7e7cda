/**
 * An audit entry's before/after as the lines a reviewer reads: each field that changed, with its old and new
 * value in words. Entries store whole snapshots (src/store/audit.ts), so unchanged fields are left out here.
 */

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const FIELD_LABELS: Record<string, string> = {
  modelName: 'Model',
  intendedUse: 'Intended use',
  reviewer: 'Reviewer',
  status: 'Status',
  decision: 'Decision',
  conditions: 'Conditions',
  openQuestions: 'Open questions',
  notes: 'Notes',
  verdict: 'Verdict',
  rationale: 'Rationale',
  title: 'Title',
  category: 'Category',
  comment: 'Comment',
  tags: 'Tags',
  start: 'Start',
  end: 'End',
  quote: 'Quote',
  anchorStatus: 'Anchor',
  deleted: 'Deleted',
  documents: 'Documents',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** A value in words: lists joined, empty as "—", objects as compact JSON (they are rare: document lists). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('; ');
    // An assessment's documents: [{ documentId, role }].
    if (value.every((v) => isRecord(v) && typeof v.documentId === 'number')) {
      return (value as Array<{ documentId: number; role?: unknown }>).map((d) => `document ${d.documentId}${d.role ? ` as ${String(d.role)}` : ''}`).join('; ');
    }
  }
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The fields that differ between before and after (both snapshots of one record), in the after's order. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === undefined || before === null) return after === undefined || after === null ? [] : [{ field: 'value', before: '—', after: describeValue(after) }];
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: 'value', before: describeValue(before), after: describeValue(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  // A record created or deleted shows what it held; an edit only what changed.
  const created = !isRecord(before);
  return keys
    .filter((k) => created || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .filter((k) => !(created && (a[k] === '' || a[k] === null || (Array.isArray(a[k]) && (a[k] as unknown[]).length === 0))))
    .map((k) => ({ field: fieldLabel(k), before: describeValue(b[k]), after: describeValue(a[k]) }));
}
