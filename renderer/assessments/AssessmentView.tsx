/**
 * One assessment: what is assessed (model, intended use), the documents in their roles, a verdict per topic with
 * the clauses behind it, the decision and sign-off, and the history of every change. Everything is saved as it
 * is changed.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { AuditPanel } from '../audit/AuditPanel';
import { MemoDialog } from '../memo/MemoDialog';
import { assessmentFieldKey, useAssessmentsStore } from '../state/assessments';
import { useLibraryStore } from '../state/library';
import { useUiStore } from '../state/ui';
import { AttachedDocuments } from './AttachedDocuments';
import { DECISION_LABELS, DECISION_TONES, STATUS_LABELS } from './assessmentVocabulary';
import { DecisionPanel } from './DecisionPanel';
import { DeleteAssessmentDialog } from './DeleteAssessmentDialog';
import { VerdictCard } from './VerdictCard';
import '../styles/assessments.css';

export function AssessmentView({ assessmentId }: { assessmentId: number }) {
  const { current, currentStatus, currentError, saveError, revision, dismissSaveError } = useAssessmentsStore();
  const documents = useLibraryStore((s) => s.documents);
  const showAssessments = useUiStore((s) => s.showAssessments);
  const showMatrix = useUiStore((s) => s.showMatrix);
  const [memoOpen, setMemoOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [topic, setTopic] = useState('');

  useEffect(() => {
    void useAssessmentsStore.getState().open(assessmentId);
  }, [assessmentId]);

  if (currentStatus === 'error') {
    return (
      <div className="view-message" role="alert">
        <h1>This assessment could not be opened</h1>
        <p>{currentError}</p>
        <button type="button" className="btn" onClick={showAssessments}>
          All assessments
        </button>
      </div>
    );
  }
  if (!current || current.id !== assessmentId) {
    return (
      <div className="view-message" aria-busy="true">
        <p>Opening the assessment…</p>
      </div>
    );
  }
  const a = current;
  const store = useAssessmentsStore.getState;
  const flush = (field: 'modelName' | 'intendedUse') => void store().flushField(assessmentFieldKey(a.id, field));
  const addTopic = async (e: FormEvent) => {
    e.preventDefault();
    if (topic.trim() && (await store().addTopic(topic.trim()))) setTopic('');
  };

  return (
    <div className="page-view assessment-view" data-testid="assessment-view" data-status={a.status}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="btn btn-link" onClick={showAssessments}>
          Assessments
        </button>
        <span aria-hidden="true"> › </span>
        <span>{a.modelName}</span>
      </nav>
      <header className="page-header assessment-header">
        <div className="assessment-title">
          <h1>{a.modelName}</h1>
          <p className="page-lede">{a.intendedUse}</p>
        </div>
        <span className={`status-pill status-${a.status}`} data-testid="assessment-status">
          {STATUS_LABELS[a.status]}
        </span>
        {a.decision && (
          <span className={`badge badge-tone-${DECISION_TONES[a.decision]}`} data-testid="assessment-decision">
            {DECISION_LABELS[a.decision]}
          </span>
        )}
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => showMatrix(a.id)}>
            Licence matrix
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setMemoOpen(true)}>
            Export memo…
          </button>
          <button type="button" className="btn btn-quiet btn-danger-text" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        </div>
      </header>
      {saveError && (
        <p className="inline-error" role="alert">
          {saveError}{' '}
          <button type="button" className="btn btn-link" onClick={dismissSaveError}>
            Dismiss
          </button>
        </p>
      )}

      <div className="assessment-layout">
        <div className="assessment-main">
          <section className="panel" aria-labelledby="subject-heading">
            <header className="panel-header">
              <h2 id="subject-heading">What is assessed</h2>
            </header>
            <div className="form subject-form">
              <label>
                <span className="field-label">Model</span>
                <input type="text" value={a.modelName} maxLength={300} onChange={(e) => store().editText('modelName', e.target.value)} onBlur={() => flush('modelName')} />
              </label>
              <label>
                <span className="field-label">Intended use</span>
                <input type="text" value={a.intendedUse} maxLength={2000} onChange={(e) => store().editText('intendedUse', e.target.value)} onBlur={() => flush('intendedUse')} />
              </label>
            </div>
          </section>

          <AttachedDocuments attached={a.documents} documents={documents} />

          <section className="panel" aria-labelledby="verdicts-heading">
            <header className="panel-header">
              <h2 id="verdicts-heading">Verdicts by topic</h2>
              <span className="muted panel-note">Pre-filled from the analysis: the most restrictive answer across the documents.</span>
              <button type="button" className="btn btn-small" onClick={() => void store().refresh()} title="Re-read the documents’ current analyses; your own answers stay">
                Refresh suggestions
              </button>
            </header>
            <div className="verdict-list" data-testid="verdict-list">
              {a.verdicts.map((v) => (
                <VerdictCard key={v.topic} assessmentId={a.id} verdict={v} documents={documents} />
              ))}
            </div>
            <form className="add-topic" onSubmit={addTopic}>
              <label>
                <span className="field-label">Add a topic of your own</span>
                <input type="text" value={topic} maxLength={200} onChange={(e) => setTopic(e.target.value)} placeholder="e.g. Export control, Indemnity" />
              </label>
              <button type="submit" className="btn" disabled={!topic.trim()}>
                Add topic
              </button>
            </form>
          </section>
        </div>

        <aside className="assessment-side">
          <DecisionPanel assessment={a} />
          <section className="panel">
            <AuditPanel subject={{ assessmentId: a.id }} revisions={[revision]} heading="History" />
          </section>
        </aside>
      </div>
      {memoOpen && <MemoDialog assessment={a} onClose={() => setMemoOpen(false)} />}
      {deleting && (
        <DeleteAssessmentDialog
          assessment={a}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            showAssessments();
          }}
        />
      )}
    </div>
  );
}
