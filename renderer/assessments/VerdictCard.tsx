/**
 * One topic's verdict: the answer (pre-filled from the analysis, most restrictive across the documents), the
 * document and clauses that decided it — each opens in the review view — any warning about a licence modified
 * from its reference, and counsel's conditions and rationale.
 */
import { memo, useState } from 'react';
import type { DocumentRecord } from '../app/types';
import { annotationLabel } from '../annotations/annotationColours';
import { useAssessmentsStore, verdictFieldKey, type Verdict } from '../state/assessments';
import { useUiStore } from '../state/ui';
import { CORE_VERDICTS, ROLE_LABELS, formatDateTime, isCoreTopic, verdictLabel, verdictTone } from './assessmentVocabulary';

interface Props {
  assessmentId: number;
  verdict: Verdict;
  documents: DocumentRecord[];
}

const QUOTE_PREVIEW = 180;
/** Clauses listed before "Show all": a topic decided by a long policy can rest on a dozen. */
const CLAUSES_SHOWN = 3;

export const VerdictCard = memo(function VerdictCard({ assessmentId, verdict, documents }: Props) {
  const store = useAssessmentsStore.getState;
  const [allClauses, setAllClauses] = useState(false);
  const openDocument = useUiStore((s) => s.openDocument);
  const core = isCoreTopic(verdict.topic);
  const titleOf = (id: number | null) => (id === null ? null : (documents.find((d) => d.id === id)?.title ?? `Document ${id}`));
  const decider = titleOf(verdict.decidingDocumentId);
  const prefill = verdict.prefill;
  const tone = verdictTone(verdict.topic, verdict.verdict);
  const id = `verdict-${verdict.topic.replace(/[^a-z0-9-]/gi, '-')}`;
  const flush = (field: 'rationale' | 'conditions' | 'verdict') => void store().flushField(verdictFieldKey(assessmentId, verdict.topic, field));

  return (
    <article className={`verdict-card tone-border-${tone}`} data-topic={verdict.topic} aria-labelledby={`${id}-title`}>
      <header className="verdict-head">
        <h3 id={`${id}-title`}>{verdict.title}</h3>
        <span className={`badge badge-tone-${tone}`} data-testid="verdict-value">
          {verdict.verdict ? verdictLabel(verdict.topic, verdict.verdict) : 'No answer yet'}
        </span>
        <span className="verdict-origin muted" data-testid="verdict-origin">
          {verdict.editedBy ? `Set by ${verdict.editedBy} · ${formatDateTime(verdict.editedAt)}` : core ? 'Suggested by the analysis' : 'Counsel’s topic'}
        </span>
      </header>

      {verdict.warnings.length > 0 && (
        <ul className="verdict-warnings" data-testid="verdict-warnings">
          {verdict.warnings.map((w) => (
            <li key={w} className="inline-warning-box" role="note">
              <span aria-hidden="true">⚠ </span>
              {w}
            </li>
          ))}
        </ul>
      )}

      <div className="verdict-fields">
        <div className="verdict-answer">
          <label className="field-label" htmlFor={`${id}-answer`}>
            Verdict
          </label>
          {core ? (
            <select id={`${id}-answer`} value={verdict.verdict} onChange={(e) => void store().updateVerdict(verdict.topic, { verdict: e.target.value })}>
              {CORE_VERDICTS[verdict.topic].map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                  {prefill?.verdict === c.value ? ' (suggested)' : ''}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-answer`}
              type="text"
              value={verdict.verdict}
              maxLength={200}
              placeholder="e.g. Acceptable with the export checks"
              onChange={(e) => store().editVerdictText(verdict.topic, 'verdict', e.target.value)}
              onBlur={() => flush('verdict')}
            />
          )}
        </div>
        {prefill && (
          <div className="verdict-basis">
            <p className="verdict-suggestion">
              {verdict.verdict !== prefill.verdict && <strong>The analysis suggested {verdictLabel(verdict.topic, prefill.verdict)}. </strong>}
              {decider ? (
                <>
                  Decided by{' '}
                  <button type="button" className="btn btn-link" onClick={() => openDocument(verdict.decidingDocumentId!)}>
                    {decider}
                  </button>
                  {prefill.perDocument.length > 1 && ' (the most restrictive of the documents)'}.
                </>
              ) : (
                'No document decides this topic.'
              )}
            </p>
            {prefill.perDocument.length > 1 && (
              <ul className="verdict-per-document">
                {prefill.perDocument.map((p) => (
                  <li key={p.documentId}>
                    <span className="muted">{ROLE_LABELS[p.role]}:</span> {verdictLabel(verdict.topic, p.value)}
                    <span className="muted"> — {titleOf(p.documentId)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      {verdict.decidingClauses.length > 0 && (
        <div className="verdict-clauses">
          <h4>Deciding clauses ({verdict.decidingClauses.length})</h4>
          <ul>
            {(allClauses ? verdict.decidingClauses : verdict.decidingClauses.slice(0, CLAUSES_SHOWN)).map((c) => {
              const where = [c.section ? `§ ${c.section}` : null, c.page !== null ? `p. ${c.page}` : null].filter(Boolean).join(' · ');
              const quote = c.quote.length > QUOTE_PREVIEW ? `${c.quote.slice(0, QUOTE_PREVIEW).trimEnd()}…` : c.quote;
              return (
                <li key={c.findingId}>
                  <button
                    type="button"
                    className="clause-link"
                    onClick={() => verdict.decidingDocumentId !== null && openDocument(verdict.decidingDocumentId, { start: 0, end: 0, findingId: c.findingId })}
                    title="Open this clause in the review view"
                  >
                    <span className="clause-where">
                      {where || annotationLabel(c.category)}
                      {where ? ` · ${annotationLabel(c.category)}` : ''}
                    </span>
                    <span className="clause-quote">“{quote}”</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {verdict.decidingClauses.length > CLAUSES_SHOWN && (
            <button type="button" className="btn btn-link verdict-clauses-more" aria-expanded={allClauses} onClick={() => setAllClauses((a) => !a)}>
              {allClauses ? 'Show fewer' : `Show all ${verdict.decidingClauses.length} clauses`}
            </button>
          )}
        </div>
      )}

      <div className="verdict-text">
        {(core || verdict.conditions) && (
          <label>
            <span className="field-label">Conditions</span>
            <textarea
              rows={verdict.conditions ? 3 : 2}
              value={verdict.conditions}
              placeholder="What must hold for this answer (e.g. fewer than 700 million monthly active users)"
              onChange={(e) => store().editVerdictText(verdict.topic, 'conditions', e.target.value)}
              onBlur={() => flush('conditions')}
            />
          </label>
        )}
        <label>
          <span className="field-label">Rationale</span>
          <textarea
            rows={verdict.rationale ? 4 : 2}
            value={verdict.rationale}
            placeholder="Why this answer: the clause, how you read it, what you checked"
            onChange={(e) => store().editVerdictText(verdict.topic, 'rationale', e.target.value)}
            onBlur={() => flush('rationale')}
          />
        </label>
      </div>

      {!core && (
        <div className="verdict-actions">
          <button type="button" className="btn btn-small btn-quiet btn-danger-text" onClick={() => void store().removeTopic(verdict.topic)}>
            Remove topic
          </button>
        </div>
      )}
    </article>
  );
});
