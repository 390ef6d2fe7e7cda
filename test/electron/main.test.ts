/**
 * The main process wired up against a stand-in Electron (there is no Electron binary on these machines) and a
 * real library file: what happens before ready, what the window gets, what the session refuses, and the menu's
 * library commands and a second launch running end to end against SQLite.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      return (this.listeners.get(event) ?? []).map((l) => l(...args));
    }
  }
  const paths = new Map<string, string>();
  const order: string[] = [];
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: () => undefined,
    getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
    setPath: (name: string, value: string) => paths.set(name, value),
    getVersion: () => '0.1.0',
    enableSandbox: () => order.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      order.push('requestSingleInstanceLock');
      return fake.lock;
    },
    quit: () => order.push('quit'),
    whenReady: () => {
      order.push('whenReady');
      return Promise.resolve();
    },
  });
  const windows: Array<FakeWindow> = [];
  class FakeWindow extends Emitter {
    webContents = Object.assign(new Emitter(), {
      send: (...args: unknown[]) => fake.sent.push(args),
      executeJavaScript: async (code: string, userGesture?: boolean) => fake.sent.push(['executeJavaScript', code, userGesture]),
    });
    loaded: string[] = [];
    focused = 0;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
    maximize() {}
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
  }
  const session = {
    webRequest: { onBeforeRequest: (listener: Listener) => (fake.onBeforeRequest = listener) },
    setPermissionRequestHandler: (h: Listener) => (fake.permissionRequest = h),
    setPermissionCheckHandler: (h: Listener) => (fake.permissionCheck = h),
    setDevicePermissionHandler: () => undefined,
    setSpellCheckerEnabled: () => undefined,
    on: () => undefined,
    protocol: { handle: (scheme: string, handler: Listener) => fake.protocolHandlers.set(scheme, handler) },
  };
  return {
    lock: true,
    order,
    paths,
    app,
    windows,
    FakeWindow,
    session,
    sent: [] as unknown[][],
    onBeforeRequest: undefined as Listener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    protocolHandlers: new Map<string, Listener>(),
    privileged: [] as unknown[],
    ipcHandlers: new Map<string, Listener>(),
    menuTemplate: undefined as unknown,
    dialog: {
      showOpenDialog: async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] }),
      showSaveDialog: async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined }),
      showMessageBox: async (..._args: unknown[]) => ({ response: 1 }),
      showErrorBox: (...args: unknown[]) => console.error('showErrorBox', ...args),
    },
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: { template: unknown }) => (fake.menuTemplate = menu.template) },
  dialog: fake.dialog,
  ipcMain: { handle: (channel: string, h: (...args: unknown[]) => unknown) => fake.ipcHandlers.set(channel, h), removeHandler: () => undefined },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.order.push('registerSchemesAsPrivileged');
      fake.privileged.push(...schemes);
    },
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }], getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }) },
  session: { defaultSession: fake.session },
  shell: { showItemInFolder: vi.fn() },
}));

import type { MenuItemConstructorOptions } from 'electron';
import { Library } from '../../src/store/library';
import { INVOKE_CHANNEL, MEMO_PDF_CHANNEL, MENU_COMMAND_CHANNEL } from '../../electron/channels';
import { APP_ENTRY_URL } from '../../electron/security';
import { DOCUMENTS_DIR } from '../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'ld-main-'));
const userData = join(work, 'user-data');
const savedEnv = { ...process.env };
afterAll(() => {
  fake.app.emit('will-quit');
  process.env = savedEnv;
  rmSync(work, { recursive: true, force: true });
});

const fromApp = { senderFrame: { url: 'app://desk/index.html' } };
const invoke = (name: string, arg?: unknown) => fake.ipcHandlers.get(INVOKE_CHANNEL)!(fromApp, name, arg) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
const menuItem = (id: string) => {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...all((i.submenu ?? []) as MenuItemConstructorOptions[])]);
  const item = all(fake.menuTemplate as MenuItemConstructorOptions[]).find((i) => i.id === id);
  expect(item, id).toBeDefined();
  return item!;
};
const menuCommandsSent = () => fake.sent.filter(([channel]) => channel === MENU_COMMAND_CHANNEL).map(([, command]) => command);

describe('the main process', () => {
  beforeEach(() => {
    fake.sent.length = 0;
  });

  it('starts: sandbox and app:// registered before ready, single-instance lock taken, window opened on the app origin', async () => {
    delete process.env.LICENSE_DESK_DB;
    process.env.LICENSE_DESK_USER_DATA = userData;
    process.env.LICENSE_DESK_REVIEWER = 'Main Test';
    fake.paths.set('appData', join(work, 'app-data'));
    fake.paths.set('documents', join(work, 'documents'));
    await import('../../electron/main');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

    expect(fake.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.order.indexOf('whenReady'));
    expect(fake.order.indexOf('enableSandbox')).toBeLessThan(fake.order.indexOf('whenReady'));
    expect(fake.order).toContain('requestSingleInstanceLock');
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.paths.get('userData')).toBe(userData);

    const [win] = fake.windows;
    expect(win.loaded).toEqual([APP_ENTRY_URL]);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(win.options.show).toBe(false);
  });

  it('locks the session down before the window loads anything', async () => {
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      fake.onBeforeRequest!({ url, resourceType: 'image' }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(answer('https://example.com/pixel.gif')).toBe(true);
    expect(answer('ws://127.0.0.1:9222/')).toBe(true);
    expect(answer(APP_ENTRY_URL)).toBe(false);
    const callback = vi.fn();
    fake.permissionRequest!({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck!({}, 'clipboard-read', 'app://desk', {})).toBe(false);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('hardens every web contents the app creates', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
  });

  it('opens the library in the user-data folder and answers the window over the one channel (and the memo PDF request on its own)', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([INVOKE_CHANNEL, MEMO_PDF_CHANNEL].sort());
    const info = await invoke('library-info');
    expect(info).toMatchObject({ ok: true, value: { path: join(userData, 'library.sqlite'), reviewer: 'Main Test' } });
    expect(await invoke('library-backup', { path: join(work, 'from-page.sqlite') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_CALL' } });
    expect(existsSync(join(work, 'from-page.sqlite'))).toBe(false);
  });

  it('a second launch focuses the window and imports the documents it was given', async () => {
    const file = join(DOCUMENTS_DIR, 'llama-3-acceptable-use-policy.md');
    const [win] = fake.windows;
    const before = win.focused;
    fake.app.emit('second-instance', {}, ['/opt/License Desk/license-desk', '--no-sandbox', file, join(work, 'missing.pdf')], work);
    expect(win.focused).toBe(before + 1);
    await vi.waitFor(() => expect(menuCommandsSent()).toEqual(['library-changed']));
    const listed = await invoke('documents-list', {});
    expect((listed.value as unknown[]).length).toBe(1);
  });

  it('File ▸ Import… gives the page a user activation, then asks it to open its file dialog', async () => {
    await (menuItem('import').click as () => Promise<void>)();
    expect(fake.sent).toEqual([
      ['executeJavaScript', 'void 0', true],
      [MENU_COMMAND_CHANNEL, 'import'],
    ]);
    fake.sent.length = 0;
    await (menuItem('find').click as () => Promise<void>)();
    expect(fake.sent).toEqual([[MENU_COMMAND_CHANNEL, 'find']]);
  });

  it('Back Up Library… writes a complete, openable copy where the save dialog says', async () => {
    const target = join(work, 'backups', 'License Desk backup.sqlite');
    rmSync(join(work, 'backups'), { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(join(work, 'backups'), { recursive: true });
    const save = vi.spyOn(fake.dialog, 'showSaveDialog').mockResolvedValueOnce({ canceled: false, filePath: target });
    const shown = vi.spyOn(fake.dialog, 'showMessageBox');
    await (menuItem('backup-library').click as () => Promise<void>)();
    expect(save).toHaveBeenCalledOnce();
    expect(shown.mock.calls.at(-1)?.at(-1)).toMatchObject({ type: 'info', message: 'The library was backed up.' });
    const copy = Library.open(target, { readonly: true });
    try {
      expect(copy.documents.list()).toHaveLength(1);
      expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it('Open Library… switches to the chosen library, remembers it and tells the window', async () => {
    const other = join(work, 'other.sqlite');
    Library.open(other).close();
    vi.spyOn(fake.dialog, 'showOpenDialog').mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    await (menuItem('open-library').click as () => Promise<void>)();
    expect(await invoke('library-info')).toMatchObject({ ok: true, value: { path: other, documentCount: 0 } });
    expect(menuCommandsSent()).toEqual(['library-changed']);
    expect(JSON.parse(readFileSync(join(userData, 'library-location.json'), 'utf8'))).toEqual({ path: other });
  });

  it('Open Library… keeps the current library when the chosen file is not a library', async () => {
    const notLibrary = join(work, 'not-a-library.sqlite');
    (await import('node:fs')).writeFileSync(notLibrary, 'plain text, not SQLite'.repeat(100));
    vi.spyOn(fake.dialog, 'showOpenDialog').mockResolvedValueOnce({ canceled: false, filePaths: [notLibrary] });
    const shown = vi.spyOn(fake.dialog, 'showMessageBox');
    await (menuItem('open-library').click as () => Promise<void>)();
    expect(shown.mock.calls.at(-1)?.at(-1)).toMatchObject({ type: 'error' });
    expect(await invoke('library-info')).toMatchObject({ ok: true, value: { path: join(work, 'other.sqlite') } });
    expect(menuCommandsSent()).toEqual([]);
  });
});

describe('a second copy of the app', () => {
  it('quits at once when another instance holds the lock, opening nothing', async () => {
    vi.resetModules();
    fake.lock = false;
    fake.order.length = 0;
    const windowsBefore = fake.windows.length;
    await import('../../electron/main');
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.order).toContain('quit');
    expect(fake.order).not.toContain('whenReady');
    expect(fake.windows.length).toBe(windowsBefore);
  });
});
