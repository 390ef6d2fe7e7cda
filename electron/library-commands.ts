/**
 * The menu commands that run in the main process behind a native dialog: open another library, back up the
 * library, restore it from a backup, About, and where the data lives. Paths come only from these dialogs, never
 * from the page.
 */
import { join } from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import type { MenuCommand } from '../src/api/client';
import { dispatch } from '../src/api/dispatch';
import { toWireError } from '../src/api/errors';
import type { RestoreResult } from '../src/store';
import type { LibrarySession } from './library-session';
import { rememberLibraryPath } from './library-location';
import type { MenuActions } from './menu';

export interface LibraryCommandDependencies {
  session: LibrarySession;
  userDataDir: string;
  /** Where a backup is offered by default (the Documents folder). */
  documentsDir: string;
  window(): BrowserWindow | null;
  sendCommand(command: MenuCommand): void;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  appName: string;
  versions: { app: string; electron: string; chrome: string; node: string };
  now?: () => Date;
}

export const LIBRARY_FILE_FILTERS = [
  { name: 'License Desk library', extensions: ['sqlite', 'db'] },
  { name: 'All files', extensions: ['*'] },
];

export type LibraryCommands = Pick<MenuActions, 'openLibrary' | 'backupLibrary' | 'restoreLibrary' | 'showAbout' | 'showDataLocation'>;

export function createLibraryCommands(deps: LibraryCommandDependencies): LibraryCommands {
  const { dialog } = deps;
  const now = deps.now ?? (() => new Date());
  const message = (options: MessageBoxOptions) => {
    const win = deps.window();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };
  const openDialog = (options: OpenDialogOptions) => {
    const win = deps.window();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  const saveDialog = (options: SaveDialogOptions) => {
    const win = deps.window();
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  };

  return {
    async openLibrary() {
      const choice = await openDialog({ title: 'Open Library', properties: ['openFile'], filters: LIBRARY_FILE_FILTERS });
      const path = choice.canceled ? undefined : choice.filePaths[0];
      if (!path || path === deps.session.path) return;
      try {
        deps.session.switchTo(path);
      } catch (error) {
        const wire = toWireError(error);
        await message({ type: 'error', title: 'Open Library', message: 'This library could not be opened.', detail: `${wire.message}\n\nThe library you had open is still open.` });
        return;
      }
      rememberLibraryPath(deps.userDataDir, path);
      deps.sendCommand('library-changed');
    },

    async backupLibrary() {
      const stamp = now().toISOString().slice(0, 10);
      const choice = await saveDialog({
        title: 'Back Up Library',
        defaultPath: join(deps.documentsDir, `${deps.appName} backup ${stamp}.sqlite`),
        filters: LIBRARY_FILE_FILTERS.slice(0, 1),
      });
      if (choice.canceled || !choice.filePath) return;
      const envelope = await deps.session.withContext((ctx) => dispatch(ctx, 'library-backup', { path: choice.filePath }));
      if (envelope.ok) {
        await message({ type: 'info', title: 'Back Up Library', message: 'The library was backed up.', detail: `A complete copy is at:\n${choice.filePath}` });
      } else {
        await message({ type: 'error', title: 'Back Up Library', message: 'The backup was not made.', detail: `${envelope.error.code}: ${envelope.error.message}` });
      }
    },

    async restoreLibrary() {
      const choice = await openDialog({ title: 'Restore Library from Backup', properties: ['openFile'], filters: LIBRARY_FILE_FILTERS });
      const path = choice.canceled ? undefined : choice.filePaths[0];
      if (!path) return;
      const { response } = await message({
        type: 'warning',
        title: 'Restore Library',
        message: 'Replace everything in the library with this backup?',
        detail: `The library will hold what the backup holds:\n${path}\n\nThe library as it is now is kept as a file beside it first.`,
        buttons: ['Restore', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      });
      if (response !== 0) return;
      const envelope = await deps.session.withContext((ctx) => dispatch(ctx, 'library-restore', { path }));
      if (!envelope.ok) {
        await message({ type: 'error', title: 'Restore Library', message: 'The library was not restored.', detail: `${envelope.error.code}: ${envelope.error.message}` });
        return;
      }
      deps.sendCommand('library-changed');
      const { documents, previous } = envelope.value as RestoreResult;
      await message({
        type: 'info',
        title: 'Restore Library',
        message: `The library was restored: ${documents} ${documents === 1 ? 'document' : 'documents'}.`,
        detail: `The library as it was before is kept at:\n${previous}`,
      });
    },

    async showAbout() {
      const { versions } = deps;
      await message({
        type: 'info',
        title: `About ${deps.appName}`,
        message: `${deps.appName} ${versions.app}`,
        detail: [
          'Review AI model licences, acceptable use policies and AI vendors’ terms — offline.',
          '',
          'Works without a network connection: it sends nothing anywhere, has no telemetry and never updates itself.',
          '',
          `Electron ${versions.electron} · Chromium ${versions.chrome} · Node ${versions.node}`,
        ].join('\n'),
      });
    },

    async showDataLocation() {
      const libraryPath = deps.session.path;
      const { response } = await message({
        type: 'info',
        title: 'Where Your Data Lives',
        message: 'Everything stays on this computer.',
        detail: [
          `Your library (documents, findings, reviews): ${libraryPath}`,
          `App settings and window position: ${deps.userDataDir}`,
          '',
          'Back it up with File › Back Up Library…; open another with File › Open Library….',
        ].join('\n'),
        buttons: ['Show in Folder', 'OK'],
        defaultId: 1,
        cancelId: 1,
      });
      if (response === 0) deps.shell.showItemInFolder(libraryPath);
    },
  };
}
