/**
 * The application menu as a template (data), so its items and what they do can be checked without Electron.
 * Document-level commands (import, find, zoom) go to the page as MenuCommand events; library-level ones (open,
 * back up) and Help run in the main process with native dialogs (library-commands.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/api/client';

export interface MenuActions {
  sendCommand(command: MenuCommand): void;
  openLibrary(): void;
  backupLibrary(): void;
  restoreLibrary(): void;
  showAbout(): void;
  showDataLocation(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development run (not packaged): adds Reload and Developer Tools. */
  isDev: boolean;
  appName: string;
  actions: MenuActions;
}

export function buildMenuTemplate({ platform, isDev, appName, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.sendCommand(command);

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { id: 'about', label: `About ${appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import') },
      { type: 'separator' },
      { id: 'open-library', label: 'Open Library…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openLibrary() },
      { id: 'backup-library', label: 'Back Up Library…', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backupLibrary() },
      { id: 'restore-library', label: 'Restore Library from Backup…', click: () => actions.restoreLibrary() },
      { type: 'separator' },
      mac ? { role: 'close' } : { id: 'quit', role: 'quit', label: 'Quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { id: 'find', label: 'Find in Document…', accelerator: 'CmdOrCtrl+F', click: send('find') },
      { type: 'separator' },
      { id: 'zoom-in', label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
      // The same command on the keypad / shifted "+"; hidden so the menu shows one Zoom In.
      { id: 'zoom-in-plus', label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus', click: send('zoom-in'), visible: false, acceleratorWorksWhenHidden: true },
      { id: 'zoom-out', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
      { id: 'zoom-reset', label: 'Actual Size', accelerator: 'CmdOrCtrl+0', click: send('zoom-reset') },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev
        ? ([{ type: 'separator' }, { id: 'reload', role: 'reload' }, { id: 'toggle-devtools', role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      ...(mac ? [] : ([{ id: 'about', label: `About ${appName}`, click: () => actions.showAbout() }] satisfies MenuItemConstructorOptions[])),
      { id: 'data-location', label: 'Where Your Data Lives', click: () => actions.showDataLocation() },
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []), helpMenu];
}
