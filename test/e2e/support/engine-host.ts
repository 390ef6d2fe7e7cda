/**
 * The engine side of the end-to-end bridge, in its own Node process run through tsx (as the CLI runs the
 * engine from source): the same handler map and dispatch the Electron main registers, over a real SQLite
 * library file. Calls and replies cross as wire JSON text (see wire.ts), encoded once, here.
 */
import { createContext, dispatch, type ApiContext } from '../../../src/api';
import { Library } from '../../../src/store/library';
import { fromWireJson, toWireJson } from './wire';

export type HostRequest = { type: 'open'; id: number; dbPath: string; resourcesDir: string; reviewer: string } | { type: 'call'; id: number; name: string; argJson: string };
export type HostReply = { id: number; json: string } | { id: number; opened: true } | { ready: true };

let library: Library | null = null;
let ctx: ApiContext | null = null;

const send = (reply: HostReply) => process.send?.(reply);

process.on('message', async (request: HostRequest) => {
  if (request.type === 'open') {
    library?.close();
    library = Library.open(request.dbPath);
    ctx = createContext(library, request.reviewer, () => new Date(), request.resourcesDir);
    send({ id: request.id, opened: true });
    return;
  }
  const envelope = ctx
    ? await dispatch(ctx, request.name, fromWireJson(request.argJson))
    : { ok: false, error: { code: 'UNAVAILABLE', message: 'No library is open in the test engine.' } };
  send({ id: request.id, json: toWireJson(envelope) });
});

process.on('disconnect', () => {
  library?.close();
  process.exit(0);
});

send({ ready: true });
