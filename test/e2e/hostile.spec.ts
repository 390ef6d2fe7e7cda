import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './support/fixtures';
import { hostileDocx } from './support/hostile-docx';
import { importLine, importThroughDialog, openDocument } from './support/library-page';
import { HOSTILE_FIXTURES } from './support/paths';

/** Elements that would run, load or navigate if imported content ever became markup. */
const ACTIVE_CONTENT = 'img, script, iframe, object, embed, link, style, svg, form, meta, base, a[href], video, audio, source';

async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), 'a script from the document ran').toBeUndefined();
  expect(await page.locator('#root').locator(ACTIVE_CONTENT).count(), 'active elements in the app').toBe(0);
}

test('hostile Markdown and Word documents run nothing and load nothing', async ({ app, desk, network }, testInfo) => {
  const docxPath = testInfo.outputPath('hostile-terms.docx');
  writeFileSync(docxPath, hostileDocx());
  const mdPath = join(HOSTILE_FIXTURES, 'hostile-licence.md');
  await importThroughDialog(app, [mdPath, docxPath]);
  await expect(importLine(app, 'hostile-licence.md')).toHaveAttribute('data-stage', 'imported');
  await expect(importLine(app, 'hostile-terms.docx')).toHaveAttribute('data-stage', 'imported');
  await expectInert(app);

  // A title with markup in it (typed by a reviewer, or taken from a document) is shown as the text it is.
  const listed = await desk.call<{ id: number; sourceName: string }[]>('documents-list');
  const hostileTitle = `<img src=x onerror="window.__pwned='title'"> <script>window.__pwned='title-script'</script>`;
  await app.locator(`tr[data-document-id="${listed[0].id}"]`).getByRole('button', { name: /^Edit details of/ }).click();
  await app.getByRole('dialog').getByLabel('Title').fill(hostileTitle);
  await app.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(app.locator(`tr[data-document-id="${listed[0].id}"] .title-button`)).toHaveText(hostileTitle);
  await expectInert(app);
  await screenshot(app, 'hostile-library');

  for (const doc of listed) {
    await openDocument(app, doc.id);
    const text = app.locator('article.reading');
    await expect(text).toBeVisible();
    await expectInert(app);
    // What would have been markup is there, as words on the page.
    if (doc.sourceName.endsWith('.md')) {
      await expect(text).toContainText('Accept the licence');
      await expect(text).toContainText('Built with Hostile');
      await screenshot(app, 'hostile-markdown');
    } else {
      await expect(text).toContainText('Click here to accept these terms');
      await expect(text).toContainText('onerror');
      await screenshot(app, 'hostile-docx');
    }
    // Clicking everything the document shows (highlights, text) navigates nowhere.
    const url = app.url();
    for (const span of await text.locator('[data-offset]').all()) await span.click({ trial: false, force: true }).catch(() => undefined);
    expect(app.url()).toBe(url);
    await expectInert(app);
    await expect(app.getByTestId('review-title')).toBeVisible();
    await app.getByRole('button', { name: '← Library' }).click();
  }

  // Search snippets are text too.
  await app.getByRole('searchbox', { name: 'Search the text of every document' }).fill('onerror');
  await expect(app.getByTestId('search-results').locator('mark').first()).toHaveText(/onerror/i);
  await expectInert(app);
  await screenshot(app, 'hostile-search');

  expect(network.foreignRequests).toEqual([]);
  expect(network.problems).toEqual([]);
});
