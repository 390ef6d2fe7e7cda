/**
 * The end-to-end fixtures: the built renderer served on 127.0.0.1, window.desk bridged to the same handler map
 * the Electron main registers (dispatch over a real SQLite library in a temp folder), and an offline guard in
 * every test that fails it on any request leaving the page, any CSP violation, dialog or uncaught error.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { EngineHost, type Envelope } from './engine-client';
import { BRIDGE_BUNDLE, PROJECT_ROOT, RESOURCES_DIR, SCREENSHOT_DIR } from './paths';
import { rendererDirectory, serveDirectory, type StaticServer } from './static-server';

const PARK_ABOVE_CHARS = 256 * 1024;

export interface DeskLibrary {
  /** The SQLite library file of this test. */
  path: string;
  /** The raw envelope of a call, as the page receives it. */
  dispatch(name: string, arg: unknown): Promise<Envelope>;
  /** Calls the engine directly (test set-up and checks), through the same dispatch as the page. */
  call<T = unknown>(name: string, arg?: unknown): Promise<T>;
}

export interface OfflineGuard {
  /** Requests that went (or tried to go) anywhere but the test server. */
  foreignRequests: string[];
  /** Every request the page made, local ones included (for tests that want to see the traffic). */
  allRequests: string[];
  problems: string[];
}

interface Fixtures {
  desk: DeskLibrary;
  network: OfflineGuard;
  app: Page;
}

interface WorkerFixtures {
  server: StaticServer;
  engine: EngineHost;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serveDirectory(rendererDirectory(PROJECT_ROOT));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  engine: [
    async ({}, use) => {
      const engine = await EngineHost.start();
      await use(engine);
      engine.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  desk: async ({ engine }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'license-desk-e2e-'));
    const path = join(dir, 'library.sqlite');
    await engine.open(path, RESOURCES_DIR, 'E2E Reviewer');
    const call = async <T,>(name: string, arg?: unknown): Promise<T> => {
      const envelope = await engine.dispatch(name, arg);
      if (!envelope.ok) throw new Error(`${envelope.error?.code}: ${envelope.error?.message}`);
      return envelope.value as T;
    };
    await use({ path, dispatch: (name, arg) => engine.dispatch(name, arg), call });
    rmSync(dir, { recursive: true, force: true });
  },

  network: [
    async ({ page, server }, use, testInfo) => {
      const guard: OfflineGuard = { foreignRequests: [], allRequests: [], problems: [] };
      const local = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
      page.on('request', (request) => {
        guard.allRequests.push(request.url());
        if (!local(request.url())) guard.foreignRequests.push(request.url());
      });
      // Counted above, and stopped here, so a leak in one test cannot reach the network either.
      await page.context().route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
      page.on('dialog', (dialog) => {
        guard.problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => guard.problems.push(`uncaught error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) guard.problems.push(`CSP: ${text}`);
      });
      await use(guard);
      testInfo.annotations.push({ type: 'requests', description: `${guard.allRequests.length} local, ${guard.foreignRequests.length} foreign` });
      expect(guard.foreignRequests, 'requests that left the page').toEqual([]);
      expect(guard.problems, 'dialogs, CSP violations and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page, server, engine, desk: _desk }, use) => {
    // Calls cross as wire JSON text. Playwright's binding is slow on multi-megabyte strings (a 192-page model,
    // a PDF), so a large reply is parked on the test server and the page fetches it from there (same origin).
    await page.exposeBinding('__deskInvoke', async (_source, name: string, argJson: string) => {
      const json = await engine.dispatchJson(name, argJson);
      if (json.length <= PARK_ABOVE_CHARS) return json;
      // A file's bytes are parked as bytes (no base64 on the page's side); anything else as its JSON text.
      const bytes = /^\{"ok":true,"value":\{"__bytes":"([A-Za-z0-9+/=]*)"\}\}$/.exec(json);
      if (bytes) return JSON.stringify({ __parkedBytes: server.park(Buffer.from(bytes[1], 'base64')) });
      return JSON.stringify({ __parked: server.park(json) });
    });
    await page.addInitScript({ content: readFileSync(BRIDGE_BUNDLE, 'utf8') });
    await page.goto(`${server.origin}/`);
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
    await use(page);
    // An app window: panes scroll, the page itself never does (a stray scroll hides the toolbar).
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0), 'the window itself scrolled').toBe(0);
  },
});

export { expect };

/** Saves a screenshot of the current view under test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}
