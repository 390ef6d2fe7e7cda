/** The one application window: restored size and place, the locked-down preferences, the app's own page. */
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { AppPaths } from './app-paths';
import { APP_ENTRY_URL, secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, WINDOW_STATE_FILE, fitToDisplays, loadWindowState, trackWindowState } from './window-state';

export interface MainWindowOptions {
  paths: AppPaths;
  userDataDir: string;
  isDev: boolean;
  title: string;
}

export function createMainWindow({ paths, userDataDir, isDev, title }: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataDir, WINDOW_STATE_FILE);
  const state = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(paths.preload, isDev),
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, stateFile);
  // Shown once painted, so the window never flashes empty.
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
