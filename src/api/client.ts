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

export interface DeskShell {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Where the app runs: 'electron' or 'browser-test'. */
  host: 'electron' | 'browser-test';
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
