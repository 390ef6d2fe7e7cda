import { useLibraryStore } from '../state/library';
import { useUiStore } from '../state/ui';
import { useVersionsStore } from '../state/versions';
import { PRIMARY_NAVIGATION } from './navigation';

/** The app's left column: the views, then the documents opened in this session. */
export function Sidebar() {
  const route = useUiStore((s) => s.route);
  const recent = useUiStore((s) => s.recentDocumentIds);
  const showLibrary = useUiStore((s) => s.showLibrary);
  const openDocument = useUiStore((s) => s.openDocument);
  const documents = useLibraryStore((s) => s.documents);
  const info = useLibraryStore((s) => s.info);
  const recentDocuments = recent.map((id) => documents.find((d) => d.id === id)).filter((d) => d !== undefined);
  const showVersions = useUiStore((s) => s.showVersions);
  const openCompare = useUiStore((s) => s.openCompare);
  const openNotices = useVersionsStore((s) => s.notices.length);
  const showAssessments = useUiStore((s) => s.showAssessments);
  const showMatrix = useUiStore((s) => s.showMatrix);
  const openers: Record<string, () => void> = {
    library: showLibrary,
    versions: showVersions,
    compare: () => openCompare(null, null),
    assessments: showAssessments,
    matrix: () => showMatrix(),
  };

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">§</span>
        <span>License Desk</span>
      </div>
      <ul className="nav-list">
        {PRIMARY_NAVIGATION.map((entry) => (
          <li key={entry.view}>
            <button type="button" className="nav-item" aria-current={route.view === entry.view || entry.alsoCurrentFor?.includes(route.view) ? 'page' : undefined} onClick={openers[entry.view]}>
              {entry.label}
              {entry.view === 'library' && <span className="nav-count">{documents.length}</span>}
              {entry.view === 'versions' && openNotices > 0 && (
                <span className="nav-count nav-alert" title={`${openNotices} version notice${openNotices === 1 ? '' : 's'}`}>
                  {openNotices}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {recentDocuments.length > 0 && (
        <>
          <h2 className="nav-heading">Open recently</h2>
          <ul className="nav-list nav-documents">
            {recentDocuments.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={route.view === 'review' && route.documentId === d.id ? 'page' : undefined}
                  onClick={() => openDocument(d.id)}
                  title={d.title}
                >
                  <span className="nav-item-text">{d.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="sidebar-footer muted">
        {info && (
          <>
            <span title={info.path}>Reviewer: {info.reviewer}</span>
            <span className="library-path" title={info.path}>
              {info.path.split(/[\\/]/).pop()}
            </span>
          </>
        )}
      </div>
    </nav>
  );
}
