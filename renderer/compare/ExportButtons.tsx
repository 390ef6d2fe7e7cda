/**
 * The comparison report counsel can send: a self-contained HTML page or a Word redline, made by the engine
 * (compare-export) and handed to the browser as a download of a blob the page made itself. In the app, Electron
 * turns that download into a save dialog (electron/security.ts allows only downloads of the app's own blobs).
 * There is no PDF button: the app has no print path yet (see the report); the HTML report prints from any browser.
 */
import { useState } from 'react';
import { desk, toCallFailure } from '../app/desk';
import { useUiStore } from '../state/ui';

type Format = 'html' | 'docx';

function saveBlob(fileName: string, mimeType: string, content: string | Uint8Array): void {
  const part: BlobPart = typeof content === 'string' ? content : (content.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time the click returns; the URL is released a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function ExportButtons({ oldId, newId }: { oldId: number; newId: number }) {
  const notify = useUiStore((s) => s.notify);
  const [busy, setBusy] = useState<Format | null>(null);
  const exportAs = async (format: Format) => {
    setBusy(format);
    try {
      const report = await desk().compareExport({ oldId, newId, format });
      saveBlob(report.fileName, report.mimeType, report.content);
      notify('success', `Comparison report ready: ${report.fileName}`);
    } catch (error) {
      const failure = toCallFailure(error);
      notify('error', `The comparison report could not be made (${failure.code}): ${failure.message}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="toolbar-group" role="group" aria-label="Export the comparison">
      <button type="button" className="btn" onClick={() => void exportAs('html')} disabled={busy !== null} title="A self-contained HTML report: summary, change list and redline">
        {busy === 'html' ? 'Preparing…' : 'Export HTML'}
      </button>
      <button type="button" className="btn" onClick={() => void exportAs('docx')} disabled={busy !== null} title="A Word document with the redline: insertions underlined, deletions struck">
        {busy === 'docx' ? 'Preparing…' : 'Export Word'}
      </button>
    </div>
  );
}
