/**
 * The desktop app itself, launched by Playwright's _electron: the window opens on the app's own origin with the
 * bridge and nothing else, the library opens in the given folder, the page cannot reach the network or navigate
 * away, and the window's preferences are the locked-down ones. Builds first, then needs an Electron binary; on
 * machines without one (these development machines) it is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
// @ts-expect-error -- plain .mjs script without type declarations
import { findElectronBinary } from '../../scripts/start.mjs';
import { PROJECT_ROOT } from '../support/corpus';

const { binary, reason } = findElectronBinary() as { binary: string | null; reason: string | null };
const SKIP_REASON = `No Electron binary on this machine, so the desktop app cannot be launched: ${reason?.split('\n')[0]}. Install one (npm install electron with network access, or ELECTRON_OVERRIDE_DIST_PATH) to run this test.`;

// Said once, plainly, so a skipped run is not mistaken for a passing one.
if (!binary) console.log(`\n[electron smoke] SKIPPED — ${SKIP_REASON}\n`);

test.describe('the desktop app (Electron)', () => {
  test.skip(!binary, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let work: string;

  test.beforeAll(async () => {
    // The app as npm start would launch it: built from the current sources.
    const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    expect(build.status, 'npm run build').toBe(0);
    work = mkdtempSync(join(tmpdir(), 'ld-electron-smoke-'));
    mkdirSync(join(work, 'user-data'));
    app = await _electron.launch({
      executablePath: binary!,
      args: [PROJECT_ROOT],
      cwd: PROJECT_ROOT,
      env: { ...process.env, LICENSE_DESK_USER_DATA: join(work, 'user-data'), LICENSE_DESK_DB: join(work, 'library.sqlite'), LICENSE_DESK_REVIEWER: 'Smoke Test' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('opens one window on app://desk with window.desk and no Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/desk\/index\.html(#.*)?$/);
    await expect(page).toHaveTitle('License Desk');
    const globals = await page.evaluate(() => ({
      desk: typeof (window as { desk?: unknown }).desk,
      host: (window as { desk?: { shell: { host: string } } }).desk?.shell.host,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ desk: 'object', host: 'electron', require: 'undefined', process: 'undefined' });
    await page.screenshot({ path: join(PROJECT_ROOT, 'test-results', 'screenshots', 'electron-smoke.png') });
  });

  test('reaches the library over the bridge', async () => {
    const info = await page.evaluate(() => (window as unknown as { desk: { libraryInfo(arg?: unknown): Promise<{ path: string; reviewer: string }> } }).desk.libraryInfo());
    expect(info).toMatchObject({ path: join(work, 'library.sqlite'), reviewer: 'Smoke Test' });
  });

  test('cannot reach the network or navigate away', async () => {
    const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'));
    expect(fetched).toBe('blocked');
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/desk\/index\.html(#.*)?$/);
    expect(app.windows()).toHaveLength(1);
  });

  test('opens no new window and attaches no webview', async () => {
    const outcome = await page.evaluate(() => {
      const opened = window.open('https://example.com/');
      const webview = document.createElement('webview') as HTMLElement & { getWebContentsId?: unknown };
      webview.setAttribute('src', 'https://example.com/');
      document.body.append(webview);
      return { opened: opened === null, webviewIsElectronTag: typeof webview.getWebContentsId === 'function' };
    });
    expect(outcome).toEqual({ opened: true, webviewIsElectronTag: false });
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
  });
});
