/** The compare view before two documents are chosen: pick them, the earlier first (swapped if need be). */
import { useState, type FormEvent } from 'react';
import type { DocumentRecord } from '../app/types';
import { useLibraryStore } from '../state/library';
import { useUiStore } from '../state/ui';
import { documentLabel } from './documentLabel';
import { orderPair } from './counterpart';

export function ComparePicker({ oldId, newId }: { oldId: number | null; newId: number | null }) {
  const documents = useLibraryStore((s) => s.documents);
  const openCompare = useUiStore((s) => s.openCompare);
  const sorted = [...documents].sort((a, b) => (a.family ?? '\uffff').localeCompare(b.family ?? '\uffff') || a.title.localeCompare(b.title));
  const [first, setFirst] = useState<number | null>(oldId ?? sorted[0]?.id ?? null);
  const [second, setSecond] = useState<number | null>(newId ?? sorted.find((d) => d.id !== (oldId ?? sorted[0]?.id))?.id ?? null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const a = documents.find((d) => d.id === first);
    const b = documents.find((d) => d.id === second);
    if (!a || !b || a.id === b.id) return;
    const pair = await orderPair(a, b);
    openCompare(pair.oldId, pair.newId);
  };

  const select = (label: string, value: number | null, set: (id: number) => void) => (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
        {sorted.map((d: DocumentRecord) => (
          <option key={d.id} value={d.id}>
            {documentLabel(d)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="cmp-picker" data-testid="compare-picker">
      <h1>Compare two documents</h1>
      {documents.length < 2 ? (
        <p className="muted">Import two versions of a licence to compare them side by side.</p>
      ) : (
        <form className="form" onSubmit={submit}>
          {select('One document', first, setFirst)}
          {select('The other document', second, setSecond)}
          {first === second && <p className="inline-warning">Choose two different documents.</p>}
          <p className="muted form-hint">The earlier version (by the family’s timeline, else by date) is shown on the left.</p>
          <div className="dialog-actions">
            <button type="submit" className="btn btn-primary" disabled={first === null || second === null || first === second}>
              Compare
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
