import { useMemo, useState } from 'react';
import type { DocumentRecord } from '../app/types';
import { KIND_LABELS } from '../app/vocabulary';
import { CommercialBadge } from '../library/CommercialBadge';
import type { AssessmentRole, AttachedDocument } from '../state/assessments';
import { ROLE_FOR_KIND, ROLE_LABELS, ROLE_ORDER } from './assessmentVocabulary';

interface Props {
  documents: DocumentRecord[];
  attached: AttachedDocument[];
  onChange(attached: AttachedDocument[]): void;
}

/** The library's documents to choose from, each with the role it plays once chosen (suggested from its kind). */
export function DocumentPicker({ documents, attached, onChange }: Props) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list = q ? documents.filter((d) => `${d.title} ${d.family ?? ''} ${d.license?.name ?? ''}`.toLocaleLowerCase().includes(q)) : documents;
    return [...list].sort((a, b) => a.title.localeCompare(b.title));
  }, [documents, query]);
  const roleOf = (id: number) => attached.find((a) => a.documentId === id)?.role;
  const toggle = (d: DocumentRecord, on: boolean) =>
    onChange(on ? [...attached, { documentId: d.id, role: ROLE_FOR_KIND[d.kind] }] : attached.filter((a) => a.documentId !== d.id));
  const setRole = (id: number, role: AssessmentRole) => onChange(attached.map((a) => (a.documentId === id ? { ...a, role } : a)));

  return (
    <div className="document-picker">
      <label className="document-picker-search">
        <span className="visually-hidden">Find a document</span>
        <input type="search" placeholder="Find a document by title, family or licence" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className="document-picker-list" data-testid="document-picker">
        {shown.map((d) => {
          const role = roleOf(d.id);
          return (
            <li key={d.id} className={role ? 'chosen' : undefined} data-document-id={d.id}>
              <label className="document-picker-choice">
                <input type="checkbox" checked={role !== undefined} onChange={(e) => toggle(d, e.target.checked)} />
                <span className="document-picker-title">{d.title}</span>
                <span className="muted document-picker-kind">{KIND_LABELS[d.kind]}</span>
                <CommercialBadge value={d.commercialUse} />
              </label>
              {role && (
                <label className="document-picker-role">
                  <span className="visually-hidden">Role of {d.title}</span>
                  <select value={role} onChange={(e) => setRole(d.id, e.target.value as AssessmentRole)}>
                    {ROLE_ORDER.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </li>
          );
        })}
        {shown.length === 0 && <li className="muted">No document matches.</li>}
      </ul>
    </div>
  );
}
