/**
 * One family's versions in order (by effective date, else version label, else import date, as the library
 * orders them), with between each two a way to compare them, and on each its details to correct.
 */
import type { DocumentRecord } from '../app/types';
import { useUiStore } from '../state/ui';
import type { FamilyTimeline as Timeline } from '../state/versions';

interface Props {
  timeline: Timeline;
  documents: DocumentRecord[];
  onEdit(document: DocumentRecord): void;
}

export function FamilyTimeline({ timeline, documents, onEdit }: Props) {
  const openDocument = useUiStore((s) => s.openDocument);
  const openCompare = useUiStore((s) => s.openCompare);
  const versions = timeline.versions;
  return (
    <section className="family" data-family={timeline.family} data-testid="family-timeline" aria-labelledby={`family-${timeline.family}`}>
      <header className="family-head">
        <h2 id={`family-${timeline.family}`}>{timeline.family}</h2>
        <span className="muted">
          {versions.length} version{versions.length === 1 ? '' : 's'}
        </span>
      </header>
      <ol className="timeline">
        {versions.map((v, i) => {
          const record = documents.find((d) => d.id === v.documentId);
          const previous = versions[i - 1];
          return (
            <li key={v.documentId} className="timeline-entry" data-document-id={v.documentId}>
              {previous && (
                <div className="timeline-step">
                  <button type="button" className="btn btn-small btn-quiet" onClick={() => openCompare(previous.documentId, v.documentId)}>
                    Compare {previous.versionLabel ?? 'previous'} → {v.versionLabel ?? 'this version'}
                  </button>
                </div>
              )}
              <div className="timeline-card">
                <span className="timeline-dot" aria-hidden="true" />
                <div className="timeline-when">
                  <span className="timeline-label" data-testid="version-label">
                    {v.versionLabel ?? <span className="muted">no label</span>}
                  </span>
                  {v.effectiveDate !== v.versionLabel && (
                    <span className="timeline-date" title={v.effectiveDate ? 'Effective date' : 'Imported on (no effective date known)'}>
                      {v.effectiveDate ?? `${v.importedAt.slice(0, 10)} (imported)`}
                    </span>
                  )}
                </div>
                <div className="timeline-what">
                  <button type="button" className="title-button" onClick={() => openDocument(v.documentId)}>
                    {v.title}
                  </button>
                  {v.assessments.length > 0 && (
                    <span className="tag tag-relied">
                      relied on by {v.assessments.length} assessment{v.assessments.length === 1 ? '' : 's'}
                    </span>
                  )}
                </div>
                {record && (
                  <button type="button" className="btn btn-small btn-quiet" onClick={() => onEdit(record)} aria-label={`Edit details of ${v.title}${v.versionLabel ? ` (${v.versionLabel})` : ''}`}>
                    Edit details
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
