import { useEffect, useState } from 'react';
import { desk, toCallFailure } from '../app/desk';
import type { SampleDocument } from '../app/types';
import { FORMAT_LABELS } from '../app/vocabulary';
import { useImportQueue } from '../state/importQueue';

/** What a new library shows: how to import, and the bundled sample licences to try the app in one click. */
export function EmptyLibrary({ onImport }: { onImport(): void }) {
  const [samples, setSamples] = useState<SampleDocument[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const enqueueSamples = useImportQueue((s) => s.enqueueSamples);
  const queued = useImportQueue((s) => s.items.length > 0);

  useEffect(() => {
    desk()
      .samplesList(undefined)
      .then(setSamples, (error: unknown) => setProblem(toCallFailure(error).message));
  }, []);

  return (
    <section className="empty-library" aria-labelledby="empty-title" data-testid="empty-library">
      <h2 id="empty-title">Your library is empty</h2>
      <p>
        Import the licences, acceptable use policies and terms you need to review — PDF, Word (.docx), Markdown, plain text or a saved web page. Drop them
        anywhere on this window, or choose them:
      </p>
      <button type="button" className="btn btn-primary" onClick={onImport}>
        Import documents…
      </button>
      {samples && samples.length > 0 && (
        <div className="samples">
          <h3>Or start with sample documents</h3>
          <p className="muted">Real published licences bundled with License Desk, to see a review straight away.</p>
          <ul className="sample-list">
            {samples.map((s) => (
              <li key={s.id}>
                <span className="sample-title">{s.title}</span> <span className="tag">{FORMAT_LABELS[s.format]}</span>
                <p className="muted">{s.description}</p>
                <p className="sample-source muted">
                  Source: {s.source.repository}/{s.source.path} at {s.source.commit.slice(0, 10)}. {s.attribution}
                </p>
              </li>
            ))}
          </ul>
          <button type="button" className="btn" onClick={() => enqueueSamples(samples.filter((s) => !s.imported))} disabled={queued}>
            Add the {samples.length} sample documents
          </button>
        </div>
      )}
      {problem && <p className="muted">Sample documents are not available: {problem}</p>}
    </section>
  );
}
