import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { BrowserWindowConstructorOptions } from 'electron';
import type { ApiContext } from '../../src/api/context';
import { createContext } from '../../src/api/context';
import { call } from '../../src/api/dispatch';
import { Library } from '../../src/store/library';
import { MEMO_PDF_CHANNEL } from '../../electron/channels';
import { PRINT_WINDOW_OPTIONS, createMemoPdfHandler, electronPrintToPdf, registerMemoPdfIpc, type MemoPdfDependencies } from '../../electron/memo-pdf';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const dir = mkdtempSync(join(tmpdir(), 'ld-memo-pdf-'));
const saveDir = join(dir, 'chosen');
let ctx: ApiContext;
let assessmentId: number;

beforeAll(async () => {
  ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'memo-pdf-test', () => new Date('2026-03-04T10:00:00Z'));
  const licence = await call(ctx, 'documents-import', { name: 'llama-3.1-community-license.txt', bytes: readCorpusFile(DOCUMENTS_DIR, 'llama-3.1-community-license.txt') });
  const assessment = await call(ctx, 'assessments-create', {
    modelName: 'Llama 3.1 8B',
    intendedUse: 'Support chatbot',
    documents: [{ documentId: licence.document.id, role: 'weights-license' }],
  });
  assessmentId = assessment.id;
  mkdirSync(saveDir);
}, 60_000);

afterAll(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

const fromApp = { senderFrame: { url: 'app://desk/index.html' } };
const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% printed memo\n%%EOF\n');

function deps(overrides: Partial<MemoPdfDependencies> & { chosen?: string | null } = {}) {
  const { chosen = join(saveDir, 'memo.pdf'), ...rest } = overrides;
  const printed: string[] = [];
  const showSaveDialog = vi.fn(async () => (chosen ? { canceled: false, filePath: chosen } : { canceled: true, filePath: undefined }));
  const d: MemoPdfDependencies = {
    withContext: (run) => run(ctx),
    window: () => null,
    dialog: { showSaveDialog } as unknown as MemoPdfDependencies['dialog'],
    documentsDir: '/home/counsel/Documents',
    printToPdf: async (html) => {
      printed.push(html);
      return FAKE_PDF;
    },
    ...rest,
  };
  return { deps: d, printed, showSaveDialog };
}

describe('PDF memos from the window', () => {
  it('registers its own channel', () => {
    const handle = vi.fn();
    registerMemoPdfIpc({ handle }, deps().deps);
    expect(handle).toHaveBeenCalledExactlyOnceWith(MEMO_PDF_CHANNEL, expect.any(Function));
  });

  it('prints the memo’s HTML and writes it where the reviewer chose', async () => {
    const { deps: d, printed, showSaveDialog } = deps();
    const outcome = await createMemoPdfHandler(d)(fromApp, { assessmentId, options: { pageSize: 'Letter', privilegedHeader: 'Privileged — draft' } });
    expect(outcome).toEqual({ ok: true, value: { saved: true, path: join(saveDir, 'memo.pdf') } });
    // The dialog offers a PDF name in the Documents folder; the page never gave a path.
    const [options] = showSaveDialog.mock.calls[0] as unknown as [{ defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.defaultPath.startsWith('/home/counsel/Documents/')).toBe(true);
    expect(options.defaultPath).toMatch(/\.pdf$/);
    expect(options.filters[0].extensions).toEqual(['pdf']);
    // What was printed is the memo: its verdict table, the chosen header and paper.
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('<table class="verdicts"');
    expect(printed[0]).toContain('Llama 3.1 8B');
    expect(printed[0]).toContain('Privileged — draft');
    expect(printed[0]).toMatch(/size:\s*Letter/i);
    expect(readFileSync(join(saveDir, 'memo.pdf'))).toEqual(Buffer.from(FAKE_PDF));
    expect(readdirSync(saveDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the reviewer cancels the dialog', async () => {
    const { deps: d, printed } = deps({ chosen: null });
    expect(await createMemoPdfHandler(d)(fromApp, { assessmentId })).toEqual({ ok: true, value: { saved: false } });
    expect(printed).toEqual([]);
  });

  it('refuses other senders and malformed requests before any dialog opens', async () => {
    const { deps: d, showSaveDialog } = deps();
    const handler = createMemoPdfHandler(d);
    expect(await handler({ senderFrame: { url: 'https://example.com/' } }, { assessmentId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_CALL' } });
    expect(await handler(fromApp, { assessmentId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await handler(fromApp, { assessmentId, options: { pageSize: 'A0' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await handler(fromApp, { assessmentId: 987654 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a print engine that produced no PDF, and leaves no file', async () => {
    const target = join(saveDir, 'broken.pdf');
    const { deps: d } = deps({ chosen: target, printToPdf: async () => new TextEncoder().encode('<html>not a pdf') });
    expect(await createMemoPdfHandler(d)(fromApp, { assessmentId })).toMatchObject({ ok: false, error: { code: 'PDF_ENGINE_FAILED' } });
    expect(existsSync(target)).toBe(false);
  });
});

describe('the Electron print engine', () => {
  function fakeWindow(printToPDF: () => Promise<Buffer>) {
    const made: { options: BrowserWindowConstructorOptions; loaded: string[]; destroyed: boolean; printOptions: unknown[] }[] = [];
    const create = (options: BrowserWindowConstructorOptions) => {
      const record = { options, loaded: [] as string[], destroyed: false, printOptions: [] as unknown[] };
      made.push(record);
      return {
        loadURL: async (url: string) => void record.loaded.push(url),
        destroy: () => void (record.destroyed = true),
        webContents: {
          printToPDF: async (o: unknown) => {
            record.printOptions.push(o);
            return printToPDF();
          },
        },
      } as unknown as ReturnType<Parameters<typeof electronPrintToPdf>[0]>;
    };
    return { made, create };
  }

  it('prints in a hidden window with no script, from the HTML itself, with the page’s own paper and margins', async () => {
    const { made, create } = fakeWindow(async () => Buffer.from(FAKE_PDF));
    const html = '<!DOCTYPE html><title>Memo – “quoted”</title><p>Größe</p>';
    const bytes = await electronPrintToPdf(create)(html);
    expect(Buffer.from(bytes)).toEqual(Buffer.from(FAKE_PDF));
    expect(made).toHaveLength(1);
    expect(made[0].options).toBe(PRINT_WINDOW_OPTIONS);
    expect(PRINT_WINDOW_OPTIONS).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    const url = made[0].loaded[0];
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(html);
    expect(made[0].printOptions).toEqual([{ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false }]);
    expect(made[0].destroyed).toBe(true);
  });

  it('closes the window when printing fails', async () => {
    const { made, create } = fakeWindow(async () => {
      throw new Error('printing failed');
    });
    await expect(electronPrintToPdf(create)('<p>x</p>')).rejects.toThrow('printing failed');
    expect(made[0].destroyed).toBe(true);
  });
});
