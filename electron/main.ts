/**
 * The main process: app lifecycle and wiring, nothing else. One instance per user (a second launch focuses the
 * window and imports the files it was given); the offline lockdown applied before any page loads; the library
 * opened from the user-data folder; one IPC channel to the engine's handler map.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { toWireError } from '../src/api/errors';
import type { MenuCommand } from '../src/api/client';
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './app-protocol';
import { appPaths } from './app-paths';
import { MENU_COMMAND_CHANNEL } from './channels';
import { registerDeskIpc } from './ipc';
import { importLaunchFiles, importableFilesFromArgv } from './launch-files';
import { createLibraryCommands } from './library-commands';
import { chooseLibraryPath } from './library-location';
import { LibrarySession } from './library-session';
import { createMainWindow } from './main-window';
import { electronPrintToPdf, registerMemoPdfIpc } from './memo-pdf';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { tuneV8ForEngine } from '../src/runtime/v8-flags';

tuneV8ForEngine();

const APP_NAME = 'License Desk';
const isDev = !app.isPackaged;
// The bundle runs from dist/electron; the app's root (package.json, resources/) is two folders up.
const paths = appPaths(__dirname);

let mainWindow: BrowserWindow | null = null;
let library: LibrarySession | null = null;
/** Files handed to the app before the library was open (first launch, macOS open-file before ready). */
const pendingFiles: string[] = [];

function reviewerName(): string {
  if (process.env.LICENSE_DESK_REVIEWER) return process.env.LICENSE_DESK_REVIEWER;
  try {
    return userInfo().username;
  } catch {
    return 'reviewer';
  }
}

/**
 * Commands the page needs a user activation for: Chromium opens a file chooser (Import…) only within a few
 * seconds of a user gesture in the page, and a click on the native menu is not one. Running an empty script with
 * userGesture=true gives the page that activation, so its own file dialog opens as if its button was clicked.
 */
const NEEDS_USER_ACTIVATION: ReadonlySet<MenuCommand> = new Set<MenuCommand>(['import']);

async function sendCommand(command: MenuCommand): Promise<void> {
  const win = mainWindow;
  if (!win || win.isDestroyed()) return;
  if (NEEDS_USER_ACTIVATION.has(command)) await win.webContents.executeJavaScript('void 0', true).catch(() => undefined);
  win.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function importFiles(files: string[]): Promise<void> {
  if (!library || files.length === 0) return;
  const outcomes = await library.withContext((ctx) => importLaunchFiles(ctx, files));
  sendCommand('library-changed');
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    const detail = failed.map((o) => `${o.file}\n  ${o.code}: ${o.message}`).join('\n\n');
    await dialog.showMessageBox({ type: 'warning', title: 'Import', message: `${failed.length} of ${outcomes.length} files could not be imported.`, detail });
  }
}

/** Opens the library, asking what to do if it cannot be opened (a newer version's file, not a library). */
async function openLibrary(userDataDir: string): Promise<LibrarySession | null> {
  let path = chooseLibraryPath(userDataDir);
  for (;;) {
    try {
      return new LibrarySession(path, { reviewer: reviewerName(), resourcesDir: paths.resources });
    } catch (error) {
      const wire = toWireError(error);
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: APP_NAME,
        message: 'The library could not be opened.',
        detail: `${path}\n\n${wire.message}`,
        buttons: ['Open Another Library…', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      });
      if (response !== 0) return null;
      const choice = await dialog.showOpenDialog({ title: 'Open Library', properties: ['openFile', 'promptToCreate'] });
      if (choice.canceled || !choice.filePaths[0]) return null;
      path = choice.filePaths[0];
    }
  }
}

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  hardenSession(session.defaultSession);
  handleAppProtocol(session.defaultSession.protocol, paths.renderer);

  library = await openLibrary(userDataDir);
  if (!library) {
    app.quit();
    return;
  }
  const current = library;
  registerDeskIpc(ipcMain, { withContext: (run) => current.withContext(run) });
  registerMemoPdfIpc(ipcMain, {
    withContext: (run) => current.withContext(run),
    window: () => mainWindow,
    dialog,
    documentsDir: app.getPath('documents'),
    printToPdf: electronPrintToPdf((options) => new BrowserWindow(options)),
  });

  const commands = createLibraryCommands({
    session: current,
    userDataDir,
    documentsDir: app.getPath('documents'),
    window: () => mainWindow,
    sendCommand,
    dialog,
    shell,
    appName: APP_NAME,
    versions: { app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDev, appName: APP_NAME, actions: { sendCommand, ...commands } })));

  const win = openMainWindow();
  const launchFiles = [...pendingFiles.splice(0), ...importableFilesFromArgv(process.argv.slice(1), process.cwd())];
  if (launchFiles.length > 0) win.webContents.once('did-finish-load', () => void importFiles(launchFiles));
}

function openMainWindow(): BrowserWindow {
  const win = createMainWindow({ paths, userDataDir: app.getPath('userData'), isDev, title: APP_NAME });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

app.setName(APP_NAME);
// The same folder src/store/paths.ts gives the CLI (appData + product name), so both find the same library.
// LICENSE_DESK_USER_DATA moves it (tests, portable installs).
app.setPath('userData', process.env.LICENSE_DESK_USER_DATA ?? join(app.getPath('appData'), APP_NAME));
// Every renderer sandboxed, whatever a window's preferences say; the app:// origin registered before ready.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    void importFiles(importableFilesFromArgv(argv.slice(1), workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (library) void importFiles([path]);
    else pendingFiles.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && library) openMainWindow();
  });
  app.on('will-quit', () => library?.close());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(APP_NAME, `License Desk could not start: ${toWireError(error).message}`);
      app.quit();
    });
}
