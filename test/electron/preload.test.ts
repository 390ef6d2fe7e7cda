import { beforeEach, describe, expect, it, vi } from 'vitest';

// The sandboxed preload sees only contextBridge and ipcRenderer; both are recorded here.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

import type { DeskBridge, MenuCommand } from '../../src/api/client';
import { HANDLER_NAMES, methodName } from '../../src/api/names';
import { INVOKE_CHANNEL, MEMO_PDF_CHANNEL, MENU_COMMANDS, MENU_COMMAND_CHANNEL } from '../../electron/channels';

async function loadPreload(): Promise<DeskBridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  return electron.contextBridge.exposeInMainWorld.mock.calls[0][1] as DeskBridge;
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.listeners.clear();
});

describe('preload', () => {
  it('exposes exactly one object, window.desk, and no Electron object', async () => {
    await loadPreload();
    const [[key, desk]] = electron.contextBridge.exposeInMainWorld.mock.calls;
    expect(key).toBe('desk');
    const values = Object.values(desk as object);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.contextBridge);
    expect(JSON.stringify(Object.keys(desk as object))).not.toMatch(/ipc|invoke|send|require|process/i);
  });

  it('has one method per handler name and the shell, nothing else', async () => {
    const desk = await loadPreload();
    const expected = [...HANDLER_NAMES.map((n) => methodName(n)), 'shell'].sort();
    expect(Object.keys(desk).sort()).toEqual(expected);
    for (const name of HANDLER_NAMES) expect(typeof (desk as unknown as Record<string, unknown>)[methodName(name)], name).toBe('function');
    expect(desk.shell.host).toBe('electron');
    expect(Object.keys(desk.shell).sort()).toEqual(['host', 'onMenuCommand', 'saveMemoPdf']);
  });

  it('asks the main process for a PDF memo on its own channel, with the request only (never a path)', async () => {
    const desk = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { saved: true, path: '/home/counsel/memo.pdf' } });
    await expect(desk.shell.saveMemoPdf!({ assessmentId: 3, options: { pageSize: 'Letter' } })).resolves.toEqual({ saved: true, path: '/home/counsel/memo.pdf' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(MEMO_PDF_CHANNEL, { assessmentId: 3, options: { pageSize: 'Letter' } });
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no assessment 9.' } });
    await expect(desk.shell.saveMemoPdf!({ assessmentId: 9 })).rejects.toEqual({ name: 'DeskError', code: 'NOT_FOUND', message: 'There is no assessment 9.', details: {} });
  });

  it('sends every call over the one channel as (name, argument) and returns the value', async () => {
    const desk = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: [{ id: 7 }] });
    await expect(desk.documentsList({ kind: 'model-license' })).resolves.toEqual([{ id: 7 }]);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(INVOKE_CHANNEL, 'documents-list', { kind: 'model-license' });

    const bytes = new Uint8Array([37, 80, 68, 70]);
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { duplicate: false } });
    await desk.documentsImport({ name: 'terms.pdf', bytes });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'documents-import', { name: 'terms.pdf', bytes });
  });

  it('rejects failed calls with a plain object that keeps the error code across the context bridge', async () => {
    const desk = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error: { code: 'ENCRYPTED', message: 'terms.pdf is password-protected.', details: { name: 'terms.pdf' } } });
    const failure = await desk.documentsImport({ name: 'terms.pdf', bytes: new Uint8Array([1]) }).catch((e: unknown) => e);
    expect(failure).toEqual({ name: 'DeskError', code: 'ENCRYPTED', message: 'terms.pdf is password-protected.', details: { name: 'terms.pdf' } });
    // Plain data: structured-clonable, so Electron copies it whole (an Error would lose code and details).
    expect(Object.getPrototypeOf(failure)).toBe(Object.prototype);
    expect(structuredClone(failure)).toEqual(failure);
  });

  it('forwards only known menu commands, without the IPC event, and unsubscribes', async () => {
    const desk = await loadPreload();
    const received: MenuCommand[] = [];
    const unsubscribe = desk.shell.onMenuCommand((command) => received.push(command));
    const [forward] = electron.listeners.get(MENU_COMMAND_CHANNEL)!;
    const event = { sender: electron.ipcRenderer, senderId: 0 };
    for (const command of MENU_COMMANDS) forward(event, command);
    forward(event, 'quit-and-wipe');
    forward(event, { command: 'find' });
    forward(event);
    expect(received).toEqual([...MENU_COMMANDS]);
    unsubscribe();
    expect(electron.listeners.get(MENU_COMMAND_CHANNEL)!.size).toBe(0);
  });
});
