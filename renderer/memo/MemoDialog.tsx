/**
 * Export an assessment as a review memo: the format, the sections, rejected findings or not, the privileged
 * header and the paper, with a live preview of the memo (re-rendered by the engine as the choices change).
 * Saving downloads the file the engine rendered (the app shows its save dialog); PDF is printed from the
 * preview's HTML by the desktop app.
 */
import { useEffect, useMemo, useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { desk, toCallFailure } from '../app/desk';
import { saveFile } from '../app/saveFile';
import type { Assessment } from '../state/assessments';
import { useUiStore } from '../state/ui';
import { DEFAULT_CHOICES, FORMAT_CHOICES, MEMO_SECTION_CHOICES, renderOptions, type MemoChoices, type MemoFormat, type MemoSection } from './memoOptions';
import { MemoPreview } from './MemoPreview';
import { pdfExport } from './pdfExport';
import '../styles/memo.css';

/** Typing in the header box re-renders the preview this long after the last key. */
const PREVIEW_DELAY_MS = 250;

export function MemoDialog({ assessment, onClose }: { assessment: Assessment; onClose(): void }) {
  const notify = useUiStore((s) => s.notify);
  const [choices, setChoices] = useState<MemoChoices>(DEFAULT_CHOICES);
  const [preview, setPreview] = useState<string | null>(null);
  const [previewBusy, setPreviewBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const options = useMemo(
    () => renderOptions(choices),
    // The format does not change the memo's content: switching it keeps the preview.
    [choices.sections, choices.includeRejected, choices.privilegedHeader, choices.pageSize],
  );
  const pdf = pdfExport();

  useEffect(() => {
    let live = true;
    setPreviewBusy(true);
    const timer = setTimeout(() => {
      desk()
        .memoRender({ assessmentId: assessment.id, format: 'html', options })
        .then(
          (memo) => {
            if (!live) return;
            setPreview(typeof memo.content === 'string' ? memo.content : new TextDecoder().decode(memo.content));
            setError(null);
          },
          (e: unknown) => live && setError(`The preview could not be made: ${toCallFailure(e).message}`),
        )
        .finally(() => live && setPreviewBusy(false));
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [assessment.id, options]);

  const set = <K extends keyof MemoChoices>(key: K, value: MemoChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));
  const toggleSection = (id: MemoSection, on: boolean) =>
    setChoices((c) => ({ ...c, sections: MEMO_SECTION_CHOICES.map((s) => s.id).filter((s) => (s === id ? on : c.sections.includes(s))) }));

  const exportMemo = async () => {
    setExporting(true);
    setError(null);
    try {
      if (choices.format === 'pdf') {
        if (!pdf.available) throw new Error(pdf.reason);
        const saved = await pdf.save({ assessmentId: assessment.id, options });
        if (saved) notify('success', `Memo saved: ${saved}`);
      } else {
        const memo = await desk().memoRender({ assessmentId: assessment.id, format: choices.format, options });
        saveFile(memo.fileName, memo.content, memo.mimeType);
        notify('success', `Memo exported: ${memo.fileName}`);
      }
      setExporting(false);
    } catch (e) {
      setError(`The memo was not exported: ${toCallFailure(e).message}`);
      setExporting(false);
    }
  };

  const formatAvailable = (id: MemoFormat) => id !== 'pdf' || pdf.available;

  return (
    <ModalDialog title={`Export the review memo — ${assessment.modelName}`} onClose={onClose} className="dialog-memo">
      <div className="memo-dialog">
        <form
          className="form memo-options"
          onSubmit={(e) => {
            e.preventDefault();
            void exportMemo();
          }}
        >
          <fieldset className="form-fieldset">
            <legend>Format</legend>
            {FORMAT_CHOICES.map((f) => (
              <label key={f.id} className="choice">
                <input type="radio" name="memo-format" value={f.id} checked={choices.format === f.id} disabled={!formatAvailable(f.id)} onChange={() => set('format', f.id)} />
                <span>
                  {f.label}
                  <span className="choice-hint muted">{formatAvailable(f.id) ? f.hint : pdf.available ? f.hint : pdf.reason}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="form-fieldset">
            <legend>Sections</legend>
            {MEMO_SECTION_CHOICES.map((s) => (
              <label key={s.id} className="choice">
                <input type="checkbox" checked={choices.sections.includes(s.id)} onChange={(e) => toggleSection(s.id, e.target.checked)} />
                <span>{s.label}</span>
              </label>
            ))}
            <label className="choice">
              <input type="checkbox" checked={choices.includeRejected} onChange={(e) => set('includeRejected', e.target.checked)} />
              <span>Include rejected findings (marked as rejected)</span>
            </label>
          </fieldset>
          <label>
            Privileged header
            <input type="text" value={choices.privilegedHeader} maxLength={300} onChange={(e) => set('privilegedHeader', e.target.value)} placeholder="No header" />
          </label>
          <fieldset className="form-fieldset">
            <legend>Page size</legend>
            <div className="choice-row">
              {(['A4', 'Letter'] as const).map((size) => (
                <label key={size} className="choice">
                  <input type="radio" name="memo-page-size" value={size} checked={choices.pageSize === size} onChange={() => set('pageSize', size)} />
                  <span>{size}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {error && (
            <p className="inline-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="btn btn-primary" disabled={exporting || !formatAvailable(choices.format)}>
              {exporting ? 'Exporting…' : `Export ${FORMAT_CHOICES.find((f) => f.id === choices.format)?.label ?? ''}`}
            </button>
          </div>
        </form>
        <section className="memo-preview-pane" aria-label="Preview">
          <h3 className="memo-preview-title">
            Preview <span className="muted">{previewBusy ? '· updating…' : ''}</span>
          </h3>
          <MemoPreview html={preview} busy={previewBusy} />
        </section>
      </div>
    </ModalDialog>
  );
}
