import { expect, screenshot, test } from './support/fixtures';
import { documentRows, importLine, waitForImports } from './support/library-page';

interface ListedDocument {
  id: number;
  title: string;
  kind: string;
  family: string | null;
  versionLabel: string | null;
  effectiveDate: string | null;
  commercialUse: string | null;
  license: { name: string; match: string } | null;
}

const SAMPLE_IDS = ['llama-3.1-community-license', 'apache-2.0', 'gemma-terms-of-use-2025-03-24'];

test.describe('library', () => {
  test('an empty library imports the sample documents in one click, and the table shows what the engine found', async ({ app, desk }) => {
    await expect(app.getByTestId('empty-library')).toBeVisible();
    await screenshot(app, 'library-empty');
    await app.getByRole('button', { name: /Add the 3 sample documents/ }).click();
    await waitForImports(app);
    await expect(documentRows(app)).toHaveCount(3);
    for (const file of ['llama-3.1-community-license.pdf', 'apache-2.0.docx', 'gemma-terms-of-use-2025-03-24.txt']) {
      await expect(importLine(app, file)).toHaveAttribute('data-stage', 'imported');
    }
    const listed = await desk.call<ListedDocument[]>('documents-list');
    expect(listed).toHaveLength(3);
    for (const doc of listed) {
      const row = app.locator(`tr[data-document-id="${doc.id}"]`);
      await expect(row.getByRole('button', { name: doc.title, exact: true })).toBeVisible();
      if (doc.versionLabel) await expect(row).toContainText(doc.versionLabel);
      if (doc.effectiveDate) await expect(row.locator('.cell-date')).toContainText(doc.effectiveDate);
      if (doc.commercialUse) await expect(row.locator(`[data-commercial="${doc.commercialUse}"]`)).toBeVisible();
      if (doc.license) {
        await expect(row.getByTestId('license-cell')).toContainText(doc.license.name);
        await expect(row.locator('.tag-modified')).toHaveCount(doc.license.match === 'modified' ? 1 : 0);
      }
    }
    await screenshot(app, 'library-samples');
  });
});

test.describe('library with documents', () => {
  test.beforeEach(async ({ app, desk }) => {
    for (const id of SAMPLE_IDS) await desk.call('samples-import', { id });
    await app.reload();
    await expect(documentRows(app)).toHaveCount(3);
  });

  test('sorting and filters', async ({ app, desk }) => {
    const listed = await desk.call<ListedDocument[]>('documents-list');
    const titles = listed.map((d) => d.title);
    const titleButtons = app.getByTestId('document-table').locator('tbody .title-button');

    await app.getByRole('button', { name: 'Document', exact: true }).click();
    await expect(titleButtons).toHaveText([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await expect(app.getByRole('columnheader', { name: /Document/ })).toHaveAttribute('aria-sort', 'ascending');
    await app.getByRole('button', { name: 'Document', exact: true }).click();
    await expect(titleButtons).toHaveText([...titles].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));

    // Kind: only the open-source licence.
    await app.getByLabel('Kind', { exact: true }).selectOption('open-source-license');
    const openSource = listed.filter((d) => d.kind === 'open-source-license').map((d) => d.title);
    expect(openSource.length).toBeGreaterThan(0);
    await expect(titleButtons).toHaveText(openSource);
    await app.getByRole('button', { name: 'Clear filters' }).click();
    await expect(documentRows(app)).toHaveCount(3);

    // Family: the sample metadata gives each its family.
    await app.getByLabel('Family').selectOption('gemma');
    await expect(titleButtons).toHaveText(listed.filter((d) => d.family === 'gemma').map((d) => d.title));
    await app.getByRole('button', { name: 'Clear filters' }).click();

    // Commercial use: whatever the engine concluded for each document, the filter shows exactly those.
    for (const value of new Set(listed.map((d) => d.commercialUse).filter((v): v is string => v !== null))) {
      await app.getByLabel('Commercial use').selectOption(value);
      await expect(titleButtons).toHaveText(
        listed.filter((d) => d.commercialUse === value).map((d) => d.title).sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())),
      );
    }
    await screenshot(app, 'library-filtered');
  });

  test('full-text search marks the matched words and opens the document at the hit', async ({ app }) => {
    await app.getByRole('searchbox', { name: 'Search the text of every document' }).fill('monthly active users');
    const results = app.getByTestId('search-results');
    await expect(results.locator('.search-hit').first()).toBeVisible();
    const marks = await results.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(['monthly', 'active', 'users', 'user']).toContain(m.toLowerCase());
    // The control characters around matches never reach the page.
    expect(await results.textContent()).not.toMatch(/[\u0002\u0003]/);
    await screenshot(app, 'library-search');

    await results.locator('.search-hit').first().click();
    await expect(app.getByTestId('review-view')).toBeVisible();
    const flashed = app.locator('.flashed').first();
    await expect(flashed).toBeVisible();
    await expect(flashed).toBeInViewport();
    expect((await app.locator('.flashed').allTextContents()).join(' ').toLowerCase()).toContain('monthly active users');
  });

  test('editing a document’s details saves them in the library', async ({ app, desk }) => {
    const [first] = await desk.call<ListedDocument[]>('documents-list');
    await app.getByRole('button', { name: `Edit details of ${first.title}` }).click();
    const dialog = app.getByRole('dialog', { name: 'Document details' });
    await expect(dialog).toBeVisible();
    await screenshot(app, 'library-edit');
    await dialog.getByLabel('Title').fill('Reviewed copy of the licence');
    await dialog.getByLabel('Kind').selectOption('service-terms');
    await dialog.getByLabel('Family').fill('family-under-review');
    await dialog.getByLabel('Version label').fill('v9 draft');
    await dialog.getByLabel('Effective date').fill('2025-02-03');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    const row = app.locator(`tr[data-document-id="${first.id}"]`);
    await expect(row).toContainText('Reviewed copy of the licence');
    await expect(row).toContainText('Service terms');
    await expect(row).toContainText('v9 draft');
    await expect(row).toContainText('2025-02-03');
    const saved = (await desk.call<ListedDocument[]>('documents-list')).find((d) => d.id === first.id)!;
    expect(saved).toMatchObject({ title: 'Reviewed copy of the licence', kind: 'service-terms', family: 'family-under-review', versionLabel: 'v9 draft', effectiveDate: '2025-02-03' });

    // An empty title is refused in words, and nothing is saved.
    await app.getByRole('button', { name: 'Edit details of Reviewed copy of the licence' }).click();
    await dialog.getByLabel('Title').fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toContainText('needs a title');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(row).toContainText('Reviewed copy of the licence');
  });

  test('deleting asks first, and removes the document only when confirmed', async ({ app, desk }) => {
    const [first] = await desk.call<ListedDocument[]>('documents-list');
    await app.getByRole('button', { name: `Delete ${first.title}` }).click();
    const dialog = app.getByRole('dialog', { name: `Delete “${first.title}”?` });
    await expect(dialog).toBeVisible();
    await screenshot(app, 'library-delete');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(documentRows(app)).toHaveCount(3);
    expect(await desk.call<ListedDocument[]>('documents-list')).toHaveLength(3);

    await app.getByRole('button', { name: `Delete ${first.title}` }).click();
    await dialog.getByRole('button', { name: 'Delete document' }).click();
    await expect(documentRows(app)).toHaveCount(2);
    await expect(app.locator(`tr[data-document-id="${first.id}"]`)).toHaveCount(0);
    expect((await desk.call<ListedDocument[]>('documents-list')).map((d) => d.id)).not.toContain(first.id);
  });
});
