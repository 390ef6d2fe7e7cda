/**
 * Saves of what the reviewer types (an annotation's comment, a verdict's rationale): each field is saved at most
 * DEBOUNCE_MS after the last key, in order (a later save never overtakes an earlier one of the same field), and
 * every pending save is sent at once when the field loses focus or the window is closed or reloaded — so
 * nothing typed is lost. The save functions report their own failures; this queue only schedules them.
 */

export const DEBOUNCE_MS = 300;

type Save = () => Promise<unknown>;

const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; save: Save }>();
/** The last save sent per field; the next one waits for it. */
const inFlight = new Map<string, Promise<unknown>>();

function send(key: string, save: Save): Promise<unknown> {
  const previous = inFlight.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(save);
  inFlight.set(key, next);
  const forget = () => {
    if (inFlight.get(key) === next) inFlight.delete(key);
  };
  next.then(forget, forget);
  return next;
}

/** Schedules `save` for the field `key`, replacing a save of it still waiting. */
export function scheduleSave(key: string, save: Save, delay = DEBOUNCE_MS): void {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  const timer = setTimeout(() => {
    pending.delete(key);
    void send(key, save);
  }, delay);
  pending.set(key, { timer, save });
}

/** Sends the field's waiting save now (on blur) and resolves once every save of it has been answered. */
export async function flushSave(key: string): Promise<void> {
  const waiting = pending.get(key);
  if (waiting) {
    clearTimeout(waiting.timer);
    pending.delete(key);
    void send(key, waiting.save);
  }
  await inFlight.get(key)?.catch(() => undefined);
}

/** Sends every waiting save now; resolves when all saves sent so far have been answered. */
export async function flushAllSaves(): Promise<void> {
  for (const key of [...pending.keys()]) void flushSave(key);
  await Promise.all([...inFlight.values()].map((p) => p.catch(() => undefined)));
}

/** True while the field has a save waiting or on its way (its shown value is newer than the stored one). */
export function isSavePending(key: string): boolean {
  return pending.has(key) || inFlight.has(key);
}

/** Drops a field's waiting save (the thing it edits was deleted). */
export function cancelSave(key: string): void {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  pending.delete(key);
}

// The window closing or reloading sends what is still waiting. The calls are handed to the bridge before the
// page goes (Electron's IPC delivers an invoke even if its reply finds the page gone).
if (typeof window !== 'undefined') {
  const flushOnExit = () => void flushAllSaves();
  window.addEventListener('pagehide', flushOnExit);
  window.addEventListener('beforeunload', flushOnExit);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushOnExit();
  });
}
