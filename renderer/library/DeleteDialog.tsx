import { useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { toCallFailure } from '../app/desk';
import type { DocumentRecord } from '../app/types';
import { useLibraryStore } from '../state/library';
import { useUiStore } from '../state/ui';

export function DeleteDialog({ document, onClose }: { document: DocumentRecord; onClose(): void }) {
  const remove = useLibraryStore((s) => s.remove);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await remove(document.id);
      useUiStore.getState().forgetDocument(document.id);
      useUiStore.getState().notify('info', `Deleted “${document.title}”.`);
      onClose();
    } catch (err) {
      setError(toCallFailure(err).message);
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={`Delete “${document.title}”?`} onClose={onClose} className="dialog-danger">
      <p>The document, its findings and every decision recorded on them are removed from this library. This cannot be undone.</p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" onClick={confirm} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete document'}
        </button>
      </div>
    </ModalDialog>
  );
}
