import type { DocumentRecord } from '../app/types';
import { FORMAT_LABELS, KIND_LABELS } from '../app/vocabulary';
import { displayDate, type SortKey } from '../state/library';
import { useUiStore } from '../state/ui';
import { CommercialBadge } from './CommercialBadge';
import { LicenseName } from './LicenseName';

interface Props {
  documents: DocumentRecord[];
  sort: { key: SortKey; direction: 'asc' | 'desc' };
  onSort(key: SortKey): void;
  onEdit(document: DocumentRecord): void;
  onDelete(document: DocumentRecord): void;
  /** "Compare with…": absent when the library has a single document. */
  onCompare?(document: DocumentRecord): void;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Document' },
  { key: 'kind', label: 'Kind' },
  { key: 'license', label: 'Identified licence' },
  { key: 'versionLabel', label: 'Version' },
  { key: 'commercialUse', label: 'Commercial use' },
  { key: 'date', label: 'Date' },
];

export function DocumentTable({ documents, sort, onSort, onEdit, onDelete, onCompare }: Props) {
  const openDocument = useUiStore((s) => s.openDocument);
  return (
    <table className="document-table" data-testid="document-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                {c.label}
                <span className="sort-mark" aria-hidden="true">
                  {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id} data-document-id={d.id}>
            <td className="cell-title">
              <button type="button" className="title-button" onClick={() => openDocument(d.id)}>
                {d.title}
              </button>
              <span className="cell-sub muted">
                {FORMAT_LABELS[d.format]}
                {d.pageCount ? ` · ${d.pageCount} p.` : ''}
                {d.family ? ` · ${d.family}` : ''}
              </span>
            </td>
            <td>{KIND_LABELS[d.kind]}</td>
            <td data-testid="license-cell">
              <LicenseName license={d.license} />
            </td>
            <td>{d.versionLabel ?? <span className="muted">—</span>}</td>
            <td>
              <CommercialBadge value={d.commercialUse} />
            </td>
            <td className="cell-date" title={d.effectiveDate ? 'Effective date' : 'Imported on'}>
              {displayDate(d)}
              {!d.effectiveDate && <span className="cell-sub muted">imported</span>}
            </td>
            <td className="cell-actions">
              {onCompare && (
                <button type="button" className="btn btn-small btn-quiet" onClick={() => onCompare(d)} aria-label={`Compare ${d.title} with…`}>
                  Compare…
                </button>
              )}
              <button type="button" className="btn btn-small btn-quiet" onClick={() => onEdit(d)} aria-label={`Edit details of ${d.title}`}>
                Edit
              </button>
              <button type="button" className="btn btn-small btn-quiet btn-danger-text" onClick={() => onDelete(d)} aria-label={`Delete ${d.title}`}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
