/**
 * The licence matrix: one row per document (the library's, or one assessment's with their roles), with the
 * identified licence and the four answers colour-coded as in the library — sortable, filterable, and exported
 * to CSV. Answers are the engine's analysis with counsel's finding decisions applied.
 */
import { useEffect, useMemo, useState } from 'react';
import { toCallFailure, desk } from '../app/desk';
import { saveFile } from '../app/saveFile';
import { DOCUMENT_KIND_ORDER, KIND_LABELS } from '../app/vocabulary';
import { useAssessmentsStore } from '../state/assessments';
import { useMatrixStore, visibleRows, type CommercialFilter, type MatrixSortKey } from '../state/matrix';
import { useUiStore } from '../state/ui';
import { MatrixTable } from './MatrixTable';
import '../styles/matrix.css';

const COMMERCIAL_FILTERS: { value: CommercialFilter; label: string }[] = [
  { value: 'all', label: 'Any' },
  { value: 'restricted', label: 'Non-commercial or conditional only' },
  { value: 'non-commercial', label: 'Non-commercial' },
  { value: 'conditional', label: 'Conditional' },
  { value: 'permitted', label: 'Permitted' },
  { value: 'not-addressed', label: 'Not addressed' },
  { value: 'unknown', label: 'Not analysed' },
];

export function MatrixView({ assessmentId }: { assessmentId?: number }) {
  const { rows, status, error, sort, filters, load, sortBy, setFilter, clearFilters } = useMatrixStore();
  const assessments = useAssessmentsStore((s) => s.list);
  const showMatrix = useUiStore((s) => s.showMatrix);
  const openAssessment = useUiStore((s) => s.openAssessment);
  const [exportError, setExportError] = useState<string | null>(null);
  const scope = assessmentId ?? null;

  useEffect(() => {
    void load(scope);
    if (useAssessmentsStore.getState().listStatus === 'idle') void useAssessmentsStore.getState().loadList();
  }, [load, scope]);

  const shown = useMemo(() => visibleRows(rows, filters, sort), [rows, filters, sort]);
  const filtering = filters.commercial !== 'all' || filters.kind !== 'all' || filters.query.trim() !== '';
  const scoped = assessments.find((a) => a.id === assessmentId);

  const exportCsv = async () => {
    setExportError(null);
    try {
      const csv = await desk().matrixCsv(scope === null ? undefined : { assessmentId: scope });
      const stamp = new Date().toISOString().slice(0, 10);
      saveFile(`licence-matrix-${scoped ? slug(scoped.modelName) : 'library'}-${stamp}.csv`, csv, 'text/csv;charset=utf-8');
    } catch (e) {
      setExportError(toCallFailure(e).message);
    }
  };

  return (
    <div className="page-view matrix-view" data-testid="matrix-view">
      <header className="page-header">
        <h1>Licence matrix</h1>
        <p className="page-lede muted">
          {scoped ? (
            <>
              The documents of the assessment of{' '}
              <button type="button" className="btn btn-link" onClick={() => openAssessment(scoped.id)}>
                {scoped.modelName}
              </button>
              , in their roles.
            </>
          ) : (
            'Every document in the library with its identified licence and the four answers that decide what you may do with it.'
          )}
        </p>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => void exportCsv()} disabled={rows.length === 0}>
            Export CSV
          </button>
        </div>
      </header>
      <div className="filters" role="search" aria-label="Filter the matrix">
        <div className="filter">
          <label htmlFor="matrix-scope">Documents of</label>
          <select id="matrix-scope" value={scope ?? ''} onChange={(e) => showMatrix(e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">The whole library</option>
            {assessments.map((a) => (
              <option key={a.id} value={a.id}>
                Assessment: {a.modelName}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="matrix-commercial">Commercial use</label>
          <select id="matrix-commercial" value={filters.commercial} onChange={(e) => setFilter('commercial', e.target.value as CommercialFilter)}>
            {COMMERCIAL_FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="matrix-kind">Kind</label>
          <select id="matrix-kind" value={filters.kind} onChange={(e) => setFilter('kind', e.target.value)}>
            <option value="all">Any</option>
            {DOCUMENT_KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter matrix-query">
          <label htmlFor="matrix-query">Title, family or licence</label>
          <input id="matrix-query" type="search" value={filters.query} onChange={(e) => setFilter('query', e.target.value)} placeholder="e.g. llama" />
        </div>
        {filtering && (
          <button type="button" className="btn btn-link" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        <span className="filters-count muted" data-testid="matrix-count">
          {shown.length} of {rows.length} document{rows.length === 1 ? '' : 's'}
        </span>
      </div>
      {(status === 'error' || exportError) && (
        <p className="inline-error" role="alert">
          {status === 'error' ? `The matrix could not be read: ${error}` : `The CSV was not exported: ${exportError}`}
        </p>
      )}
      {status === 'loading' && rows.length === 0 && <p className="muted">Reading the analyses…</p>}
      {status === 'ready' && rows.length === 0 && <p className="muted table-empty">{scope === null ? 'The library is empty.' : 'This assessment has no documents yet.'}</p>}
      {rows.length > 0 &&
        (shown.length > 0 ? (
          <MatrixTable rows={shown} sort={sort} onSort={(key: MatrixSortKey) => sortBy(key)} showRoles={scope !== null} />
        ) : (
          <p className="muted table-empty">No document matches these filters.</p>
        ))}
      <MatrixLegend />
    </div>
  );
}

function MatrixLegend() {
  return (
    <p className="matrix-legend muted">
      <span className="badge badge-tone-good">green</span> no obstacle · <span className="badge badge-tone-warn">amber</span> conditions or duties ·{' '}
      <span className="badge badge-tone-bad">red</span> a restriction that may rule the use out · <span className="badge badge-tone-neutral">grey</span> not addressed
      or not analysed. Answers include counsel’s decisions on the findings (marked “reviewed”).
    </p>
  );
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'assessment'
  );
}
