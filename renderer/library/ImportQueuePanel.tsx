import { useImportQueue, isFinished, type ImportItem } from '../state/importQueue';
import { useUiStore } from '../state/ui';
import { explainDuplicate, explainImportFailure } from './importErrors';

function formatSize(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function stageText(item: ImportItem): string {
  switch (item.stage) {
    case 'queued':
      return 'Waiting';
    case 'reading':
      return 'Reading the file';
    case 'importing':
      return 'Extracting the text and analysing';
    case 'imported':
      return 'Imported';
    case 'duplicate':
      return 'Already in the library';
    case 'failed':
      return 'Not imported';
  }
}

function ImportLine({ item }: { item: ImportItem }) {
  const openDocument = useUiStore((s) => s.openDocument);
  const dismiss = useImportQueue((s) => s.dismiss);
  return (
    <li className={`import-item stage-${item.stage}`} data-file={item.name} data-stage={item.stage}>
      <div className="import-item-head">
        <span className="import-name">{item.name}</span>
        <span className="import-size muted">{formatSize(item.size)}</span>
        <span className="import-stage">{stageText(item)}</span>
        {isFinished(item.stage) && (
          <button type="button" className="btn btn-icon btn-quiet" onClick={() => dismiss(item.key)} aria-label={`Dismiss ${item.name}`}>
            ✕
          </button>
        )}
      </div>
      {!isFinished(item.stage) && (
        <progress
          className="import-progress"
          aria-label={`Import progress of ${item.name}`}
          {...(item.progress !== null ? { value: item.progress, max: 1 } : {})}
        />
      )}
      {item.stage === 'failed' && item.failure && (
        <div className="import-error" role="alert">
          <p className="import-error-text">{explainImportFailure(item.failure, item.name)}</p>
          <p className="import-error-detail muted">{item.failure.message}</p>
        </div>
      )}
      {item.stage === 'duplicate' && item.documentId !== null && (
        <p className="import-note">
          {explainDuplicate(item.documentTitle ?? item.name)}{' '}
          <button type="button" className="btn btn-link" onClick={() => openDocument(item.documentId!)}>
            Open it
          </button>
        </p>
      )}
      {item.stage === 'imported' && item.documentId !== null && (
        <p className="import-note">
          {item.warnings.length > 0 && <span className="muted">{item.warnings.join(' ')} </span>}
          <button type="button" className="btn btn-link" onClick={() => openDocument(item.documentId!)}>
            Review “{item.documentTitle}”
          </button>
        </p>
      )}
    </li>
  );
}

/** One line per file being imported, each with its own progress and its own outcome. */
export function ImportQueuePanel() {
  const items = useImportQueue((s) => s.items);
  const clearFinished = useImportQueue((s) => s.clearFinished);
  if (!items.length) return null;
  const pending = items.filter((i) => !isFinished(i.stage)).length;
  const failed = items.filter((i) => i.stage === 'failed').length;
  return (
    <section className="import-queue" aria-label="Imports" data-testid="import-queue">
      <header>
        <h2>
          {pending > 0 ? `Importing ${pending} of ${items.length} files…` : `Imported ${items.length - failed} of ${items.length} files`}
          {failed > 0 && pending === 0 ? ` — ${failed} could not be imported` : ''}
        </h2>
        {pending < items.length && (
          <button type="button" className="btn btn-link" onClick={clearFinished}>
            Clear finished
          </button>
        )}
      </header>
      <ul aria-live="polite">
        {items.map((item) => (
          <ImportLine key={item.key} item={item} />
        ))}
      </ul>
    </section>
  );
}
