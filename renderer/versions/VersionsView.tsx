/**
 * Versions of the licences in the library: the open version notices, each family's timeline, and the groupings
 * the library suggests for documents that belong to no family yet (counsel accepts them or sets the family by
 * hand in the document's details).
 */
import { useEffect, useMemo, useState } from 'react';
import type { DocumentRecord } from '../app/types';
import { MetadataDialog } from '../library/MetadataDialog';
import { familiesOf, useLibraryStore } from '../state/library';
import { useVersionsStore } from '../state/versions';
import { FamilyTimeline } from './FamilyTimeline';
import { VersionNotices } from './VersionNotices';
import '../styles/versions.css';

export function VersionsView() {
  const documents = useLibraryStore((s) => s.documents);
  const { families, familiesStatus, suggestions } = useVersionsStore();
  const [editing, setEditing] = useState<DocumentRecord | null>(null);
  const familyNames = useMemo(() => familiesOf(documents), [documents]);

  useEffect(() => {
    void useVersionsStore.getState().loadFamilies();
  }, [documents]);

  return (
    <div className="versions" data-testid="versions-view">
      <header className="library-header">
        <h1>Versions</h1>
      </header>
      <VersionNotices />
      {suggestions.length > 0 && (
        <section className="suggestions" aria-labelledby="suggestions-title" data-testid="version-suggestions">
          <h2 id="suggestions-title">Suggested groupings</h2>
          <ul>
            {suggestions.map((g) => {
              const d = documents.find((x) => x.id === g.documentId);
              if (!d) return null;
              return (
                <li key={g.documentId} className="suggestion" data-document-id={g.documentId}>
                  <div>
                    <strong>{d.title}</strong>
                    {d.effectiveDate || d.versionLabel ? ` (${d.versionLabel ?? d.effectiveDate})` : ''} looks like a version in the family <strong>{g.suggestion.family}</strong>
                    {g.suggestion.versionLabel && !d.versionLabel && <> (version {g.suggestion.versionLabel})</>}
                    {g.suggestion.effectiveDate && !d.effectiveDate && <>, effective {g.suggestion.effectiveDate}</>}.
                    {g.suggestion.reasons.length > 0 && <p className="muted suggestion-reasons">{g.suggestion.reasons.join(' ')}</p>}
                  </div>
                  <div className="suggestion-actions">
                    <button type="button" className="btn btn-small btn-primary" onClick={() => void useVersionsStore.getState().acceptSuggestion(g)}>
                      Accept
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => setEditing(d)}>
                      Edit details…
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {familiesStatus === 'loading' && families.length === 0 ? (
        <p className="muted">Reading the versions…</p>
      ) : families.length === 0 ? (
        <div className="versions-empty">
          <h2>No versions yet</h2>
          <p className="muted">
            Documents become versions of one licence when the library recognises them on import (the same licence family, or the same title and
            wording), or when you give them a family in their details. Import an earlier or later version of a licence to start its timeline.
          </p>
        </div>
      ) : (
        <div className="families">
          {families.map((f) => (
            <FamilyTimeline key={f.family} timeline={f} documents={documents} onEdit={setEditing} />
          ))}
        </div>
      )}
      {editing && (
        <MetadataDialog
          document={editing}
          families={familyNames}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
