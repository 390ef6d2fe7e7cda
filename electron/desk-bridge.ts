/**
 * The window.desk object the preload exposes, built over IPC. Derived from the handler names (createDeskApi), so
 * a call added to src/api appears here without edits and a renamed one cannot drift.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { createDeskApi, type DeskApi, type DeskBridge, type MemoPdfOutcome, type MemoPdfRequest, type MenuCommand, type Transport } from '../src/api/client';
import type { Envelope } from '../src/api/errors';
import { INVOKE_CHANNEL, MEMO_PDF_CHANNEL, MENU_COMMAND_CHANNEL, isMenuCommand } from './channels';

type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** What a failed call rejects with in the page. */
export interface CrossingError {
  name: 'DeskError';
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/**
 * Electron's context bridge copies a thrown Error with its message only: the code the UI explains errors by would
 * be lost. A plain object crosses whole, so failed calls reject with { name, code, message, details }.
 */
function crossable(error: unknown): CrossingError {
  const e = error as { code?: unknown; message?: unknown; details?: unknown };
  return {
    name: 'DeskError',
    code: typeof e?.code === 'string' ? e.code : 'INTERNAL',
    message: typeof e?.message === 'string' ? e.message : String(error),
    details: typeof e?.details === 'object' && e.details !== null ? (e.details as Record<string, unknown>) : {},
  };
}

export function createElectronBridge(ipc: BridgeIpc): DeskBridge {
  const transport: Transport = (name, arg) => ipc.invoke(INVOKE_CHANNEL, name, arg) as Promise<Envelope<unknown>>;
  const api = createDeskApi(transport) as unknown as Record<string, (arg: unknown) => Promise<unknown>>;
  const bridged: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const [method, call] of Object.entries(api)) {
    bridged[method] = (arg) =>
      call(arg).catch((error: unknown) => {
        throw crossable(error);
      });
  }
  return {
    ...(bridged as DeskApi),
    shell: {
      host: 'electron',
      onMenuCommand(listener: (command: MenuCommand) => void): () => void {
        // The page never sees the IPC event object (it carries the sender), only a known command.
        const forward = (_event: IpcRendererEvent, command: unknown) => {
          if (isMenuCommand(command)) listener(command);
        };
        ipc.on(MENU_COMMAND_CHANNEL, forward);
        return () => {
          ipc.removeListener(MENU_COMMAND_CHANNEL, forward);
        };
      },
      async saveMemoPdf(request: MemoPdfRequest): Promise<MemoPdfOutcome> {
        const envelope = (await ipc.invoke(MEMO_PDF_CHANNEL, request)) as Envelope<MemoPdfOutcome>;
        if (!envelope.ok) throw crossable(envelope.error);
        return envelope.value;
      },
    },
  } satisfies DeskBridge;
}
