/**
 * Counsel's annotations carried from the earlier version to the later one: what anchored, what waits for
 * confirmation (placed where the wording changed: never moved silently) and what could not be placed (orphans,
 * kept with their old quote). Each one to check can be shown, confirmed where it is, moved to a passage counsel
 * selects in the later version, or dismissed.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import type { DocumentModel } from '../app/types';
import { useCompareStore } from '../state/compare';
import { useVersionsStore, type CarriedAnnotation } from '../state/versions';
import { categoryStyle, categoryVars } from '../taxonomy/categories';
import type { Category } from '../app/types';
import { useNewTextSelection } from './useNewTextSelection';

interface Props {
  oldId: number;
  newId: number;
  newModel: DocumentModel;
}

const NONE: CarriedAnnotation[] = [];

function categoryName(category: string): string {
  return category === 'note' ? 'Note' : categoryStyle(category as Category).label;
}

function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function CarriedPanel({ oldId, newId, newModel }: Props) {
  const result = useVersionsStore((s) => s.carryOvers[newId]);
  const unsettled = useVersionsStore((s) => s.unsettled[newId] ?? NONE);
  const carrying = useVersionsStore((s) => s.carrying.includes(`${oldId}→${newId}`));
  const { carryOver, loadUnsettled, confirmCarried, dismissCarried } = useVersionsStore.getState();
  const focusSpan = useCompareStore((s) => s.focusSpan);
  const selection = useNewTextSelection('.cmp-scroll');

  useEffect(() => {
    void loadUnsettled(newId);
  }, [newId, loadUnsettled]);

  const toConfirm = unsettled.filter((a) => a.anchorStatus === 'needs-confirmation');
  const orphans = unsettled.filter((a) => a.anchorStatus === 'orphaned');
  const panelRef = useRef<HTMLDivElement>(null);

  /**
   * Confirming, moving or dismissing an item takes it, and the button that was pressed, off the list: the keyboard
   * goes on to the item that took its place (else the one before it, else the section's heading) instead of
   * falling back to the top of the window.
   */
  const settle = async (a: CarriedAnnotation, action: Promise<void>) => {
    const section = a.anchorStatus === 'orphaned' ? 'carried-orphans' : 'carried-confirm';
    const index = (a.anchorStatus === 'orphaned' ? orphans : toConfirm).indexOf(a);
    await action;
    // The outline "Show" drew around it would go on marking a passage as one to check.
    useCompareStore.getState().releaseSpan({ start: a.start, end: a.end });
    requestAnimationFrame(() => {
      const root = panelRef.current?.querySelector<HTMLElement>(`[data-section="${section}"]`);
      if (!root || root.contains(document.activeElement)) return;
      const items = root.querySelectorAll<HTMLElement>('.carried-item');
      const next = items[Math.min(Math.max(index, 0), items.length - 1)]?.querySelector<HTMLElement>('button:not(:disabled)');
      (next ?? root.querySelector<HTMLElement>('h3'))?.focus();
    });
  };

  const moveButton = (a: CarriedAnnotation) => (
    <button
      type="button"
      className="btn btn-small"
      disabled={!selection}
      onClick={() => selection && void settle(a, confirmCarried(a, { start: selection.start, end: selection.end }))}
      title={selection ? `Place it on “${excerpt(selection.text, 80)}”` : 'Select the passage in the later version first'}
    >
      Move to selection
    </button>
  );

  return (
    <div className="carried-panel" data-testid="carried-panel" ref={panelRef}>
      <div className="carried-intro">
        <p>
          Annotations and confirmed findings on the earlier version, re-anchored in the later one by their quote and its context. Those the
          wording change makes uncertain wait here for you; nothing is moved silently.
        </p>
        <button type="button" className="btn btn-primary btn-small" onClick={() => void carryOver(oldId, newId)} disabled={carrying}>
          {carrying ? 'Carrying over…' : result ? 'Carry over again' : 'Carry annotations over'}
        </button>
      </div>
      {result && (
        <dl className="carried-counts" data-testid="carry-over-result">
          <div className="tone-good">
            <dt>Anchored</dt>
            <dd data-testid="carried-anchored">{result.anchored.length}</dd>
          </div>
          {/* What is still to check, as the lists below show it; the carry-over's own figure beside it once some are settled. */}
          <div className="tone-warn">
            <dt>Needs confirmation</dt>
            <dd>
              <span data-testid="carried-needs-confirmation">{toConfirm.length}</span>
              {toConfirm.length !== result.needsConfirmation.length && <span className="carried-was"> of {result.needsConfirmation.length} carried</span>}
            </dd>
          </div>
          <div className="tone-bad">
            <dt>Orphans</dt>
            <dd>
              <span data-testid="carried-orphaned">{orphans.length}</span>
              {orphans.length !== result.orphaned.length && <span className="carried-was"> of {result.orphaned.length} carried</span>}
            </dd>
          </div>
          <div>
            <dt>Findings confirmed</dt>
            <dd>{result.findingsConfirmed.length}</dd>
          </div>
          {result.skipped.length > 0 && (
            <p className="muted carried-skipped">{result.skipped.length} already carried by an earlier run, not carried twice.</p>
          )}
        </dl>
      )}
      {selection && (toConfirm.length > 0 || orphans.length > 0) && (
        <p className="carried-selection muted">
          Selected in the later version: “{excerpt(selection.text, 120)}”
        </p>
      )}
      <section aria-labelledby="carried-confirm-title" data-section="carried-confirm">
        <h3 id="carried-confirm-title" tabIndex={-1}>
          Needs confirmation <span className="count">{toConfirm.length}</span>
        </h3>
        {toConfirm.length === 0 ? (
          <p className="muted carried-empty">Nothing waits for confirmation.</p>
        ) : (
          <ul className="carried-list">
            {toConfirm.map((a) => (
              <li key={a.id} className="carried-item needs-confirmation" data-annotation-id={a.id} style={(a.category === 'note' ? {} : categoryVars(a.category as Category)) as CSSProperties}>
                <div className="carried-head">
                  <span className="carried-category">{categoryName(a.category)}</span>
                  <span className="muted">{Math.round(a.anchorConfidence * 100)} % sure · {a.author}</span>
                </div>
                <blockquote className="carried-quote">“{excerpt(newModel.text.slice(a.start, a.end))}”</blockquote>
                {a.comment && <p className="carried-comment">{excerpt(a.comment, 400)}</p>}
                <div className="carried-actions">
                  <button type="button" className="btn btn-small" onClick={() => focusSpan({ start: a.start, end: a.end })}>
                    Show
                  </button>
                  <button type="button" className="btn btn-small btn-primary" onClick={() => void settle(a, confirmCarried(a))}>
                    Confirm
                  </button>
                  {moveButton(a)}
                  <button type="button" className="btn btn-small btn-quiet btn-danger-text" onClick={() => void settle(a, dismissCarried(a))}>
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="carried-orphans-title" data-section="carried-orphans">
        <h3 id="carried-orphans-title" tabIndex={-1}>
          Orphans <span className="count">{orphans.length}</span>
        </h3>
        {orphans.length === 0 ? (
          <p className="muted carried-empty">Every carried annotation found its place.</p>
        ) : (
          <ul className="carried-list">
            {orphans.map((a) => (
              <li key={a.id} className="carried-item orphaned" data-annotation-id={a.id}>
                <div className="carried-head">
                  <span className="carried-category">{categoryName(a.category)}</span>
                  <span className="muted">not found in this version · {a.author}</span>
                </div>
                <blockquote className="carried-quote">“{excerpt(a.quote)}”</blockquote>
                {a.comment && <p className="carried-comment">{excerpt(a.comment, 400)}</p>}
                <div className="carried-actions">
                  {moveButton(a)}
                  <button type="button" className="btn btn-small btn-quiet btn-danger-text" onClick={() => void settle(a, dismissCarried(a))}>
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {result && result.anchored.length > 0 && (
        <details className="carried-anchored">
          <summary>Anchored ({result.anchored.length})</summary>
          <ul className="carried-list">
            {result.anchored.map((item) => (
              <li key={`${item.fromAnnotationId}-${item.toAnnotationId}`} className="carried-item anchored">
                <blockquote className="carried-quote">“{excerpt(item.quote)}”</blockquote>
                <button type="button" className="btn btn-small" onClick={() => focusSpan({ start: item.start, end: item.end })}>
                  Show
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
