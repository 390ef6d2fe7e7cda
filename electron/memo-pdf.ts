/**
 * Review memos as PDF. The page asks for an assessment's memo; the main process renders it as print-ready HTML
 * (memo-render, the same handler the CLI and the preview use), asks the reviewer where to save it in a native
 * dialog, prints the HTML in a hidden window with JavaScript off, and writes the file. The page never names a
 * path and never holds a print engine: the path comes only from the dialog, as for library backups.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, IpcMain, SaveDialogOptions } from 'electron';
import type { MemoPdfOutcome } from '../src/api/client';
import type { ApiContext } from '../src/api/context';
import { dispatch } from '../src/api/dispatch';
import { toWireError, type Envelope } from '../src/api/errors';
import type { RenderedMemo } from '../src/api/handlers/memo';
import { MEMO_PDF_CHANNEL } from './channels';
import { isTrustedSender } from './ipc';

export interface MemoPdfDependencies {
  withContext<T>(run: (ctx: ApiContext) => Promise<T>): Promise<T>;
  window(): BrowserWindow | null;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** Where the save dialog starts (the Documents folder). */
  documentsDir: string;
  printToPdf(html: string): Promise<Uint8Array>;
}

type InvokeEvent = Parameters<typeof isTrustedSender>[0];

function refused(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** The file written under a temporary name first, so an interrupted export never leaves half a PDF. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Answers the page's request; every failure is an envelope with the engine's code (INVALID_ARGUMENT, NOT_FOUND…). */
export function createMemoPdfHandler(deps: MemoPdfDependencies) {
  return async (event: InvokeEvent, request: unknown): Promise<Envelope<MemoPdfOutcome>> => {
    if (!isTrustedSender(event)) return refused('FORBIDDEN_CALL', 'Calls are accepted only from the License Desk window.');
    const { assessmentId, options } = (request ?? {}) as { assessmentId?: unknown; options?: unknown };
    try {
      // memo-render validates the request with its contract, as for any call from the window.
      const rendered = await deps.withContext((ctx) => dispatch(ctx, 'memo-render', { assessmentId, format: 'html', options }));
      if (!rendered.ok) return rendered;
      const memo = rendered.value as RenderedMemo;
      const dialogOptions: SaveDialogOptions = {
        title: 'Export Memo as PDF',
        defaultPath: join(deps.documentsDir, memo.fileName.replace(/\.html?$/i, '') + '.pdf'),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      };
      const win = deps.window();
      const choice = win ? await deps.dialog.showSaveDialog(win, dialogOptions) : await deps.dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
      const bytes = await deps.printToPdf(memo.content as string);
      if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') {
        return refused('PDF_ENGINE_FAILED', 'The print engine did not produce a PDF.');
      }
      await writeAtomically(choice.filePath, bytes);
      return { ok: true, value: { saved: true, path: choice.filePath } };
    } catch (error) {
      return { ok: false, error: toWireError(error) };
    }
  };
}

export function registerMemoPdfIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: MemoPdfDependencies): void {
  const handler = createMemoPdfHandler(deps);
  ipcMain.handle(MEMO_PDF_CHANNEL, (event, request: unknown) => handler(event, request));
}

/** The hidden window a memo is printed in: no script, no Node, sandboxed, never shown. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webviewTag: false,
    spellcheck: false,
    images: false,
  },
};

type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy'> & { webContents: Pick<BrowserWindow['webContents'], 'printToPDF'> };

/**
 * Electron's print engine: the memo's HTML loaded as a data: URL (the session's lockdown lets nothing else load;
 * the page carries its own CSP), printed with its own @page size, margins, header and page numbers.
 */
export function electronPrintToPdf(createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const win = createWindow(PRINT_WINDOW_OPTIONS);
    try {
      await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  };
}
