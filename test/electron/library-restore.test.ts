/** File ▸ Restore Library from Backup…: a backup chosen in the open dialog, confirmed, restored into the open library. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { dispatch } from '../../src/api/dispatch';
import { createLibraryCommands } from '../../electron/library-commands';
import { LibrarySession } from '../../electron/library-session';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'ld-restore-menu-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function commands(session: LibrarySession, chosen: string | undefined, confirm: boolean) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: chosen === undefined, filePaths: chosen ? [chosen] : [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined })),
    // The confirmation's buttons are Restore (0) and Cancel (1); later messages are acknowledged with 0.
    showMessageBox: vi.fn(async (options: { buttons?: string[] }) => ({ response: options.buttons?.[0] === 'Restore' && !confirm ? 1 : 0, checkboxChecked: false })),
  };
  const sendCommand = vi.fn();
  const c = createLibraryCommands({
    session,
    userDataDir: join(work, 'ud'),
    documentsDir: join(work, 'documents'),
    window: () => null,
    sendCommand,
    dialog: dialog as never,
    shell: { showItemInFolder: vi.fn() },
    appName: 'License Desk',
    versions: { app: '0.1.0', electron: '41', chrome: '146', node: '24' },
  });
  return { c, dialog, sendCommand };
}

const messages = (dialog: { showMessageBox: ReturnType<typeof vi.fn> }) => dialog.showMessageBox.mock.calls.map((call) => call.at(-1) as { type: string; message: string; detail: string });
const sourceNames = (session: LibrarySession) => session.withContext(async (ctx) => ctx.library.documents.list().map((d) => d.sourceName).sort());

describe('Restore Library from Backup…', () => {
  it('asks first; restores the chosen backup into the open library and tells the window to reload', async () => {
    const session = new LibrarySession(join(work, 'library.sqlite'), { reviewer: 'r' });
    const importFile = (name: string) => session.withContext((ctx) => dispatch(ctx, 'documents-import', { name, bytes: readCorpusFile(DOCUMENTS_DIR, name) }));
    await importFile('bsd-3-clause.txt');
    const backup = join(work, 'backup.sqlite');
    await session.withContext((ctx) => dispatch(ctx, 'library-backup', { path: backup }));
    await importFile('apache-2.0.txt');

    // Cancelled at the confirmation: nothing changes.
    const cancelled = commands(session, backup, false);
    await cancelled.c.restoreLibrary();
    expect(messages(cancelled.dialog)).toEqual([expect.objectContaining({ type: 'warning', message: 'Replace everything in the library with this backup?' })]);
    expect(await sourceNames(session)).toEqual(['apache-2.0.txt', 'bsd-3-clause.txt']);
    expect(cancelled.sendCommand).not.toHaveBeenCalled();

    const confirmed = commands(session, backup, true);
    await confirmed.c.restoreLibrary();
    expect(await sourceNames(session)).toEqual(['bsd-3-clause.txt']);
    expect(confirmed.sendCommand).toHaveBeenCalledExactlyOnceWith('library-changed');
    const done = messages(confirmed.dialog).at(-1)!;
    expect(done).toMatchObject({ type: 'info', message: 'The library was restored: 1 document.' });
    expect(done.detail).toMatch(/library\.before-restore-.*\.sqlite$/);
    session.close();
  });

  it('says why a file could not be restored, and leaves the library open as it was', async () => {
    const session = new LibrarySession(join(work, 'other.sqlite'), { reviewer: 'r' });
    const { c, dialog, sendCommand } = commands(session, join(work, 'other.sqlite'), true);
    await c.restoreLibrary();
    expect(messages(dialog).at(-1)).toMatchObject({ type: 'error', message: 'The library was not restored.', detail: expect.stringMatching(/^CONFLICT: /) });
    expect(sendCommand).not.toHaveBeenCalled();
    await expect(session.withContext(async (ctx) => ctx.library.documents.list().length)).resolves.toBe(0);
    session.close();
  });
});
