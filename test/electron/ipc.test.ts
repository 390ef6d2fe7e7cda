import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { ApiContext } from '../../src/api/context';
import { createContext } from '../../src/api/context';
import { HANDLER_NAMES } from '../../src/api/names';
import { Library } from '../../src/store/library';
import { INVOKE_CHANNEL } from '../../electron/channels';
import { MAIN_PROCESS_ONLY, createInvokeHandler, registerDeskIpc, type IpcDependencies } from '../../electron/ipc';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

const dir = mkdtempSync(join(tmpdir(), 'ld-ipc-'));
let ctx: ApiContext;
beforeAll(() => {
  ctx = createContext(Library.open(join(dir, 'library.sqlite')), 'ipc-test', () => new Date('2026-01-02T03:04:05Z'));
});
afterAll(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The session stand-in: counts how often a call reached the library. */
function deps() {
  const withContext = vi.fn((run: (c: ApiContext) => Promise<unknown>) => run(ctx));
  return { withContext: withContext as unknown as IpcDependencies['withContext'] & typeof withContext };
}
const fromApp = { senderFrame: { url: 'app://desk/index.html' } };

describe('the desk:invoke channel', () => {
  it('registers exactly one channel and removes it again', () => {
    const handle = vi.fn();
    const removeHandler = vi.fn();
    const unregister = registerDeskIpc({ handle, removeHandler }, deps());
    expect(handle).toHaveBeenCalledExactlyOnceWith(INVOKE_CHANNEL, expect.any(Function));
    unregister();
    expect(removeHandler).toHaveBeenCalledExactlyOnceWith(INVOKE_CHANNEL);
  });

  it('answers a valid call from the app window with the engine’s result', async () => {
    const d = deps();
    const invoke = createInvokeHandler(d);
    const envelope = await invoke(fromApp, 'library-info', undefined);
    expect(envelope).toMatchObject({ ok: true, value: { path: join(dir, 'library.sqlite'), reviewer: 'ipc-test' } });
    expect(d.withContext).toHaveBeenCalledOnce();
  });

  it('imports a real document sent as bytes and lists it afterwards', async () => {
    const invoke = createInvokeHandler(deps());
    const bytes = readCorpusFile(DOCUMENTS_DIR, 'llama-3-acceptable-use-policy.md');
    const imported = await invoke(fromApp, 'documents-import', { name: 'llama-3-acceptable-use-policy.md', bytes });
    expect(imported.ok).toBe(true);
    const listed = await invoke(fromApp, 'documents-list', {});
    expect(listed.ok && (listed.value as Array<{ fileName?: string; title?: string }>).length).toBe(1);
  });

  it('refuses calls from any frame that is not the app’s own page, before touching the library', async () => {
    for (const senderFrame of [{ url: 'https://example.com/' }, { url: 'file:///tmp/evil.html' }, { url: 'app://other/' }, { url: '' }, null]) {
      const d = deps();
      const envelope = await createInvokeHandler(d)({ senderFrame } as never, 'library-info', undefined);
      expect(envelope, JSON.stringify(senderFrame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_CALL' } });
      expect(d.withContext).not.toHaveBeenCalled();
    }
  });

  it('rejects unknown call names, whatever their type, before touching the library', async () => {
    for (const name of ['documents-drop', 'dispatch', '__proto__', 'constructor', 'library-info ', 42, null, undefined, { name: 'library-info' }, ['library-info']]) {
      const d = deps();
      const envelope = await createInvokeHandler(d)(fromApp, name, undefined);
      expect(envelope, String(name)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
      expect(d.withContext).not.toHaveBeenCalled();
    }
  });

  it('rejects invalid arguments with the contract’s message, and runs nothing', async () => {
    const invoke = createInvokeHandler(deps());
    const before = await invoke(fromApp, 'documents-list', {});
    const cases: Array<[string, unknown]> = [
      ['documents-get', { id: '1' }],
      ['documents-get', { id: -3 }],
      ['documents-get', { id: 1, extra: true }],
      ['documents-delete', undefined],
      ['documents-import', { name: 'x.md', bytes: 'not bytes' }],
      ['documents-import', { name: '', bytes: new Uint8Array([1]) }],
      ['documents-search', { query: 'x'.repeat(5000) }],
      ['findings-review', { findingId: 1, status: 'approved-by-page' }],
    ];
    for (const [name, arg] of cases) {
      const envelope = await invoke(fromApp, name, arg);
      expect(envelope, `${name} ${JSON.stringify(arg)}`).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(await invoke(fromApp, 'documents-list', {})).toEqual(before);
  });

  it('keeps main-process-only calls (writing a backup to a path, restoring one) out of the window’s reach', async () => {
    expect([...MAIN_PROCESS_ONLY].every((name) => (HANDLER_NAMES as readonly string[]).includes(name))).toBe(true);
    const target = join(dir, 'stolen.sqlite');
    const d = deps();
    const envelope = await createInvokeHandler(d)(fromApp, 'library-backup', { path: target });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_CALL' } });
    // Nor may it swap the library for a file of its choosing.
    expect(await createInvokeHandler(d)(fromApp, 'library-restore', { path: target })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_CALL' } });
    expect(d.withContext).not.toHaveBeenCalled();
    expect(existsSync(target)).toBe(false);
  });

  it('turns a session failure into an error envelope instead of a rejected promise', async () => {
    const invoke = createInvokeHandler({ withContext: () => Promise.reject(new Error('library closed')) });
    await expect(invoke(fromApp, 'library-info', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
