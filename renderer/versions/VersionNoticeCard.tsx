/**
 * A version notice: a newer version of a document that assessments rely on has entered the library. It names the
 * two versions, the assessments (and the topics of them the change touches), the changed categories (the
 * material ones marked) and the material changes in counsel's words, with what to do next: open the
 * comparison, carry the annotations over, or dismiss the notice once dealt with.
 */
import type { CSSProperties } from 'react';
import type { Category } from '../app/types';
import { useUiStore } from '../state/ui';
import { useVersionsStore, type VersionNotice } from '../state/versions';
import { categoryStyle, categoryVars } from '../taxonomy/categories';

const SUMMARY_LINES = 3;

function topicLabel(topic: string): string {
  return categoryStyle(topic as Category).label;
}

export function VersionNoticeCard({ notice }: { notice: VersionNotice }) {
  const openCompare = useUiStore((s) => s.openCompare);
  const result = useVersionsStore((s) => s.carryOvers[notice.documentId]);
  const carrying = useVersionsStore((s) => s.carrying.includes(`${notice.previousDocumentId}→${notice.documentId}`));
  const { carryOver, dismissNotice } = useVersionsStore.getState();
  const material = new Set(notice.materialCategories);
  const more = notice.summary.length - SUMMARY_LINES;

  return (
    <article className="version-notice" data-notice-id={notice.id} data-testid="version-notice" aria-labelledby={`notice-${notice.id}-title`}>
      <header className="version-notice-head">
        <h3 id={`notice-${notice.id}-title`}>
          Newer version of a document your assessments rely on: “{notice.documentTitle}” follows “{notice.previousTitle}”
        </h3>
        <span className="muted version-notice-date">{notice.createdAt.slice(0, 10)}</span>
      </header>
      <p className="version-notice-line">
        <strong>
          {notice.counts.material === 0 ? 'No material change' : `${notice.counts.material} material change${notice.counts.material === 1 ? '' : 's'}`}
        </strong>{' '}
        among {notice.counts.changes} change{notice.counts.changes === 1 ? '' : 's'}.{' '}
        <span data-testid="notice-assessments">
          Relied on by{' '}
          {notice.assessments.map((a, i) => (
            <span key={a.assessmentId} className="version-notice-assessment">
              {i > 0 && ', '}“{a.modelName}”{a.topics.length > 0 && <> (touches {a.topics.map(topicLabel).join(', ')})</>}
            </span>
          ))}
          .
        </span>
      </p>
      {notice.changedCategories.length > 0 && (
        <div className="version-notice-categories" data-testid="notice-categories">
          <span className="muted">Changed:</span>
          {notice.changedCategories.map((c) => (
            <span key={c} className={`cmp-category${material.has(c) ? ' material' : ''}`} style={categoryVars(c as Category) as CSSProperties} data-category={c} data-material={material.has(c)}>
              <span className="swatch" aria-hidden="true" />
              {topicLabel(c)}
              {material.has(c) && <span className="cmp-category-flag"> · material</span>}
            </span>
          ))}
        </div>
      )}
      {notice.summary.length > 0 && (
        <ul className="version-notice-summary">
          {notice.summary.slice(0, SUMMARY_LINES).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {more > 0 && <li className="muted">and {more} more in the comparison</li>}
        </ul>
      )}
      {result && (
        <p className="version-notice-carried" data-testid="notice-carry-result">
          Annotations carried: {result.anchored.length} anchored, {result.needsConfirmation.length} need confirmation, {result.orphaned.length} orphaned
          {result.findingsConfirmed.length > 0 && `, ${result.findingsConfirmed.length} confirmed finding${result.findingsConfirmed.length === 1 ? '' : 's'} carried`}.{' '}
          {(result.needsConfirmation.length > 0 || result.orphaned.length > 0) && (
            <button type="button" className="btn btn-link" onClick={() => openCompare(notice.previousDocumentId, notice.documentId, 'carried')}>
              Check them
            </button>
          )}
        </p>
      )}
      <div className="version-notice-actions">
        <button type="button" className="btn btn-primary btn-small" onClick={() => openCompare(notice.previousDocumentId, notice.documentId)}>
          Open the comparison
        </button>
        <button type="button" className="btn btn-small" disabled={carrying} onClick={() => void carryOver(notice.previousDocumentId, notice.documentId)}>
          {carrying ? 'Carrying over…' : 'Carry annotations over'}
        </button>
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void dismissNotice(notice.id)}>
          Dismiss
        </button>
      </div>
    </article>
  );
}
