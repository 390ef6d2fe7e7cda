/**
 * The one IPC channel the window may use. Everything arriving here is untrusted: the sender must be the app's own
 * page, the call name must be in the handler map, and dispatch() validates the argument with the contract's zod
 * schema before any engine code runs. Answers are envelopes (plain data), never thrown errors, so the error code
 * survives the trip back.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiContext } from '../src/api/context';
import { dispatch, isHandlerName } from '../src/api/dispatch';
import { toWireError, type Envelope } from '../src/api/errors';
import type { HandlerName } from '../src/api/names';
import { INVOKE_CHANNEL } from './channels';
import { isAppUrl } from './security';

/**
 * Calls the window may not make. library-backup writes a file wherever its argument says, library-restore replaces
 * the library with whatever file its argument names: only the main process makes them, with a path the reviewer
 * chose in a native dialog, so a compromised page can neither write files nor swap the library.
 */
export const MAIN_PROCESS_ONLY: ReadonlySet<HandlerName> = new Set<HandlerName>(['library-backup', 'library-restore']);

export interface IpcDependencies {
  /** Runs a call against the library that is open now (library-session.ts keeps it open for the call). */
  withContext<T>(run: (ctx: ApiContext) => Promise<T>): Promise<T>;
}

/** The part of IpcMainInvokeEvent the checks read: the frame that sent the call (null once it is gone). */
type InvokeEvent = { senderFrame: Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url'> | null };

function refused(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** The frame that sent a call must be a page of the app's origin, not whatever a frame navigated to. */
export function isTrustedSender(event: InvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

export function createInvokeHandler(deps: IpcDependencies) {
  return async (event: InvokeEvent, name: unknown, arg: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) return refused('FORBIDDEN_CALL', 'Calls are accepted only from the License Desk window.');
    if (!isHandlerName(name)) return refused('UNKNOWN_CALL', `There is no call named ${JSON.stringify(name)}.`);
    if (MAIN_PROCESS_ONLY.has(name)) return refused('FORBIDDEN_CALL', `${name} is run by the application menu, not by the window.`);
    try {
      return await deps.withContext((ctx) => dispatch(ctx, name, arg));
    } catch (error) {
      // dispatch never throws; this is the session itself failing (no library open).
      return { ok: false, error: toWireError(error) };
    }
  };
}

/** Registers the channel; returns a function that removes it (tests, library switches never need it). */
export function registerDeskIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: IpcDependencies): () => void {
  const handler = createInvokeHandler(deps);
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, arg: unknown) => handler(event, name, arg));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
