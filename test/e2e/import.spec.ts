import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, test } from './support/fixtures';
import { documentRows, importLine, importThroughDialog, waitForImports } from './support/library-page';
import { BAD_DIR, DOCUMENTS_DIR, FORMATS_DIR } from './support/paths';

const GOOD = [join(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'), join(FORMATS_DIR, 'llama-3.2-acceptable-use-policy.docx')];

/** Each broken file of the corpus and the plain words the reviewer must read about it. */
const BROKEN: { file: string; says: RegExp }[] = [
  { file: 'encrypted-user-password.pdf', says: /This PDF is password-protected/ },
  { file: 'scanned-image-only.pdf', says: /looks scanned.*needs OCR/ },
  { file: 'truncated.pdf', says: /This PDF is damaged or incomplete/ },
  { file: 'random-bytes.docx', says: /This Word document is damaged or incomplete/ },
  { file: 'empty.md', says: /contains no text/ },
];

test('several files at once: the good ones import, each broken one says why in plain words, none blocks another', async ({ app, desk }) => {
  // Broken files first and in between: a failure must not stop the files after it.
  const files = [join(BAD_DIR, BROKEN[0].file), GOOD[0], ...BROKEN.slice(1).map((b) => join(BAD_DIR, b.file)), GOOD[1]];
  await importThroughDialog(app, files);

  for (const good of GOOD) {
    const line = importLine(app, good.split('/').pop()!);
    await expect(line).toHaveAttribute('data-stage', 'imported');
    await expect(line.getByRole('button', { name: /^Review “/ })).toBeVisible();
  }
  for (const { file, says } of BROKEN) {
    const line = importLine(app, file);
    await expect(line).toHaveAttribute('data-stage', 'failed');
    await expect(line.getByRole('alert')).toContainText(says);
  }
  await expect(app.getByTestId('import-queue').getByRole('heading')).toContainText('Imported 2 of 7 files — 5 could not be imported');
  await expect(documentRows(app)).toHaveCount(2);
  expect(await desk.call<unknown[]>('documents-list')).toHaveLength(2);
  await screenshot(app, 'import-errors');

  // The same file again is recognised, not stored twice.
  await importThroughDialog(app, [GOOD[0]]);
  const again = app.getByTestId('import-queue').locator(`li[data-file="${GOOD[0].split('/').pop()}"][data-stage="duplicate"]`);
  await expect(again).toContainText('Already in the library as “');
  expect(await desk.call<unknown[]>('documents-list')).toHaveLength(2);
});

test('files dropped on the library import like chosen ones', async ({ app, desk }) => {
  const name = 'llama-3.1-acceptable-use-policy.md';
  const content = readFileSync(join(DOCUMENTS_DIR, name), 'utf8');
  const dataTransfer = await app.evaluateHandle(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'text/markdown' }));
      transfer.items.add(new File(['%PDF-1.7 this is not really a PDF'], 'not-really.pdf', { type: 'application/pdf' }));
      return transfer;
    },
    { name, content },
  );
  const view = app.getByTestId('library-view');
  await view.dispatchEvent('dragover', { dataTransfer });
  await expect(view).toHaveClass(/dragging/);
  await screenshot(app, 'import-drop');
  await view.dispatchEvent('drop', { dataTransfer });
  await waitForImports(app);
  await expect(importLine(app, name)).toHaveAttribute('data-stage', 'imported');
  await expect(importLine(app, 'not-really.pdf')).toHaveAttribute('data-stage', 'failed');
  await expect(importLine(app, 'not-really.pdf').getByRole('alert')).toContainText('This PDF');
  await expect(view).not.toHaveClass(/dragging/);
  const listed = await desk.call<{ sourceName: string }[]>('documents-list');
  expect(listed.map((d) => d.sourceName)).toEqual([name]);
});

test('the application menu’s Import… opens the file dialog', async ({ app }) => {
  const chooser = app.waitForEvent('filechooser', { timeout: 5_000 });
  await app.evaluate(() => window.__deskMenu?.('import'));
  const dialog = await chooser;
  expect(dialog.isMultiple()).toBe(true);
  await dialog.setFiles([join(FORMATS_DIR, 'apache-2.0.docx')]);
  await waitForImports(app);
  await expect(importLine(app, 'apache-2.0.docx')).toHaveAttribute('data-stage', 'imported');
});
