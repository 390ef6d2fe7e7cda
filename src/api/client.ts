/**
 * The typed client for window.desk, built from the handler names and a transport. The preload builds it over
 * ipcRenderer, the end-to-end tests over a Playwright binding; both get the same object. No Node imports here:
 * this file is bundled into the preload and the renderer.
 */
import type { HandlerInput } from './contract';
import type { HandlerResult } from './dispatch';
import { DeskError, type Envelope } from './errors';
import { HANDLER_NAMES, methodName, type HandlerName, type MethodName } from './names';

export type DeskApi = { [N in HandlerName as MethodName<N>]: (arg: HandlerInput<N>) => Promise<HandlerResult<N>> };

/** Commands the application menu sends to the window. */
export type MenuCommand = 'import' | 'open-library' | 'library-changed' | 'backup-library' | 'find' | 'zoom-in' | 'zoom-out' | 'zoom-reset';

/** A memo to print as PDF: the assessment and the options memo-render takes for its HTML. */
export interface MemoPdfRequest {
  assessmentId: number;
  options?: HandlerInput<'memo-render'>['options'];
}

export type MemoPdfOutcome = { saved: true; path: string } | { saved: false };

export interface DeskShell {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Where the app runs: 'electron' or 'browser-test'. */
  host: 'electron' | 'browser-test';
  /**
   * Prints an assessment's memo to PDF and saves it where the reviewer chooses in a native dialog. Only the
   * desktop app has a print engine and may write files; elsewhere this is absent.
   */
  saveMemoPdf?(request: MemoPdfRequest): Promise<MemoPdfOutcome>;
}

export type DeskBridge = DeskApi & { shell: DeskShell };

export type Transport = (name: HandlerName, arg: unknown) => Promise<Envelope<unknown>>;

export function createDeskApi(transport: Transport): DeskApi {
  const api: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const name of HANDLER_NAMES) {
    api[methodName(name)] = async (arg: unknown) => {
      const envelope = await transport(name, arg);
      if (!envelope.ok) throw new DeskError(envelope.error.code, envelope.error.message, envelope.error.details ?? {});
      return envelope.value;
    };
  }
  return api as DeskApi;
}
