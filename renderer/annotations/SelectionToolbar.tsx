/**
 * Counsel's highlights, added from the document: selecting text (in the PDF's text layer or the reading text)
 * brings up a small toolbar to highlight the selection as a note or a clause category. The new highlight is
 * saved at once and its card opens in the sidebar for the comment and tags. Also here: a click on a highlight
 * selects it, and Ctrl+Z takes back the last delete.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { isTypingTarget } from '../review/shortcuts';
import { useAnnotationsStore, type AnnotationCategory } from '../state/annotations';
import { ANNOTATION_CATEGORY_CHOICES } from './annotationColours';
import { selectionSpan, type TextSpan } from './selectionSpan';

interface Props {
  documentId: number;
  text: string;
  /** The document pane; selections and clicks inside its scrolling document are ours. */
  paneRef: RefObject<HTMLElement | null>;
}

const SCROLLER = '[data-testid="document-scroll"]';
const TOOLBAR_WIDTH = 360;

/** The category last chosen (kept while the app runs): a reviewer marking several passages alike picks it once. */
let lastCategory: AnnotationCategory = 'note';

export function SelectionToolbar({ documentId, text, paneRef }: Props) {
  const [pending, setPending] = useState<{ span: TextSpan; top: number; left: number } | null>(null);
  const [category, setCategory] = useState<AnnotationCategory>(lastCategory);
  const [saving, setSaving] = useState(false);
  const toolbarRef = useRef<HTMLDivElement>(null);

  const readSelection = useCallback(() => {
    const pane = paneRef.current;
    const selection = window.getSelection();
    const scroller = pane?.querySelector<HTMLElement>(SCROLLER);
    if (!pane || !scroller || !selection || selection.rangeCount === 0) return;
    const span = selectionSpan(selection, scroller, text);
    if (!span) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const paneRect = scroller.getBoundingClientRect();
    const top = rect.top - 48 > paneRect.top ? rect.top - 48 : Math.min(rect.bottom + 8, paneRect.bottom - 48);
    const left = Math.max(paneRect.left + 8, Math.min(rect.left, paneRect.right - TOOLBAR_WIDTH - 8));
    setPending({ span, top, left });
  }, [paneRef, text]);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const onMouseUp = (e: MouseEvent) => {
      if (toolbarRef.current?.contains(e.target as Node)) return;
      // After the browser has settled the selection for this click.
      setTimeout(readSelection, 0);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.shiftKey || e.key === 'Shift') readSelection();
    };
    const onMouseDown = (e: MouseEvent) => {
      if (!toolbarRef.current?.contains(e.target as Node)) setPending(null);
    };
    // A click on counsel's own highlight selects it (the finding under it keeps its own click otherwise).
    const onClick = (e: MouseEvent) => {
      const hit = (e.target as HTMLElement).closest<HTMLElement>('[data-annotation-ids]');
      if (!hit || !window.getSelection()?.isCollapsed) return;
      const id = Number(hit.dataset.annotationIds?.split(' ')[0]);
      if (id) useAnnotationsStore.getState().setActive(id);
    };
    pane.addEventListener('mouseup', onMouseUp);
    pane.addEventListener('keyup', onKeyUp);
    document.addEventListener('mousedown', onMouseDown);
    pane.addEventListener('click', onClick);
    return () => {
      pane.removeEventListener('mouseup', onMouseUp);
      pane.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('mousedown', onMouseDown);
      pane.removeEventListener('click', onClick);
    };
  }, [paneRef, readSelection]);

  // Scrolling the document moves the text away from the toolbar.
  useEffect(() => {
    const scroller = paneRef.current?.querySelector(SCROLLER);
    if (!pending || !scroller) return;
    const hide = () => {
      if (!toolbarRef.current?.contains(document.activeElement)) setPending(null);
    };
    scroller.addEventListener('scroll', hide, { passive: true });
    return () => scroller.removeEventListener('scroll', hide);
  }, [pending, paneRef]);

  // N puts the keyboard on the toolbar; Ctrl+Z (outside text fields) restores the last highlight deleted.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z') {
        if (useAnnotationsStore.getState().deleted.length === 0) return;
        e.preventDefault();
        void useAnnotationsStore.getState().undoLastDelete();
        return;
      }
      if (!mod && !e.altKey && (e.key === 'n' || e.key === 'N')) {
        if (!pending) readSelection();
        const select = toolbarRef.current?.querySelector('select');
        if (select) {
          e.preventDefault();
          select.focus();
        }
      }
      if (e.key === 'Escape' && pending) setPending(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pending, readSelection]);

  if (!pending) return null;

  const add = async () => {
    setSaving(true);
    lastCategory = category;
    const created = await useAnnotationsStore.getState().create({ documentId, start: pending.span.start, end: pending.span.end, category });
    setSaving(false);
    if (created) {
      setPending(null);
      window.getSelection()?.removeAllRanges();
    }
  };

  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      style={{ top: pending.top, left: pending.left }}
      data-testid="selection-toolbar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setPending(null);
        }
      }}
    >
      <label>
        <span className="visually-hidden">Category of the highlight</span>
        <select value={category} onChange={(e) => setCategory(e.target.value as AnnotationCategory)}>
          <optgroup label="Your note">
            <option value="note">Note</option>
          </optgroup>
          <optgroup label="Core categories">
            {ANNOTATION_CATEGORY_CHOICES.filter((c) => c.id !== 'note' && c.core).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Extended categories">
            {ANNOTATION_CATEGORY_CHOICES.filter((c) => !c.core).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <button type="button" className="btn btn-primary btn-small" onClick={() => void add()} disabled={saving}>
        {saving ? 'Saving…' : 'Add highlight'}
      </button>
      <button type="button" className="btn btn-quiet btn-small btn-icon" onClick={() => setPending(null)} aria-label="Cancel">
        ✕
      </button>
    </div>
  );
}
