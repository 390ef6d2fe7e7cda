import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './support/fixtures';
import { FORMATS_DIR, PERF_PDF } from './support/paths';

/**
 * Target: the first page painted under 1 s after the reviewer chooses the document. The bound asserted here is
 * generous because these machines are shared (load averages of 10+ on two cores are common); the number is
 * printed with a 3-page PDF measured in the same run and the load average, to read it against.
 */
const FIRST_PAINT_BOUND_MS = 10_000;

/** Chooses a document in the library and returns how long until its first page was painted (the app's own measure). */
async function firstPaint(app: Page, documentId: number): Promise<number> {
  await app.reload();
  // pdf.js and its worker load while the app is idle, before any document is chosen: give them that moment.
  await app.waitForTimeout(1_500);
  await app.locator(`tr[data-document-id="${documentId}"] .title-button`).click();
  const scroll = app.getByTestId('document-scroll');
  await expect(scroll).toHaveAttribute('data-first-paint-ms', /\d+/, { timeout: 60_000 });
  return Number(await scroll.getAttribute('data-first-paint-ms'));
}

test('the 192-page PDF: first page painted quickly, and only the pages in view are drawn', async ({ app, desk }) => {
  test.setTimeout(300_000);
  const { document } = await desk.call<{ document: { id: number; pageCount: number } }>('documents-import', {
    name: 'big-agreements.pdf',
    bytes: new Uint8Array(readFileSync(PERF_PDF)),
  });
  expect(document.pageCount).toBe(192);
  const small = await desk.call<{ document: { id: number } }>('documents-import', {
    name: 'llama-3.1-community-license.pdf',
    bytes: new Uint8Array(readFileSync(join(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'))),
  });

  const baseline = await firstPaint(app, small.document.id);
  const big = await firstPaint(app, document.id);
  const milestones = await app.evaluate(() => {
    const chosen = performance.getEntriesByName('ld:document-chosen').pop()?.startTime ?? 0;
    return performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('ld:') && m.startTime >= chosen)
      .map((m) => `${m.name.slice(3)} +${Math.round(m.startTime - chosen)} ms`)
      .join(', ');
  });
  console.log(
    `[perf] big-agreements.pdf (192 pages): first page painted ${big} ms after the document was chosen (target < 1000 ms); ` +
      `a 3-page PDF in the same run: ${baseline} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
  );
  console.log(`[perf] milestones: ${milestones}`);
  test.info().annotations.push({ type: 'first-page-painted-ms', description: `${big} (3-page baseline ${baseline})` });
  expect(big).toBeLessThan(FIRST_PAINT_BOUND_MS);
  const scroll = app.getByTestId('document-scroll');
  await expect(app.locator('.pdf-page')).toHaveCount(192);

  /** Pages holding a canvas, and whether each is near the viewport (drawn or kept within a screen of it). */
  const canvasPages = () =>
    scroll.evaluate((root) => {
      const view = root.getBoundingClientRect();
      return [...root.querySelectorAll<HTMLElement>('.pdf-page')]
        .filter((p) => p.querySelector('canvas'))
        .map((p) => {
          const r = p.getBoundingClientRect();
          return { page: Number(p.dataset.page), near: r.bottom > view.top - 2 * view.height && r.top < view.bottom + 2 * view.height };
        });
    });

  let drawn = await canvasPages();
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.length, `pages with canvases: ${drawn.map((d) => d.page).join(', ')}`).toBeLessThanOrEqual(4);
  expect(drawn.every((d) => d.near)).toBe(true);
  await screenshot(app, 'review-big-pdf');
  // Then the model and the findings arrive, drawn over the pages already shown.
  await expect(app.locator('.finding-card').first()).toBeVisible({ timeout: 60_000 });
  await expect(app.locator('.pdf-page[data-page="1"] .pdf-line').first()).toBeAttached();
  await screenshot(app, 'review-big-pdf-findings');

  // Jump to page 120: it is drawn, the first pages give their canvases back.
  const pageBox = app.getByRole('textbox', { name: 'Page number' });
  await pageBox.fill('120');
  await pageBox.press('Enter');
  await expect(app.locator('.pdf-page[data-page="120"][data-painted="true"] canvas')).toHaveCount(1);
  await expect(app.locator('.pdf-page[data-page="1"] canvas')).toHaveCount(0);
  drawn = await canvasPages();
  expect(drawn.length, `pages with canvases: ${drawn.map((d) => d.page).join(', ')}`).toBeLessThanOrEqual(6);
  expect(drawn.every((d) => d.near)).toBe(true);
  expect(drawn.map((d) => d.page)).toContain(120);

  // Scrolling through many pages keeps the number of canvases bounded.
  for (let i = 0; i < 10; i++) {
    await scroll.evaluate((root) => root.scrollBy(0, root.clientHeight * 1.5));
    await app.waitForTimeout(60);
  }
  await expect.poll(async () => (await canvasPages()).every((d) => d.near)).toBe(true);
  expect((await canvasPages()).length).toBeLessThanOrEqual(6);
  await screenshot(app, 'review-big-pdf-page-120');
});
