import { useEffect, type ReactNode } from 'react';
import { AssessmentsView } from '../assessments/AssessmentsView';
import { AssessmentView } from '../assessments/AssessmentView';
import { CompareView } from '../compare/CompareView';
import { LibraryView } from '../library/LibraryView';
import { MatrixView } from '../matrix/MatrixView';
import { warmUpPdf } from '../review/pdf/pdfDocuments';
import { ReviewView } from '../review/ReviewView';
import { useLibraryStore } from '../state/library';
import { useUiStore, type Route } from '../state/ui';
import { VersionsView } from '../versions/VersionsView';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { useMenuCommands } from './useMenuCommands';

/** One entry per view of the router; the type checker refuses a view without one. */
const VIEWS: { [V in Route['view']]: (route: Extract<Route, { view: V }>) => ReactNode } = {
  library: () => <LibraryView />,
  review: (route) => <ReviewView key={route.documentId} documentId={route.documentId} focus={route.focus} />,
  compare: (route) => <CompareView oldId={route.oldId} newId={route.newId} panel={route.panel} />,
  versions: () => <VersionsView />,
  assessments: () => <AssessmentsView />,
  assessment: (route) => <AssessmentView key={route.assessmentId} assessmentId={route.assessmentId} />,
  matrix: (route) => <MatrixView assessmentId={route.assessmentId} />,
};

function renderRoute(route: Route): ReactNode {
  return (VIEWS[route.view] as (r: Route) => ReactNode)(route);
}

export function App() {
  const route = useUiStore((s) => s.route);
  useMenuCommands();
  useEffect(() => {
    void useLibraryStore.getState().load();
    const warmUp = setTimeout(warmUpPdf, 300);
    // A file dropped outside the drop zone must not make the window navigate to it.
    const block = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      clearTimeout(warmUp);
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);
  return (
    <div className="app">
      <Sidebar />
      <main className="main" id="main">
        {renderRoute(route)}
      </main>
      <Notices />
    </div>
  );
}
