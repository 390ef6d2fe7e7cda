import { useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { toCallFailure } from '../app/desk';
import { useAssessmentsStore, type Assessment } from '../state/assessments';

/** Deleting an assessment cannot be undone: it asks first, naming what goes. */
export function DeleteAssessmentDialog({ assessment, onClose, onDeleted }: { assessment: Assessment; onClose(): void; onDeleted(): void }) {
  const remove = useAssessmentsStore((s) => s.remove);
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog title={`Delete the assessment of ${assessment.modelName}?`} onClose={onClose}>
      <p>
        Its verdicts, rationale, decision and conditions are deleted. The documents stay in the library, and the deletion is recorded in the audit
        log.
      </p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() =>
            remove(assessment.id).then(onDeleted, (e: unknown) => {
              setError(toCallFailure(e).message);
            })
          }
        >
          Delete assessment
        </button>
      </div>
    </ModalDialog>
  );
}
