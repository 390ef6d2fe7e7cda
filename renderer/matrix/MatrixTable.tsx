import type { CommercialUse } from '../app/types';
import { ACCEPTABLE_USE_LABELS, KIND_LABELS, OUTPUT_LABELS } from '../app/vocabulary';
import { ROLE_LABELS } from '../assessments/assessmentVocabulary';
import { CommercialBadge } from '../library/CommercialBadge';
import { LicenseName } from '../library/LicenseName';
import type { MatrixRow, MatrixSortKey } from '../state/matrix';
import { useUiStore } from '../state/ui';
import type { AssessmentRole } from '../state/assessments';

interface Props {
  rows: MatrixRow[];
  sort: { key: MatrixSortKey; direction: 'asc' | 'desc' };
  onSort(key: MatrixSortKey): void;
  showRoles: boolean;
}

const numberFormat = new Intl.NumberFormat('en-US');

function thresholds(row: MatrixRow): string[] {
  const out: string[] = [];
  if (row.mauThreshold !== null) out.push(`${numberFormat.format(row.mauThreshold)} monthly active users`);
  if (row.revenueThreshold !== null) out.push(`revenue ${numberFormat.format(row.revenueThreshold)}`);
  if (row.usageThreshold) out.push(`${numberFormat.format(row.usageThreshold.value)} ${row.usageThreshold.unit}`);
  return out;
}

function Answer({ tone, children, testId }: { tone: 'good' | 'warn' | 'bad' | 'neutral'; children: string; testId: string }) {
  return (
    <span className={`badge badge-tone-${tone}`} data-testid={testId} data-tone={tone}>
      {children}
    </span>
  );
}

export function MatrixTable({ rows, sort, onSort, showRoles }: Props) {
  const openDocument = useUiStore((s) => s.openDocument);
  const columns: { key: MatrixSortKey; label: string }[] = [
    { key: 'title', label: 'Document' },
    ...(showRoles ? [{ key: 'role' as const, label: 'Role' }] : []),
    { key: 'license', label: 'Identified licence' },
    { key: 'commercialUse', label: 'Commercial use' },
    { key: 'attribution', label: 'Attribution' },
    { key: 'outputOwnership', label: 'Output ownership' },
    { key: 'acceptableUse', label: 'Acceptable use' },
  ];
  return (
    <table className="document-table matrix-table" data-testid="matrix-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                {c.label}
                <span className="sort-mark" aria-hidden="true">
                  {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const limits = thresholds(r);
          return (
            <tr key={`${r.documentId}-${r.role ?? ''}`} data-document-id={r.documentId} data-commercial={r.commercialUse ?? 'unknown'}>
              <th scope="row" className="cell-title">
                <button type="button" className="title-button" onClick={() => openDocument(r.documentId)}>
                  {r.title}
                </button>
                <span className="cell-sub muted">
                  {KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? r.kind}
                  {r.versionLabel ? ` · ${r.versionLabel}` : ''}
                  {r.reviewed ? ' · reviewed' : ''}
                </span>
              </th>
              {showRoles && <td>{r.role ? (ROLE_LABELS[r.role as AssessmentRole] ?? r.role) : '—'}</td>}
              <td data-testid="matrix-license">
                <LicenseName license={r.license} />
              </td>
              <td data-testid="matrix-commercial">
                <CommercialBadge value={r.commercialUse as CommercialUse | null} />
                {limits.length > 0 && <span className="cell-sub matrix-threshold">{limits.join(' · ')}</span>}
                {r.commercialCondition && (
                  <span className="cell-sub muted matrix-condition" title={r.commercialCondition}>
                    {r.commercialCondition}
                  </span>
                )}
              </td>
              <td>
                {r.attributionRequired === null ? (
                  <Answer tone="neutral" testId="matrix-attribution">Not analysed</Answer>
                ) : r.attributionRequired ? (
                  <Answer tone="warn" testId="matrix-attribution">Required</Answer>
                ) : (
                  <Answer tone="good" testId="matrix-attribution">Not required</Answer>
                )}
              </td>
              <td>
                {r.outputOwnership === null ? (
                  <Answer tone="neutral" testId="matrix-output">Not analysed</Answer>
                ) : (
                  <Answer tone={r.outputOwnership === 'provider' ? 'bad' : r.outputOwnership === 'not-addressed' ? 'neutral' : 'good'} testId="matrix-output">
                    {OUTPUT_LABELS[r.outputOwnership]}
                  </Answer>
                )}
                {r.outputRestrictions && <span className="cell-sub muted">with limits on use of outputs</span>}
              </td>
              <td>
                {r.acceptableUse === null ? (
                  <Answer tone="neutral" testId="matrix-acceptable-use">Not analysed</Answer>
                ) : (
                  <Answer tone={r.acceptableUse === 'none' ? 'neutral' : 'warn'} testId="matrix-acceptable-use">
                    {ACCEPTABLE_USE_LABELS[r.acceptableUse]}
                  </Answer>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
