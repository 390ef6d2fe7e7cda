/** The review view's keyboard shortcuts, listed once: the handler and the help dialog both read this. */
export interface Shortcut {
  keys: string[];
  action: string;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

export const REVIEW_SHORTCUTS: Shortcut[] = [
  { keys: ['J', 'Alt+↓'], action: 'Next finding' },
  { keys: ['K', 'Alt+↑'], action: 'Previous finding' },
  { keys: ['C'], action: 'Confirm the current finding' },
  { keys: ['X'], action: 'Reject the current finding' },
  { keys: ['U'], action: 'Set the current finding back to suggested' },
  { keys: ['N'], action: 'Highlight the selected text (choose its category)' },
  { keys: [`${mod}+Z`], action: 'Undo the last highlight deleted' },
  { keys: [`${mod}+F`], action: 'Find in document' },
  { keys: ['Enter', 'Shift+Enter'], action: 'Next / previous match (in the find bar)' },
  { keys: [`${mod}+=`, `${mod}+−`, `${mod}+0`], action: 'Zoom in, out, reset' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Esc'], action: 'Close the find bar or this list' },
];

/** True when the key press belongs to a text field or a list box, not to the review view. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}
