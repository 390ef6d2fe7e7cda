import type { DeskBridge } from '../../src/api/client';

declare global {
  interface Window {
    /** The one bridge to the engine, built by the preload (or the end-to-end test harness). */
    desk?: DeskBridge;
  }
}

/** The bridge; the renderer has no other way to reach the library. */
export function desk(): DeskBridge {
  const bridge = window.desk;
  if (!bridge) throw new Error('window.desk is missing: the app was opened without its preload bridge.');
  return bridge;
}

export function hasDesk(): boolean {
  return window.desk !== undefined;
}

/** A failed call as the UI shows it: the engine's error code and its message. */
export interface CallFailure {
  code: string;
  message: string;
}

/**
 * Reads the code of a rejected bridge call. A DeskError carries `code`; an error that crossed Electron's context
 * bridge keeps only its message, so a leading "CODE:" in the message is accepted as well.
 */
export function toCallFailure(error: unknown): CallFailure {
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(error);
    if (typeof code === 'string' && code) return { code, message: text };
    const prefixed = /^(?:Error: )?([A-Z][A-Z_]+): (.*)$/s.exec(text);
    if (prefixed) return { code: prefixed[1], message: prefixed[2] };
    return { code: 'INTERNAL', message: text };
  }
  return { code: 'INTERNAL', message: String(error) };
}
