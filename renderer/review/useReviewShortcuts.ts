import { useEffect } from 'react';
import { useViewerStore } from '../state/viewer';
import { isTypingTarget } from './shortcuts';

interface Actions {
  step(delta: 1 | -1): void;
  decide(status: 'confirmed' | 'rejected' | 'suggested'): void;
  showHelp(): void;
}

/** Keyboard control of the review view (listed in shortcuts.ts). Text fields keep their own keys. */
export function useReviewShortcuts({ step, decide, showHelp }: Actions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const viewer = useViewerStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === 'f') viewer.openFind();
        else if (key === '=' || key === '+') viewer.zoomIn();
        else if (key === '-' || key === '_') viewer.zoomOut();
        else if (key === '0') viewer.resetZoom();
        else return;
        e.preventDefault();
        return;
      }
      if (isTypingTarget(e.target)) return;
      if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        step(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if (mod || e.altKey) return;
      switch (e.key) {
        case 'j':
        case 'J':
          step(1);
          break;
        case 'k':
        case 'K':
          step(-1);
          break;
        case 'c':
        case 'C':
          decide('confirmed');
          break;
        case 'x':
        case 'X':
          decide('rejected');
          break;
        case 'u':
        case 'U':
          decide('suggested');
          break;
        case '?':
          showHelp();
          break;
        case 'Escape':
          if (viewer.find.open) viewer.closeFind();
          else return;
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, decide, showHelp]);
}
