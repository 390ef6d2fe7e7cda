/**
 * The audit trail of one document or one assessment: who changed what, from what to what, and when — newest
 * first. It reloads whenever one of `revisions` changes (the host passes the records it saves).
 */
import { useEffect, useState } from 'react';
import type { HandlerResult } from '../../src/api/dispatch';
import { desk, toCallFailure } from '../app/desk';
import { changedFields } from './auditChanges';
import '../styles/audit.css';

export type AuditEntry = HandlerResult<'audit-list'>[number];

type Subject = { documentId: number; assessmentId?: undefined } | { assessmentId: number; documentId?: undefined };

interface Props {
  subject: Subject;
  /** Values that change when something was saved: the history reloads (a fixed number of them). */
  revisions?: readonly unknown[];
  /** A heading for the panel (h2/h3 chosen by the host view). */
  heading?: string;
  headingLevel?: 2 | 3;
}

/** Entries shown before "Show older". */
const PAGE = 50;

export function AuditPanel({ subject, revisions = [], heading = 'History', headingLevel = 2 }: Props) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const key = subject.documentId !== undefined ? `d${subject.documentId}` : `a${subject.assessmentId}`;

  useEffect(() => {
    let live = true;
    const arg = subject.documentId !== undefined ? { documentId: subject.documentId } : { assessmentId: subject.assessmentId };
    desk()
      .auditList(arg)
      .then(
        (list) => {
          if (!live) return;
          setEntries(list);
          setError(null);
        },
        (e: unknown) => live && setError(toCallFailure(e).message),
      );
    return () => {
      live = false;
    };
    // The subject is identified by its key; a changed revision asks for a reload.
  }, [key, ...revisions]);

  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section className="audit-panel" aria-label={heading} data-testid="audit-panel">
      <Heading className="audit-heading">{heading}</Heading>
      {error && (
        <p className="inline-error" role="alert">
          The history could not be read: {error}
        </p>
      )}
      {!entries && !error && <p className="muted audit-empty">Reading the history…</p>}
      {entries && entries.length === 0 && <p className="muted audit-empty">No changes recorded yet.</p>}
      {entries && entries.length > 0 && (
        <ol className="audit-list">
          {entries.slice(0, limit).map((entry) => (
            <AuditItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {entries && entries.length > limit && (
        <button type="button" className="btn btn-link audit-more" onClick={() => setLimit((l) => l + PAGE * 4)}>
          Show older ({entries.length - limit})
        </button>
      )}
    </section>
  );
}

function AuditItem({ entry }: { entry: AuditEntry }) {
  const changes = changedFields(entry.before, entry.after);
  const when = new Date(entry.at);
  return (
    <li className="audit-entry" data-action={entry.action} data-entity={entry.entity}>
      <p className="audit-summary">{entry.summary}</p>
      <p className="audit-meta">
        <span className="audit-actor">{entry.actor}</span> ·{' '}
        <time dateTime={entry.at}>{Number.isNaN(when.getTime()) ? entry.at : when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </p>
      {changes.length > 0 && (
        <details className="audit-details">
          <summary>Before and after</summary>
          <table className="audit-changes">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{c.field}</th>
                  <td>{c.before}</td>
                  <td>{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </li>
  );
}
