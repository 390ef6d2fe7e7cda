/** The compare view's keys, listed once: the handler and the help dialog both read this. */
import { useEffect } from 'react';
import { isTypingTarget, type Shortcut } from '../review/shortcuts';

export const COMPARE_SHORTCUTS: Shortcut[] = [
  { keys: ['N', 'Alt+↓'], action: 'Next change' },
  { keys: ['P', 'Alt+↑'], action: 'Previous change' },
  { keys: ['R'], action: 'Switch between side by side and the redline' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

interface Actions {
  step(delta: 1 | -1): void;
  toggleLayout(): void;
  showHelp(): void;
}

/** Keyboard control of the compare view. Text fields and list boxes keep their own keys. */
export function useCompareShortcuts({ step, toggleLayout, showHelp }: Actions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || e.ctrlKey || e.metaKey) return;
      // A modal dialog (the shortcuts list, an export) has the keys while it is open.
      if (document.querySelector('dialog[open]')) return;
      if (e.altKey) {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        step(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'n' || e.key === 'N') step(1);
      else if (e.key === 'p' || e.key === 'P') step(-1);
      else if (e.key === 'r' || e.key === 'R') toggleLayout();
      else if (e.key === '?') showHelp();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, toggleLayout, showHelp]);
}
