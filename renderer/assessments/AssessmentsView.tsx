/**
 * The assessments: one per model and intended use, with its status and decision. New assessments start here;
 * one opens in its own view.
 */
import { useEffect, useState } from 'react';
import { useAssessmentsStore } from '../state/assessments';
import { useLibraryStore } from '../state/library';
import { useUiStore } from '../state/ui';
import { DECISION_LABELS, DECISION_TONES, STATUS_LABELS, formatDate } from './assessmentVocabulary';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import '../styles/assessments.css';

export function AssessmentsView() {
  const { list, listStatus, listError, loadList } = useAssessmentsStore();
  const openAssessment = useUiStore((s) => s.openAssessment);
  const showMatrix = useUiStore((s) => s.showMatrix);
  const documentCount = useLibraryStore((s) => s.documents.length);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  return (
    <div className="page-view" data-testid="assessments-view">
      <header className="page-header">
        <h1>Assessments</h1>
        <p className="page-lede muted">A recorded review of one model for one intended use: its documents, a verdict per topic, and the decision.</p>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => showMatrix()}>
            Licence matrix
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={documentCount === 0} title={documentCount === 0 ? 'Import the documents to assess first' : undefined}>
            New assessment…
          </button>
        </div>
      </header>
      {listStatus === 'error' && (
        <p className="inline-error" role="alert">
          The assessments could not be read: {listError}{' '}
          <button type="button" className="btn btn-link" onClick={() => void loadList()}>
            Try again
          </button>
        </p>
      )}
      {listStatus === 'loading' && <p className="muted">Reading the assessments…</p>}
      {listStatus === 'ready' && list.length === 0 && (
        <div className="empty-panel">
          <h2>No assessments yet</h2>
          <p className="muted">
            {documentCount === 0
              ? 'Import the model’s licence, its acceptable use policy and the service terms into the library first.'
              : 'Start one for a model and its intended use, e.g. “Llama 3.1 8B in a customer-support chatbot”.'}
          </p>
        </div>
      )}
      {list.length > 0 && (
        <table className="data-table" data-testid="assessment-table">
          <thead>
            <tr>
              <th scope="col">Model and intended use</th>
              <th scope="col">Documents</th>
              <th scope="col">Reviewer</th>
              <th scope="col">Status</th>
              <th scope="col">Decision</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} data-assessment-id={a.id}>
                <td className="cell-title">
                  <button type="button" className="title-button" onClick={() => openAssessment(a.id)}>
                    {a.modelName}
                  </button>
                  <span className="cell-sub muted">{a.intendedUse}</span>
                </td>
                <td>{a.documents.length}</td>
                <td>{a.reviewer}</td>
                <td>
                  <span className={`status-pill status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
                </td>
                <td>{a.decision ? <span className={`badge badge-tone-${DECISION_TONES[a.decision]}`}>{DECISION_LABELS[a.decision]}</span> : <span className="muted">—</span>}</td>
                <td className="cell-date">{formatDate(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <NewAssessmentDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            openAssessment(id);
          }}
        />
      )}
    </div>
  );
}
