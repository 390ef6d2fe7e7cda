/**
 * The assessment's outcome: decision, conditions, open questions, notes, reviewer and status with its dates.
 * Lists are typed one item per line; blank lines are dropped when saved.
 */
import { useEffect, useRef, useState } from 'react';
import { assessmentFieldKey, useAssessmentsStore, type Assessment, type AssessmentStatus, type Decision } from '../state/assessments';
import { DECISION_LABELS, DECISION_ORDER, STATUS_LABELS, STATUS_ORDER, formatDateTime } from './assessmentVocabulary';

function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A list edited as lines: the box keeps exactly what is typed; the store gets the non-empty lines. */
function ListField({ assessment, field, label, placeholder }: { assessment: Assessment; field: 'conditions' | 'openQuestions'; label: string; placeholder: string }) {
  const store = useAssessmentsStore.getState;
  const [text, setText] = useState(assessment[field].join('\n'));
  const focused = useRef(false);
  const stored = assessment[field].join('\n');
  useEffect(() => {
    if (!focused.current) setText(stored);
  }, [stored]);
  const id = `assessment-${assessment.id}-${field}`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={Math.max(3, text.split('\n').length + 1)}
        value={text}
        placeholder={placeholder}
        onFocus={() => (focused.current = true)}
        onChange={(e) => {
          setText(e.target.value);
          store().editText(field, linesOf(e.target.value));
        }}
        onBlur={() => {
          focused.current = false;
          void store().flushField(assessmentFieldKey(assessment.id, field));
        }}
      />
      <span className="field-hint muted" id={`${id}-hint`}>
        One per line.
      </span>
    </div>
  );
}

export function DecisionPanel({ assessment }: { assessment: Assessment }) {
  const store = useAssessmentsStore.getState;
  const flush = (field: 'reviewer' | 'notes') => void store().flushField(assessmentFieldKey(assessment.id, field));
  const setStatus = (status: AssessmentStatus) => void store().update({ status });
  return (
    <section className="panel decision-panel" aria-labelledby="decision-heading">
      <header className="panel-header">
        <h2 id="decision-heading">Decision and sign-off</h2>
      </header>
      <div className="form decision-form">
        <div className="field">
          <label className="field-label" htmlFor={`assessment-${assessment.id}-decision`}>
            Decision
          </label>
          <select
            id={`assessment-${assessment.id}-decision`}
            value={assessment.decision ?? ''}
            onChange={(e) => void store().update({ decision: e.target.value ? (e.target.value as Decision) : null })}
          >
            <option value="">Not decided yet</option>
            {DECISION_ORDER.map((d) => (
              <option key={d} value={d}>
                {DECISION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        <ListField assessment={assessment} field="conditions" label="Conditions" placeholder="e.g. Display “Built with Llama” in the product’s about page" />
        <ListField assessment={assessment} field="openQuestions" label="Open questions" placeholder="e.g. Will EU customers’ data be used to fine-tune?" />
        <label>
          <span className="field-label">Notes</span>
          <textarea rows={3} value={assessment.notes} onChange={(e) => store().editText('notes', e.target.value)} onBlur={() => flush('notes')} />
        </label>
        <label>
          <span className="field-label">Reviewer</span>
          <input type="text" value={assessment.reviewer} maxLength={200} onChange={(e) => store().editText('reviewer', e.target.value)} onBlur={() => flush('reviewer')} />
        </label>
        <fieldset className="status-choice">
          <legend className="field-label">Status</legend>
          <div className="status-segments" role="radiogroup" aria-label="Status">
            {STATUS_ORDER.map((s) => (
              <label key={s} className={`segment${assessment.status === s ? ' checked' : ''}`}>
                <input
                  type="radio"
                  name={`status-${assessment.id}`}
                  value={s}
                  checked={assessment.status === s}
                  disabled={s === 'decided' && !assessment.decision}
                  onChange={() => setStatus(s)}
                />
                {STATUS_LABELS[s]}
              </label>
            ))}
          </div>
          {!assessment.decision && <span className="field-hint muted">Choose a decision before marking the assessment decided.</span>}
        </fieldset>
        <dl className="status-dates">
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(assessment.createdAt)}</dd>
          </div>
          <div>
            <dt>In review since</dt>
            <dd data-testid="submitted-at">{formatDateTime(assessment.submittedAt)}</dd>
          </div>
          <div>
            <dt>Decided</dt>
            <dd data-testid="decided-at">{formatDateTime(assessment.decidedAt)}</dd>
          </div>
          <div>
            <dt>Last change</dt>
            <dd>{formatDateTime(assessment.updatedAt)}</dd>
          </div>
        </dl>
      </div>
    </section>
  );
}
