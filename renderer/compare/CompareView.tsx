/**
 * Two versions of a document compared: what changed in one line, the documents side by side (or as a redline)
 * with the changes marked, and beside them the change list and the annotations carried from the earlier version.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { useCompareStore, visibleChanges } from '../state/compare';
import { useLibraryStore } from '../state/library';
import { useVersionsStore } from '../state/versions';
import { CarriedPanel } from './CarriedPanel';
import { changeNumber, kindLabel } from './changeLabels';
import { ChangeList } from './ChangeList';
import { CompareDocumentPane } from './CompareDocumentPane';
import { ComparePicker } from './ComparePicker';
import { buildRows, type WordMark } from './compareRows';
import { COMPARE_SHORTCUTS, useCompareShortcuts } from './compareShortcuts';
import { CompareSummary } from './CompareSummary';
import { CompareToolbar } from './CompareToolbar';
import { ColumnTitles } from './ColumnTitles';
import { ShortcutsTable } from '../review/ShortcutsDialog';
import '../styles/compare.css';

type SideTab = 'changes' | 'carried';

export function CompareView({ oldId, newId, panel }: { oldId: number | null; newId: number | null; panel?: SideTab }) {
  if (oldId === null || newId === null || oldId === newId) return <ComparePicker oldId={oldId} newId={newId} />;
  return <Comparison key={`${oldId}:${newId}:${panel ?? ''}`} oldId={oldId} newId={newId} panel={panel ?? 'changes'} />;
}

function Comparison({ oldId, newId, panel }: { oldId: number; newId: number; panel: SideTab }) {
  const store = useCompareStore();
  const documents = useLibraryStore((s) => s.documents);
  const unsettledCount = useVersionsStore((s) => s.unsettled[newId]?.length ?? 0);
  const [tab, setTab] = useState<SideTab>(panel);
  const [helpOpen, setHelpOpen] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void useCompareStore.getState().open(oldId, newId);
  }, [oldId, newId]);

  const ready = store.status === 'ready' && store.oldId === oldId && store.newId === newId;
  const { comparison, oldModel, newModel } = ready ? store : { comparison: null, oldModel: null, newModel: null };
  const rows = useMemo(() => {
    if (!comparison || !oldModel || !newModel) return [];
    performance.mark('ld:compare-render');
    return buildRows(comparison, oldModel, newModel);
  }, [comparison, oldModel, newModel]);
  const shown = useMemo(() => (comparison ? visibleChanges(comparison.changes, store.filters) : []), [comparison, store.filters]);
  const shownIds = useMemo(() => new Set(shown.map((c) => c.id)), [shown]);

  const unsettled = useVersionsStore((s) => s.unsettled[newId]);
  const outlines = useMemo(() => {
    const marks: WordMark[] = (unsettled ?? []).filter((a) => a.anchorStatus === 'needs-confirmation' && a.end > a.start).map((a) => ({ start: a.start, end: a.end }));
    if (store.spanFocus) marks.push({ start: store.spanFocus.start, end: Math.max(store.spanFocus.end, store.spanFocus.start + 1) });
    return marks.sort((a, b) => a.start - b.start);
  }, [unsettled, store.spanFocus]);

  const onFirstPaint = useCallback((paintedAt: number) => {
    const arrivedAt = useCompareStore.getState().arrivedAt;
    if (arrivedAt === null || !viewRef.current) return;
    performance.mark('ld:compare-painted', { startTime: paintedAt });
    // Read by the end-to-end test: the comparison's first paint after its data arrived.
    viewRef.current.dataset.paintMs = String(Math.round(paintedAt - arrivedAt));
  }, []);

  const showChange = useCallback((changeId: string, end: 'from' | 'to' = 'to') => useCompareStore.getState().showChange(changeId, end), []);
  const step = useCallback((delta: 1 | -1) => useCompareStore.getState().step(delta), []);
  const toggleLayout = useCallback(() => useCompareStore.getState().toggleLayout(), []);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  useCompareShortcuts({ step, toggleLayout, showHelp });

  const active = comparison?.changes.find((c) => c.id === store.activeChangeId) ?? null;
  const activeIndex = active ? shown.indexOf(active) : -1;
  const oldRecord = documents.find((d) => d.id === oldId);
  const newRecord = documents.find((d) => d.id === newId);

  return (
    <div className="compare" data-testid="compare-view" ref={viewRef} aria-busy={!ready} data-layout={store.layout}>
      <CompareToolbar oldId={oldId} newId={newId} documents={documents} layout={store.layout} onLayout={store.setLayout} onShowShortcuts={showHelp} />
      {store.status === 'error' && store.oldId === oldId && store.newId === newId ? (
        <div className="view-message" role="alert">
          <h1>These documents could not be compared</h1>
          <p>
            {store.failure?.message} ({store.failure?.code})
          </p>
        </div>
      ) : !ready || !comparison || !oldModel || !newModel ? (
        <div className="view-message" aria-live="polite">
          <p>Comparing the two versions…</p>
        </div>
      ) : (
        <>
          <CompareSummary comparison={comparison} sameFamily={!!oldRecord?.family && oldRecord.family === newRecord?.family} />
          <div className="compare-body">
            <section className="cmp-document" aria-label="Compared documents">
              <CompareDocumentPane
                rows={rows}
                oldModel={oldModel}
                newModel={newModel}
                layout={store.layout}
                activeChangeId={store.activeChangeId}
                visibleChangeIds={shownIds}
                outlines={outlines}
                scrollRequest={store.scrollRequest}
                spanFocus={store.spanFocus}
                onShowChange={showChange}
                onFirstPaint={onFirstPaint}
                header={<ColumnTitles comparison={comparison} layout={store.layout} oldRecord={oldRecord} newRecord={newRecord} />}
              />
            </section>
            <div className="sidebar-column cmp-side-column">
              <div className="cmp-tabs" role="tablist" aria-label="Beside the documents">
                <button type="button" role="tab" id="cmp-tab-changes" aria-selected={tab === 'changes'} aria-controls="cmp-panel" onClick={() => setTab('changes')}>
                  Changes <span className="count">{comparison.changes.length}</span>
                </button>
                <button type="button" role="tab" id="cmp-tab-carried" aria-selected={tab === 'carried'} aria-controls="cmp-panel" onClick={() => setTab('carried')}>
                  Carried<span className="cmp-tab-long"> annotations</span> {unsettledCount > 0 && <span className="count count-warn">{unsettledCount} to check</span>}
                </button>
              </div>
              <div className="cmp-tab-panel" id="cmp-panel" role="tabpanel" aria-labelledby={tab === 'changes' ? 'cmp-tab-changes' : 'cmp-tab-carried'}>
                {tab === 'changes' ? (
                  <ChangeList
                    changes={comparison.changes}
                    shown={shown}
                    filters={store.filters}
                    activeChangeId={store.activeChangeId}
                    onShow={showChange}
                    onToggleCategory={store.toggleCategory}
                    onSetMaterial={store.setMaterial}
                    onClearFilters={store.clearFilters}
                  />
                ) : (
                  <CarriedPanel oldId={oldId} newId={newId} newModel={newModel} />
                )}
              </div>
              <p className="shortcut-hint">
                <kbd>N</kbd>/<kbd>P</kbd> next/previous change · <kbd>R</kbd> redline ·{' '}
                <button type="button" className="btn btn-link" onClick={showHelp}>
                  all shortcuts
                </button>
              </p>
            </div>
          </div>
          <p className="visually-hidden" aria-live="polite" data-testid="active-change-announcement">
            {active ? `Change ${changeNumber(active.id)}${activeIndex >= 0 ? `, ${activeIndex + 1} of ${shown.length}` : ''}: ${kindLabel(active)}${active.material ? ', material' : ''}. ${active.summary}` : ''}
          </p>
        </>
      )}
      {helpOpen && (
        <ModalDialog title="Keyboard shortcuts" onClose={() => setHelpOpen(false)}>
          <ShortcutsTable shortcuts={COMPARE_SHORTCUTS} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={() => setHelpOpen(false)} autoFocus>
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
