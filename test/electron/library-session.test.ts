import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { dispatch } from '../../src/api/dispatch';
import { Library } from '../../src/store/library';
import { importLaunchFiles, importableFilesFromArgv } from '../../electron/launch-files';
import { chooseLibraryPath, defaultLibraryPath, rememberLibraryPath } from '../../electron/library-location';
import { createLibraryCommands } from '../../electron/library-commands';
import { LibrarySession } from '../../electron/library-session';
import { BAD_DIR, DOCUMENTS_DIR } from '../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'ld-session-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the open library', () => {
  it('creates the user-data folder and library on first run', async () => {
    const session = new LibrarySession(join(work, 'first-run', 'nested', 'library.sqlite'), { reviewer: 'r' });
    const info = await session.withContext((ctx) => dispatch(ctx, 'library-info', undefined));
    expect(info).toMatchObject({ ok: true, value: { documentCount: 0 } });
    session.close();
  });

  it('switching libraries never closes one under a call still running on it', async () => {
    const first = join(work, 'a.sqlite');
    const second = join(work, 'b.sqlite');
    const session = new LibrarySession(first, { reviewer: 'r' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowCall = session.withContext(async (ctx) => {
      await gate;
      // Still usable although the app has switched to another library meanwhile.
      return ctx.library.documents.list().length + (ctx.library.path === first ? 100 : 0);
    });
    session.switchTo(second);
    expect(session.path).toBe(second);
    release();
    await expect(slowCall).resolves.toBe(100);
    // Once its last call ended, the old library was closed; new calls go to the new one.
    await expect(session.withContext(async (ctx) => ctx.library.path)).resolves.toBe(second);
    session.close();
  });

  it('a library that cannot be opened leaves the current one open', async () => {
    const session = new LibrarySession(join(work, 'c.sqlite'), { reviewer: 'r' });
    const garbage = join(work, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database'.repeat(200));
    expect(() => session.switchTo(garbage)).toThrow();
    await expect(session.withContext(async (ctx) => ctx.library.documents.list().length)).resolves.toBe(0);
    session.close();
  });
});

describe('which library file', () => {
  it('LICENSE_DESK_DB, else the remembered library, else library.sqlite in user data', () => {
    const userData = join(work, 'ud');
    expect(chooseLibraryPath(userData, {})).toBe(defaultLibraryPath(userData));
    expect(chooseLibraryPath(userData, { LICENSE_DESK_DB: '/tmp/x.sqlite' })).toBe('/tmp/x.sqlite');
    const remembered = join(work, 'remembered.sqlite');
    rememberLibraryPath(userData, remembered);
    // A remembered file that is gone (deleted, on an unplugged drive) falls back to the default.
    expect(chooseLibraryPath(userData, {})).toBe(defaultLibraryPath(userData));
    Library.open(remembered).close();
    expect(chooseLibraryPath(userData, {})).toBe(remembered);
  });
});

describe('documents given on the command line', () => {
  it('picks importable files out of an Electron command line', () => {
    const argv = ['/opt/License Desk/license-desk', '--enable-features=X', '.', 'llama-3-acceptable-use-policy.md', 'missing.pdf', 'notes.xlsx', 'llama-3-acceptable-use-policy.md'];
    expect(importableFilesFromArgv(argv, DOCUMENTS_DIR)).toEqual([join(DOCUMENTS_DIR, 'llama-3-acceptable-use-policy.md')]);
  });

  it('imports each file; a broken one is reported with its code and does not stop the others', async () => {
    const session = new LibrarySession(join(work, 'launch.sqlite'), { reviewer: 'r' });
    const files = [join(BAD_DIR, 'encrypted-user-password.pdf'), join(DOCUMENTS_DIR, 'mit-license-stability-ai-2024.txt'), join(work, 'vanished.md')];
    const outcomes = await session.withContext((ctx) => importLaunchFiles(ctx, files));
    expect(outcomes.map((o) => [o.ok, o.code])).toEqual([
      [false, 'ENCRYPTED'],
      [true, undefined],
      [false, 'FILE_NOT_READABLE'],
    ]);
    expect(outcomes[0].message).toMatch(/encrypted-user-password\.pdf/);
    await expect(session.withContext(async (ctx) => ctx.library.documents.list().length)).resolves.toBe(1);
    session.close();
  });
});

describe('library commands behind native dialogs', () => {
  function commands(session: LibrarySession) {
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(work, 'no-such-folder', 'backup.sqlite') })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    };
    const shell = { showItemInFolder: vi.fn() };
    const sendCommand = vi.fn();
    const c = createLibraryCommands({
      session,
      userDataDir: join(work, 'ud2'),
      documentsDir: join(work, 'documents'),
      window: () => null,
      sendCommand,
      dialog: dialog as never,
      shell,
      appName: 'License Desk',
      versions: { app: '0.1.0', electron: '41.7.1', chrome: '146', node: '24' },
      now: () => new Date('2026-03-04T10:00:00Z'),
    });
    return { c, dialog, shell, sendCommand };
  }
  const lastMessage = (dialog: { showMessageBox: ReturnType<typeof vi.fn> }) => dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as { type: string; detail: string; message: string };

  it('a failed backup says why and leaves no file behind', async () => {
    const session = new LibrarySession(join(work, 'cmd.sqlite'), { reviewer: 'r' });
    const { c, dialog } = commands(session);
    await c.backupLibrary();
    expect((dialog.showSaveDialog.mock.calls[0] as unknown[])[0]).toMatchObject({ defaultPath: join(work, 'documents', 'License Desk backup 2026-03-04.sqlite') });
    expect(lastMessage(dialog)).toMatchObject({ type: 'error', message: 'The backup was not made.' });
    expect(lastMessage(dialog).detail).toMatch(/^[A-Z_]+: /);
    session.close();
  });

  it('cancelling Open Library… changes nothing and tells the window nothing', async () => {
    const session = new LibrarySession(join(work, 'cmd2.sqlite'), { reviewer: 'r' });
    const { c, sendCommand } = commands(session);
    await c.openLibrary();
    expect(session.path).toBe(join(work, 'cmd2.sqlite'));
    expect(sendCommand).not.toHaveBeenCalled();
    session.close();
  });

  it('Where Your Data Lives names the library file and can show it in its folder', async () => {
    const session = new LibrarySession(join(work, 'cmd3.sqlite'), { reviewer: 'r' });
    const { c, dialog, shell } = commands(session);
    await c.showDataLocation();
    expect(lastMessage(dialog).detail).toContain(join(work, 'cmd3.sqlite'));
    expect(shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(join(work, 'cmd3.sqlite'));
    await c.showAbout();
    expect(lastMessage(dialog).message).toBe('License Desk 0.1.0');
    expect(lastMessage(dialog).detail).toMatch(/no telemetry/);
    session.close();
  });
});
