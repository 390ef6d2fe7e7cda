import { memo, type CSSProperties } from 'react';
import type { Category, StoredFinding } from '../app/types';
import { STANCE_LABELS, STATUS_LABELS } from '../app/vocabulary';
import type { FindingChange } from '../state/review';
import { CATEGORIES, categoryStyle, categoryVars } from '../taxonomy/categories';
import { factLines } from './findingFacts';

interface Props {
  finding: StoredFinding;
  active: boolean;
  saving: boolean;
  onShow(finding: StoredFinding): void;
  onReview(findingId: number, change: FindingChange): void;
}

const QUOTE_PREVIEW = 240;

/** One finding in the sidebar: where it is, why it was flagged, what it says as data, and counsel's decision. */
export const FindingCard = memo(function FindingCard({ finding, active, saving, onShow, onReview }: Props) {
  const quote = finding.quote.length > QUOTE_PREVIEW ? `${finding.quote.slice(0, QUOTE_PREVIEW).trimEnd()}…` : finding.quote;
  const facts = factLines(finding);
  const toggle = (status: 'confirmed' | 'rejected') => onReview(finding.findingId, { status: finding.status === status ? 'suggested' : status });
  const labelId = `finding-${finding.findingId}-label`;
  return (
    <li
      className={`finding-card status-${finding.status}${active ? ' active' : ''}`}
      style={categoryVars(finding.category) as CSSProperties}
      data-finding-id={finding.findingId}
      data-status={finding.status}
      aria-labelledby={labelId}
    >
      <div className="finding-head">
        <span className="finding-stance">{STANCE_LABELS[finding.stance] ?? finding.stance}</span>
        {finding.page !== null && <span className="finding-page">p. {finding.page}</span>}
        <span className={`finding-status status-${finding.status}`} data-testid="finding-status">
          {STATUS_LABELS[finding.status]}
          {saving ? ' · saving…' : ''}
        </span>
      </div>
      <button type="button" className="finding-quote" id={labelId} onClick={() => onShow(finding)} aria-current={active ? 'true' : undefined}>
        “{quote}”
      </button>
      {finding.explanation && <p className="finding-explanation">{finding.explanation}</p>}
      {facts.length > 0 && (
        <dl className="finding-facts">
          {facts.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="finding-actions">
        <button type="button" className="btn btn-small btn-confirm" aria-pressed={finding.status === 'confirmed'} onClick={() => toggle('confirmed')}>
          {finding.status === 'confirmed' ? 'Confirmed' : 'Confirm'}
        </button>
        <button type="button" className="btn btn-small btn-reject" aria-pressed={finding.status === 'rejected'} onClick={() => toggle('rejected')}>
          {finding.status === 'rejected' ? 'Rejected' : 'Reject'}
        </button>
        <label className="finding-recategorise">
          <span className="visually-hidden">Category of this finding</span>
          <select
            value={finding.category}
            onChange={(e) => onReview(finding.findingId, { category: e.target.value as Category })}
            title={finding.reviewerCategory ? `Suggested as ${categoryStyle(finding.suggestedCategory).label}` : undefined}
          >
            {CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
                {c.id === finding.suggestedCategory && finding.reviewerCategory ? ' (suggested)' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="finding-rule">
        Rule <code>{finding.rule}</code> · confidence {Math.round(finding.confidence * 100)} %
        {finding.reviewedBy && finding.status !== 'suggested' ? ` · ${STATUS_LABELS[finding.status].toLowerCase()} by ${finding.reviewedBy}` : ''}
      </p>
    </li>
  );
});
