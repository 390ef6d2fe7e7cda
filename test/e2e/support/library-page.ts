/** Small steps the library tests share, written as a reviewer would do them. */
import { expect, type Locator, type Page } from '@playwright/test';

export function documentRows(page: Page): Locator {
  return page.getByTestId('document-table').locator('tbody tr');
}

export function importLine(page: Page, fileName: string): Locator {
  return page.getByTestId('import-queue').locator(`li[data-file="${fileName}"]`);
}

/** Waits until every line of the import queue has an outcome. */
export async function waitForImports(page: Page, timeout = 120_000): Promise<void> {
  await expect(page.getByTestId('import-queue').locator('li[data-stage="queued"], li[data-stage="reading"], li[data-stage="importing"]')).toHaveCount(0, {
    timeout,
  });
}

/** Imports files through the library's file dialog (the hidden <input type=file multiple>). */
export async function importThroughDialog(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(paths);
  await waitForImports(page);
}

/** Opens a document from the library table, as the reviewer does: by its title in its row. */
export async function openDocument(page: Page, documentId: number): Promise<void> {
  await page.locator(`tr[data-document-id="${documentId}"] .title-button`).click();
  await expect(page.getByTestId('review-view')).toBeVisible();
}

/** Text compared without whitespace: PDF lines, block separators and wrapping do not change the words. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
