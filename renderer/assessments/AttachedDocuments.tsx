/**
 * The documents an assessment rests on, each in its role. Changing them asks the engine for fresh suggestions
 * (the most restrictive answer may now come from another document); counsel's own answers stay.
 */
import { useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import type { DocumentRecord } from '../app/types';
import { KIND_LABELS } from '../app/vocabulary';
import { CommercialBadge } from '../library/CommercialBadge';
import { useAssessmentsStore, type AssessmentRole, type AttachedDocument } from '../state/assessments';
import { useUiStore } from '../state/ui';
import { ROLE_LABELS, ROLE_ORDER } from './assessmentVocabulary';
import { DocumentPicker } from './DocumentPicker';

interface Props {
  attached: AttachedDocument[];
  documents: DocumentRecord[];
}

export function AttachedDocuments({ attached, documents }: Props) {
  const setDocuments = useAssessmentsStore((s) => s.setDocuments);
  const openDocument = useUiStore((s) => s.openDocument);
  const [choosing, setChoosing] = useState(false);
  const [draft, setDraft] = useState<AttachedDocument[]>(attached);
  const record = (id: number) => documents.find((d) => d.id === id);
  const setRole = (id: number, role: AssessmentRole) => void setDocuments(attached.map((a) => (a.documentId === id ? { ...a, role } : a)));

  return (
    <section className="panel" aria-labelledby="attached-heading">
      <header className="panel-header">
        <h2 id="attached-heading">Documents</h2>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setDraft(attached);
            setChoosing(true);
          }}
        >
          Choose documents…
        </button>
      </header>
      {attached.length === 0 ? (
        <p className="muted panel-empty">No documents yet. Choose the licence, the acceptable use policy and the service terms that govern this use.</p>
      ) : (
        <table className="data-table compact" data-testid="attached-documents">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Role</th>
              <th scope="col">Identified licence</th>
              <th scope="col">Commercial use</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attached.map((a) => {
              const d = record(a.documentId);
              return (
                <tr key={a.documentId} data-document-id={a.documentId}>
                  <td className="cell-title">
                    <button type="button" className="title-button" onClick={() => openDocument(a.documentId)}>
                      {d?.title ?? `Document ${a.documentId}`}
                    </button>
                    {d && <span className="cell-sub muted">{KIND_LABELS[d.kind]}{d.versionLabel ? ` · ${d.versionLabel}` : ''}</span>}
                  </td>
                  <td>
                    <label>
                      <span className="visually-hidden">Role of {d?.title ?? `document ${a.documentId}`}</span>
                      <select value={a.role} onChange={(e) => setRole(a.documentId, e.target.value as AssessmentRole)}>
                        {ROLE_ORDER.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_LABELS[r]}
                          </option>
                        ))}
                      </select>
                    </label>
                  </td>
                  <td>
                    {d?.license ? (
                      <>
                        {d.license.name}
                        {d.license.match === 'modified' && (
                          <span className="tag tag-modified" title="The text differs from the reference licence">
                            modified
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    <CommercialBadge value={d?.commercialUse ?? null} />
                  </td>
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="btn btn-small btn-quiet btn-danger-text"
                      onClick={() => void setDocuments(attached.filter((x) => x.documentId !== a.documentId))}
                      aria-label={`Remove ${d?.title ?? `document ${a.documentId}`} from the assessment`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {choosing && (
        <ModalDialog title="Documents of this assessment" onClose={() => setChoosing(false)} className="dialog-wide">
          <DocumentPicker documents={documents} attached={draft} onChange={setDraft} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setChoosing(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setChoosing(false);
                void setDocuments(draft);
              }}
            >
              Save documents
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
