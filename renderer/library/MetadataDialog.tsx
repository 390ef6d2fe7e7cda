import { useState, type FormEvent } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { toCallFailure } from '../app/desk';
import type { DocumentKind, DocumentRecord } from '../app/types';
import { DOCUMENT_KIND_ORDER, KIND_LABELS } from '../app/vocabulary';
import { useLibraryStore } from '../state/library';

interface Props {
  document: DocumentRecord;
  families: string[];
  onClose(): void;
}

/** Edits what the reviewer knows about a document: title, kind, family, version label, effective date. */
export function MetadataDialog({ document, families, onClose }: Props) {
  const updateMetadata = useLibraryStore((s) => s.updateMetadata);
  const [title, setTitle] = useState(document.title);
  const [kind, setKind] = useState<DocumentKind>(document.kind);
  const [family, setFamily] = useState(document.family ?? '');
  const [versionLabel, setVersionLabel] = useState(document.versionLabel ?? '');
  const [effectiveDate, setEffectiveDate] = useState(document.effectiveDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('A document needs a title.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await updateMetadata(document.id, {
        title: title.trim(),
        kind,
        family: family.trim() || null,
        versionLabel: versionLabel.trim() || null,
        effectiveDate: effectiveDate || null,
      });
      onClose();
    } catch (err) {
      setError(toCallFailure(err).message);
      setSaving(false);
    }
  };

  return (
    <ModalDialog title="Document details" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <label>
          Title
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} autoFocus />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {DOCUMENT_KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Family
          <input type="text" value={family} onChange={(e) => setFamily(e.target.value)} list="family-options" maxLength={200} placeholder="e.g. llama-3.1" />
          <datalist id="family-options">
            {families.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </label>
        <div className="form-row">
          <label>
            Version label
            <input type="text" value={versionLabel} onChange={(e) => setVersionLabel(e.target.value)} maxLength={200} placeholder="e.g. 3.1" />
          </label>
          <label>
            Effective date
            <input type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />
          </label>
        </div>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
