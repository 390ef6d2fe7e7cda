/**
 * Runs sandboxed in the window before the page. Exposes exactly one object, window.desk, and nothing of Electron
 * or IPC itself: the page can make the calls in the handler map and listen to menu commands, no more.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge } from '../src/api/client';
import { createElectronBridge } from './desk-bridge';

const desk = createElectronBridge(ipcRenderer) satisfies DeskBridge;

contextBridge.exposeInMainWorld('desk', desk);
