/**
 * The compare view's toolbar: back to the library, the two documents (either can be changed; the swap puts the
 * other one on the left), side by side or redline, and the comparison report.
 */
import type { DocumentRecord } from '../app/types';
import type { CompareLayout } from '../state/compare';
import { useUiStore } from '../state/ui';
import { documentLabel } from './documentLabel';
import { ExportButtons } from './ExportButtons';

interface Props {
  oldId: number;
  newId: number;
  documents: DocumentRecord[];
  layout: CompareLayout;
  onLayout(layout: CompareLayout): void;
  onShowShortcuts(): void;
}

function DocumentSelect({ label, value, other, documents, onChange }: { label: string; value: number; other: number; documents: DocumentRecord[]; onChange(id: number): void }) {
  const current = documents.find((d) => d.id === value);
  return (
    <label className="cmp-doc-select">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} title={current ? documentLabel(current) : undefined}>
        {documents
          .filter((d) => d.id !== other)
          .map((d) => (
            <option key={d.id} value={d.id}>
              {documentLabel(d)}
            </option>
          ))}
      </select>
    </label>
  );
}

export function CompareToolbar({ oldId, newId, documents, layout, onLayout, onShowShortcuts }: Props) {
  const showLibrary = useUiStore((s) => s.showLibrary);
  const openCompare = useUiStore((s) => s.openCompare);
  return (
    <header className="review-toolbar cmp-toolbar">
      <button type="button" className="btn btn-ghost" onClick={showLibrary}>
        ← Library
      </button>
      <h1 className="visually-hidden">Compare versions</h1>
      <div className="cmp-doc-selects">
        <DocumentSelect label="Earlier" value={oldId} other={newId} documents={documents} onChange={(id) => openCompare(id, newId)} />
        <button type="button" className="btn btn-icon btn-quiet" onClick={() => openCompare(newId, oldId)} title="Swap the two documents" aria-label="Swap the two documents">
          ⇄
        </button>
        <DocumentSelect label="Later" value={newId} other={oldId} documents={documents} onChange={(id) => openCompare(oldId, id)} />
      </div>
      <span className="toolbar-spacer" />
      <div className="toolbar-group segmented" role="group" aria-label="Layout">
        <button type="button" className="btn" aria-pressed={layout === 'side-by-side'} onClick={() => onLayout('side-by-side')}>
          Side by side
        </button>
        <button type="button" className="btn" aria-pressed={layout === 'redline'} onClick={() => onLayout('redline')}>
          Redline
        </button>
      </div>
      <ExportButtons oldId={oldId} newId={newId} />
      <button type="button" className="btn" onClick={onShowShortcuts}>
        Shortcuts
      </button>
    </header>
  );
}
