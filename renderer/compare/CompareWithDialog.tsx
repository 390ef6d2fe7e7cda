/**
 * "Compare with…" on a library document: choose the other document (the previous version on its family's
 * timeline is chosen already), and the comparison opens with the earlier of the two on the left.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import type { DocumentRecord } from '../app/types';
import { useLibraryStore } from '../state/library';
import { useUiStore } from '../state/ui';
import { documentLabel } from './documentLabel';
import { defaultCounterpart, orderPair, type Counterpart } from './counterpart';

export function CompareWithDialog({ document, onClose }: { document: DocumentRecord; onClose(): void }) {
  const documents = useLibraryStore((s) => s.documents);
  const openCompare = useUiStore((s) => s.openCompare);
  const others = documents.filter((d) => d.id !== document.id);
  const family = document.family ? others.filter((d) => d.family === document.family) : [];
  const rest = others.filter((d) => !family.includes(d)).sort((a, b) => a.title.localeCompare(b.title));
  const firstOther = family[0]?.id ?? rest[0]?.id ?? null;
  const [otherId, setOtherId] = useState<number | null>(null);
  const [suggested, setSuggested] = useState<Counterpart | null>(null);

  useEffect(() => {
    let live = true;
    void defaultCounterpart(document)
      .catch(() => null)
      .then((counterpart) => {
        if (!live) return;
        setSuggested(counterpart);
        setOtherId((current) => current ?? counterpart?.documentId ?? firstOther);
      });
    return () => {
      live = false;
    };
  }, [document, firstOther]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const other = others.find((d) => d.id === otherId);
    if (!other) return;
    const pair = await orderPair(document, other);
    onClose();
    openCompare(pair.oldId, pair.newId);
  };


  return (
    <ModalDialog title={`Compare “${document.title}” with…`} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        {others.length === 0 ? (
          <p className="muted">The library has no other document to compare with. Import another version first.</p>
        ) : (
          <label>
            The other document
            <select value={otherId ?? ''} onChange={(e) => setOtherId(Number(e.target.value))} autoFocus>
              {family.length > 0 && (
                <optgroup label={`Versions of ${document.family}`}>
                  {family.map((d) => (
                    <option key={d.id} value={d.id}>
                      {documentLabel(d)}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={family.length > 0 ? 'Other documents' : 'Documents'}>
                {rest.map((d) => (
                  <option key={d.id} value={d.id}>
                    {documentLabel(d)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
        )}
        {suggested !== null && otherId === suggested.documentId && (
          <p className="muted form-hint" data-testid="compare-with-hint">
            The {suggested.relation} version on the “{document.family}” timeline. The earlier of the two is shown on the left.
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={otherId === null}>
            Compare
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
