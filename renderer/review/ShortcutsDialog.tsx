import { useEffect, useRef } from 'react';
import { REVIEW_SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <ShortcutsTable shortcuts={REVIEW_SHORTCUTS} />
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** A view's keyboard shortcuts, one row each: its keys (alternatives separated by a slash) and what they do. */
export function ShortcutsTable({ shortcuts }: { shortcuts: ReadonlyArray<{ keys: readonly string[]; action: string }> }) {
  return (
    <table className="shortcuts-table">
      <tbody>
        {shortcuts.map((s) => (
          <tr key={s.action}>
            <td>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' / '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{s.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
