import type { CommercialUse, DocumentAssessment } from './types';

/** One row of the licence matrix: a document and its four answers. */
export interface MatrixRow {
  documentId: number;
  title: string;
  kind: string;
  family: string | null;
  versionLabel: string | null;
  role: string | null;
  license: { id: string; name: string; match: 'exact' | 'modified' } | null;
  commercialUse: CommercialUse | null;
  commercialCondition: string | null;
  /** Thresholds pulled from the clauses, e.g. 700000000 monthly active users. */
  mauThreshold: number | null;
  revenueThreshold: number | null;
  /** A cap on free use counted per month in visits, requests or calls, e.g. 1000000 "visits per month". */
  usageThreshold: { value: number; unit: string } | null;
  attributionRequired: boolean | null;
  outputOwnership: DocumentAssessment['outputOwnership'] | null;
  outputRestrictions: boolean | null;
  acceptableUse: DocumentAssessment['acceptableUse'] | null;
  /** True when a reviewer's decision on a finding changed the answers from the engine's. */
  reviewed: boolean;
}

const CSV_COLUMNS: Array<[string, (r: MatrixRow) => string]> = [
  ['Document ID', (r) => String(r.documentId)],
  ['Title', (r) => r.title],
  ['Kind', (r) => r.kind],
  ['Family', (r) => r.family ?? ''],
  ['Version', (r) => r.versionLabel ?? ''],
  ['Role', (r) => r.role ?? ''],
  ['Identified licence', (r) => (r.license ? r.license.name : '')],
  ['Licence match', (r) => r.license?.match ?? ''],
  ['Commercial use', (r) => r.commercialUse ?? ''],
  ['Commercial condition', (r) => r.commercialCondition ?? ''],
  ['MAU threshold', (r) => (r.mauThreshold === null ? '' : String(r.mauThreshold))],
  ['Revenue threshold', (r) => (r.revenueThreshold === null ? '' : String(r.revenueThreshold))],
  ['Usage cap', (r) => (r.usageThreshold === null ? '' : `${r.usageThreshold.value} ${r.usageThreshold.unit}`)],
  ['Attribution required', (r) => (r.attributionRequired === null ? '' : r.attributionRequired ? 'yes' : 'no')],
  ['Output ownership', (r) => r.outputOwnership ?? ''],
  ['Output restrictions', (r) => (r.outputRestrictions === null ? '' : r.outputRestrictions ? 'yes' : 'no')],
  ['Acceptable use', (r) => r.acceptableUse ?? ''],
];

/**
 * RFC 4180 CSV of the matrix. A cell that a spreadsheet would run as a formula (starting with = + - @ or a
 * control character) is prefixed with an apostrophe: document titles come from untrusted files.
 */
export function matrixToCsv(rows: MatrixRow[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [CSV_COLUMNS.map(([h]) => cell(h)).join(','), ...rows.map((r) => CSV_COLUMNS.map(([, get]) => cell(get(r))).join(','))];
  return lines.join('\r\n') + '\r\n';
}
