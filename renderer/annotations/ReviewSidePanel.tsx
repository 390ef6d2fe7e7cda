/**
 * The review view's right column: the findings and counsel's highlights, or the document's history (the audit
 * trail of every decision and highlight on it), one at a time.
 */
import { useState, type ReactNode } from 'react';
import { AuditPanel } from '../audit/AuditPanel';

interface Props {
  documentId: number;
  /** Values that change whenever something on the document was saved, so the history reloads. */
  revisions: readonly unknown[];
  children: ReactNode;
}

type Tab = 'items' | 'history';

export function ReviewSidePanel({ documentId, revisions, children }: Props) {
  const [tab, setTab] = useState<Tab>('items');
  const tabProps = (id: Tab) => ({
    role: 'tab' as const,
    id: `review-tab-${id}`,
    'aria-selected': tab === id,
    'aria-controls': `review-tabpanel-${id}`,
    tabIndex: tab === id ? 0 : -1,
    className: `side-tab${tab === id ? ' active' : ''}`,
    onClick: () => setTab(id),
  });
  return (
    <>
      <div
        className="side-tabs"
        role="tablist"
        aria-label="Beside the document"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            const next: Tab = tab === 'items' ? 'history' : 'items';
            setTab(next);
            document.getElementById(`review-tab-${next}`)?.focus();
          }
        }}
      >
        <button type="button" {...tabProps('items')}>
          Findings &amp; highlights
        </button>
        <button type="button" {...tabProps('history')}>
          History
        </button>
      </div>
      {tab === 'items' ? (
        <div className="side-tabpanel" role="tabpanel" id="review-tabpanel-items" aria-labelledby="review-tab-items">
          {children}
        </div>
      ) : (
        <div className="side-tabpanel side-history" role="tabpanel" id="review-tabpanel-history" aria-labelledby="review-tab-history">
          <AuditPanel subject={{ documentId }} revisions={revisions} heading="History of this document" />
        </div>
      )}
    </>
  );
}
