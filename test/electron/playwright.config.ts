import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test (`npx playwright test -c test/electron/playwright.config.ts`): launches the built app
 * with Playwright's _electron where an Electron binary exists; reports itself skipped, with the reason, where
 * not. Separate from the renderer's Chromium end-to-end suite (playwright.config.ts), which needs no Electron.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
});
