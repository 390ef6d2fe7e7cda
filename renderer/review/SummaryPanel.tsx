/**
 * The document at a glance, above the text: commercial use and its condition, attribution, output ownership,
 * acceptable use, and the licence identified (with the changes against its reference when modified). Each
 * answer links to the findings that decided it.
 */
import { useState, type ReactNode } from 'react';
import type { StoredAnalysis, StoredFinding } from '../app/types';
import { ACCEPTABLE_USE_LABELS, COMMERCIAL_LABELS, OUTPUT_LABELS } from '../app/vocabulary';
import { useViewerStore } from '../state/viewer';
import { LicenseDiff } from './LicenseDiff';

interface Props {
  analysis: StoredAnalysis | null;
  findings: StoredFinding[];
  onShowFinding(finding: StoredFinding): void;
  onReanalyze(): void;
  /** Length of the document text: a licence match covering less of it is a licence embedded in the document. */
  textLength: number;
  onShowSpan(span: { start: number; end: number }): void;
}

function Topic({ title, value, tone, children, evidence, onShow }: {
  title: string;
  value: string;
  tone: 'good' | 'warn' | 'bad' | 'neutral';
  children?: ReactNode;
  evidence: StoredFinding[];
  onShow(f: StoredFinding): void;
}) {
  return (
    <div className="summary-topic" data-topic={title}>
      <h3>{title}</h3>
      <p className={`summary-value tone-${tone}`}>{value}</p>
      {children}
      {evidence.length > 0 && (
        <p className="summary-evidence">
          {evidence.slice(0, 3).map((f, i) => (
            <button key={f.findingId} type="button" className="btn btn-link" onClick={() => onShow(f)}>
              {i === 0 ? 'See clause' : `clause ${i + 1}`}
              {f.page !== null ? ` (p. ${f.page})` : ''}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

/** A long condition is shown in three lines until the reviewer asks for the rest. */
function Condition({ text }: { text: string }) {
  const [full, setFull] = useState(false);
  const long = text.length > 140;
  return (
    <p className={`summary-condition${long && !full ? ' clamped' : ''}`}>
      {text}{' '}
      {long && (
        <button type="button" className="btn btn-link summary-more" aria-expanded={full} onClick={() => setFull((f) => !f)}>
          {full ? 'less' : 'more'}
        </button>
      )}
    </p>
  );
}

export function SummaryPanel({ analysis, findings, onShowFinding, onReanalyze, textLength, onShowSpan }: Props) {
  const [showDiff, setShowDiff] = useState(false);
  const open = useViewerStore((s) => s.summaryOpen);
  const toggle = useViewerStore((s) => s.toggleSummary);
  if (!analysis) {
    return (
      <section className="summary" aria-label="Summary">
        <p className="summary-missing">
          This document has not been analysed yet.{' '}
          <button type="button" className="btn btn-small" onClick={onReanalyze}>
            Analyse it now
          </button>
        </p>
      </section>
    );
  }
  const a = analysis.assessment;
  const byEngineId = (ids: string[]) => ids.map((id) => findings.find((f) => f.id === id)).filter((f): f is StoredFinding => !!f);
  const license = analysis.license;
  // A licence quoted inside a longer document (an agreement with the licence attached) is shown as contained.
  const embedded = !!license && (license.start > 200 || license.end < textLength - 200);
  const commercialTone = a.commercialUse === 'permitted' ? 'good' : a.commercialUse === 'conditional' ? 'warn' : a.commercialUse === 'non-commercial' ? 'bad' : 'neutral';
  const toggleButton = (
    <button type="button" className="btn btn-link summary-toggle" aria-expanded={open} onClick={toggle}>
      {open ? 'Fold summary' : 'Show summary'}
    </button>
  );
  if (!open) {
    return (
      <section className="summary summary-folded" aria-label="Summary" data-testid="summary">
        <p className="summary-line">
          <span>
            Commercial use: <strong className={`tone-${commercialTone}`}>{COMMERCIAL_LABELS[a.commercialUse]}</strong>
          </span>
          <span>
            Attribution: <strong>{a.attributionRequired ? 'Required' : 'Not required'}</strong>
          </span>
          <span>
            Outputs: <strong>{OUTPUT_LABELS[a.outputOwnership]}</strong>
          </span>
          <span>
            Acceptable use: <strong>{ACCEPTABLE_USE_LABELS[a.acceptableUse]}</strong>
          </span>
          <span>
            Licence: <strong>{license ? `${license.name}${license.match === 'modified' ? ' (modified)' : ''}` : 'not identified'}</strong>
          </span>
        </p>
        {toggleButton}
      </section>
    );
  }
  return (
    <section className="summary" aria-label="Summary" data-testid="summary">
      {toggleButton}
      <div className="summary-grid">
        <Topic title="Commercial use" value={COMMERCIAL_LABELS[a.commercialUse]} tone={commercialTone} evidence={byEngineId(a.decidedBy.commercialUse)} onShow={onShowFinding}>
          {a.commercialCondition && <Condition text={a.commercialCondition} />}
        </Topic>
        <Topic
          title="Attribution"
          value={a.attributionRequired ? 'Required' : 'Not required'}
          tone={a.attributionRequired ? 'warn' : 'good'}
          evidence={byEngineId(a.decidedBy.attributionRequired)}
          onShow={onShowFinding}
        />
        <Topic
          title="Output ownership"
          value={OUTPUT_LABELS[a.outputOwnership]}
          tone={a.outputOwnership === 'provider' ? 'bad' : a.outputOwnership === 'not-addressed' ? 'neutral' : 'good'}
          evidence={byEngineId([...a.decidedBy.outputOwnership, ...a.decidedBy.outputRestrictions])}
          onShow={onShowFinding}
        >
          {a.outputRestrictions && <p className="summary-condition">Restrictions apply to what may be done with outputs.</p>}
        </Topic>
        <Topic
          title="Acceptable use"
          value={ACCEPTABLE_USE_LABELS[a.acceptableUse]}
          tone={a.acceptableUse === 'none' ? 'neutral' : 'warn'}
          evidence={byEngineId(a.decidedBy.acceptableUse)}
          onShow={onShowFinding}
        />
        <div className="summary-topic summary-license" data-topic="Licence">
          <h3>Licence</h3>
          {license ? (
            <>
              <p className={`summary-value tone-${license.match === 'exact' ? 'good' : 'warn'}`} data-testid="license-name">
                {license.name}
              </p>
              <p className="summary-condition">
                {embedded ? 'Contained in this document; ' : ''}
                {license.match === 'exact' ? (embedded ? 'matches' : 'Matches') : embedded ? 'modified from' : 'Modified from'} the reference text (
                {Math.round(license.score * 100)} % similar)
              </p>
              {embedded && (
                <button type="button" className="btn btn-link" onClick={() => onShowSpan(license)}>
                  Show where
                </button>
              )}
              {license.match === 'modified' && license.diff && license.diff.length > 0 && (
                <button type="button" className="btn btn-link" aria-expanded={showDiff} onClick={() => setShowDiff((v) => !v)}>
                  {showDiff ? 'Hide the changes' : 'Show the changes'}
                </button>
              )}
            </>
          ) : (
            <p className="summary-value tone-neutral">No known licence identified</p>
          )}
        </div>
      </div>
      {showDiff && license?.diff && <LicenseDiff parts={license.diff} referenceName={license.name} />}
    </section>
  );
}
