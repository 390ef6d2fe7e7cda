import { useMemo, useState, type FormEvent } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { toCallFailure } from '../app/desk';
import { KIND_LABELS } from '../app/vocabulary';
import { useAssessmentsStore, type AttachedDocument } from '../state/assessments';
import { useLibraryStore } from '../state/library';
import { DocumentPicker } from './DocumentPicker';

interface Props {
  onClose(): void;
  onCreated(id: number): void;
}

/** Starts an assessment: the model, what it will be used for, who reviews it, and the documents that govern it. */
export function NewAssessmentDialog({ onClose, onCreated }: Props) {
  const info = useLibraryStore((s) => s.info);
  const documents = useLibraryStore((s) => s.documents);
  const create = useAssessmentsStore((s) => s.create);
  const [modelName, setModelName] = useState('');
  const [intendedUse, setIntendedUse] = useState('');
  const [reviewer, setReviewer] = useState(info?.reviewer ?? '');
  const [attached, setAttached] = useState<AttachedDocument[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const unanalysed = useMemo(
    () => attached.map((a) => documents.find((d) => d.id === a.documentId)).filter((d) => d && d.commercialUse === null),
    [attached, documents],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!modelName.trim() || !intendedUse.trim()) {
      setError('An assessment needs the model’s name and its intended use.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const created = await create({ modelName: modelName.trim(), intendedUse: intendedUse.trim(), reviewer: reviewer.trim() || undefined, documents: attached });
      onCreated(created.id);
    } catch (err) {
      setError(toCallFailure(err).message);
      setSaving(false);
    }
  };

  return (
    <ModalDialog title="New assessment" onClose={onClose} className="dialog-wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-row">
          <label>
            Model
            <input type="text" value={modelName} onChange={(e) => setModelName(e.target.value)} maxLength={300} placeholder="e.g. Llama 3.1 8B" autoFocus required />
          </label>
          <label>
            Reviewer
            <input type="text" value={reviewer} onChange={(e) => setReviewer(e.target.value)} maxLength={200} />
          </label>
        </div>
        <label>
          Intended use
          <input type="text" value={intendedUse} onChange={(e) => setIntendedUse(e.target.value)} maxLength={2000} placeholder="e.g. a customer-support chatbot for our EU customers" required />
        </label>
        <fieldset className="form-fieldset">
          <legend>Documents and their roles</legend>
          <DocumentPicker documents={documents} attached={attached} onChange={setAttached} />
        </fieldset>
        {unanalysed.length > 0 && (
          <p className="inline-warning-box" role="status">
            Not analysed yet: {unanalysed.map((d) => d!.title).join(', ')}. Open it in the review view and analyse it first; the verdicts are pre-filled from
            the analysis.
          </p>
        )}
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <span className="muted dialog-note">
            {attached.length === 0 ? 'No documents chosen: you can add them later.' : `${attached.length} document${attached.length === 1 ? '' : 's'}: ${attached.map((a) => KIND_LABELS[documents.find((d) => d.id === a.documentId)?.kind ?? 'other']).join(', ')}`}
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Creating…' : 'Create assessment'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

