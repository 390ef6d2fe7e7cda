import { useEffect, useRef, useState } from 'react';
import { useViewerStore } from '../state/viewer';

/** Find in the document's own text (Ctrl+F): hits are marked in whichever layout is showing. */
export function FindBar({ text }: { text: string }) {
  const find = useViewerStore((s) => s.find);
  const focusRequest = useViewerStore((s) => s.findFocus);
  const { setFindQuery, stepFind, closeFind } = useViewerStore.getState();
  const [draft, setDraft] = useState(find.query);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!find.open) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [find.open, focusRequest]);

  // Searching a long document on every keystroke would stutter: wait for a pause in typing.
  useEffect(() => {
    if (!find.open) return;
    const timer = setTimeout(() => setFindQuery(draft, text), 120);
    return () => clearTimeout(timer);
  }, [draft, text, find.open, setFindQuery]);

  if (!find.open) return null;
  const status = !draft.trim()
    ? ''
    : find.hits.length === 0
      ? 'No matches'
      : `${find.index + 1} of ${find.hits.length}${find.truncated ? '+' : ''}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <label className="visually-hidden" htmlFor="find-input">
        Find in document
      </label>
      <input
        id="find-input"
        ref={inputRef}
        type="search"
        value={draft}
        placeholder="Find in document"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (draft !== find.query) setFindQuery(draft, text);
            else stepFind(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            closeFind();
          }
        }}
      />
      <span className="find-status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button type="button" className="btn btn-small" onClick={() => stepFind(-1)} disabled={!find.hits.length} aria-label="Previous match">
        ↑
      </button>
      <button type="button" className="btn btn-small" onClick={() => stepFind(1)} disabled={!find.hits.length} aria-label="Next match">
        ↓
      </button>
      <button type="button" className="btn btn-small" onClick={closeFind} aria-label="Close find">
        ✕
      </button>
    </div>
  );
}
