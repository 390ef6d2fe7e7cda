/**
 * What changed, in one line and, unfolded, in counsel's words: the material changes (most important first), the
 * summary answers that read differently (commercial use, attribution, outputs, acceptable use), and the defined
 * terms renamed throughout, each said once for the document rather than at every place it is used.
 */
import { useState } from 'react';
import type { Comparison, SummaryChange } from '../../src/compare/types';

const FIELD_LABELS: Record<SummaryChange['field'], string> = {
  kind: 'Kind of document',
  commercialUse: 'Commercial use',
  attributionRequired: 'Attribution required',
  outputOwnership: 'Outputs',
  outputRestrictions: 'Restrictions on outputs',
  acceptableUse: 'Acceptable use',
};

function value(v: string | boolean): string {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v.replace(/-/g, ' ');
}

/** Material changes listed before "Show all": enough to see what matters without hiding the documents. */
const FIRST_LINES = 4;

/**
 * Below this share of the earlier wording kept, two documents of no one family are more likely two different
 * texts than two versions of one (versions of a licence keep most of their words; a reissue under a new name is
 * filed in one family by the library or by counsel).
 */
const UNRELATED_BELOW = 0.4;

/** The share kept, rounded down: "100 %" would read as no change beside a list of changes. */
function percentKept(similarity: number): number {
  return Math.floor(similarity * 100);
}

export function CompareSummary({ comparison, sameFamily }: { comparison: Comparison; sameFamily: boolean }) {
  const [open, setOpen] = useState(true);
  const [all, setAll] = useState(false);
  const { stats, materialSummary, summaryChanges } = comparison;
  const renames = comparison.termRenames ?? [];
  const total = comparison.changes.length;
  const line =
    total === 0
      ? 'No change in wording.'
      : `${stats.material === 0 ? 'No material change' : `${stats.material} material change${stats.material === 1 ? '' : 's'}`} among ${total} change${total === 1 ? '' : 's'} · ${percentKept(stats.similarity)} % of the earlier wording unchanged`;
  const unrelated = total > 0 && !sameFamily && stats.similarity < UNRELATED_BELOW;
  const hasDetail = materialSummary.length > 0 || summaryChanges.length > 0 || renames.length > 0;
  return (
    <section className={`cmp-summary${open && hasDetail ? '' : ' folded'}`} aria-label="What changed" data-testid="compare-summary">
      <div className="cmp-summary-line">
        <strong className={stats.material > 0 ? 'tone-bad' : 'tone-good'}>{line}</strong>
        {summaryChanges.map((s) => (
          <span key={s.field} className={`cmp-answer${s.material ? ' material' : ''}`} title={s.summary}>
            {FIELD_LABELS[s.field]}: <s>{value(s.old)}</s> → {value(s.new)}
          </span>
        ))}
        {hasDetail && (
          <button type="button" className="btn btn-link cmp-summary-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Fold' : 'What changed'}
          </button>
        )}
      </div>
      {unrelated && (
        <p className="cmp-unrelated" role="note" data-testid="compare-unrelated">
          These may not be versions of one document: only {percentKept(stats.similarity)} % of the earlier wording is unchanged, and the library
          files them in no one family. Check that these are the two documents you meant to compare before relying on the changes below.
        </p>
      )}
      {open && materialSummary.length > 0 && (
        <ul className="cmp-material-summary">
          {(all ? materialSummary : materialSummary.slice(0, FIRST_LINES)).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
          {materialSummary.length > FIRST_LINES && (
            <li className="cmp-summary-more">
              <button type="button" className="btn btn-link" onClick={() => setAll(!all)}>
                {/* Not "Show all 13" beside "5 material changes": one change can say several things, and the two counts read as a contradiction. */}
                {all ? 'Show fewer' : `Show the other ${materialSummary.length - FIRST_LINES}`}
              </button>
            </li>
          )}
        </ul>
      )}
      {open && renames.length > 0 && (
        <ul className="cmp-renames muted" aria-label="Said once for the whole document" data-testid="compare-renames">
          {renames.map((r) => (
            <li key={`${r.from}\u0000${r.to}`}>{r.summary}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
