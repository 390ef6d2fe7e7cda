/**
 * window.desk for the end-to-end tests, built exactly as the preload builds it (createDeskApi from src/api),
 * over a Playwright binding instead of Electron IPC. Bundled into an IIFE and added as an init script.
 */
import { createDeskApi } from '../../../src/api/client';
import type { DeskBridge, MenuCommand, Transport } from '../../../src/api/client';
import type { Envelope } from '../../../src/api/errors';
import { fromWireJson, toWireJson } from './wire';

declare global {
  interface Window {
    desk?: DeskBridge;
    /** Installed by the test fixture: runs dispatch(ctx, name, arg) in the test process. */
    __deskInvoke?: (name: string, arg: string) => Promise<string>;
    /** Lets a test play the application menu. */
    __deskMenu?: (command: MenuCommand) => void;
  }
}

const transport: Transport = async (name, arg) => {
  const invoke = window.__deskInvoke;
  if (!invoke) throw new Error('The test binding __deskInvoke is missing.');
  let reply = await invoke(name, toWireJson(arg));
  // A large reply waits on the test server (same origin) rather than crossing the binding.
  if (reply.startsWith('{"__parkedBytes":')) {
    const response = await fetch((JSON.parse(reply) as { __parkedBytes: string }).__parkedBytes);
    return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
  }
  if (reply.startsWith('{"__parked":')) reply = await (await fetch((JSON.parse(reply) as { __parked: string }).__parked)).text();
  return fromWireJson(reply) as Envelope<unknown>;
};

const listeners = new Set<(command: MenuCommand) => void>();

window.desk = Object.freeze({
  ...createDeskApi(transport),
  shell: Object.freeze({
    host: 'browser-test' as const,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  }),
}) as DeskBridge;

window.__deskMenu = (command) => listeners.forEach((listener) => listener(command));
