import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, type DeskLibrary } from './support/fixtures';
import { compact, importThroughDialog, openDocument } from './support/library-page';
import { DOCUMENTS_DIR, FORMATS_DIR } from './support/paths';
import { selectDocumentText } from './support/text-selection';

interface Annotation {
  id: number;
  category: string;
  comment: string;
  tags: string[];
  author: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  page: number | null;
  boxes: unknown[];
}

interface Detail {
  document: { id: number; title: string };
  model: { text: string; blocks: { start: number; end: number; page: number | null; boxes?: { start: number; end: number }[] }[] };
  findings: { findingId: number; category: string; start: number; end: number }[];
}

const LLAMA_TEXT = join(DOCUMENTS_DIR, 'llama-3.1-community-license.txt');
const LLAMA_PDF = join(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf');

async function importOne(app: Page, desk: DeskLibrary, file: string): Promise<Detail> {
  await importThroughDialog(app, [file]);
  const list = await desk.call<{ id: number; sourceName: string }[]>('documents-list');
  const doc = list.find((d) => file.endsWith(d.sourceName));
  if (!doc) throw new Error(`No document imported from ${file}`);
  return desk.call<Detail>('documents-get', { id: doc.id });
}

const annotationsOf = (desk: DeskLibrary, documentId: number) => desk.call<Annotation[]>('annotations-list', { documentId });

/** The words a highlight covers on the page (every run carrying its id). */
async function highlightedText(app: Page, annotationId: number): Promise<string> {
  return (await app.locator(`[data-annotation-ids~="${annotationId}"]`).allTextContents()).join('');
}

test('annotations in the reading text: add, comment, tag, re-colour, delete with undo, filter; saved at once and after a reload', async ({ app, desk }) => {
  const detail = await importOne(app, desk, LLAMA_TEXT);
  const text = detail.model.text;
  await openDocument(app, detail.document.id);
  await expect(app.getByTestId('review-view')).toHaveAttribute('data-layout', 'reading');

  // Select the revenue-threshold words with the mouse and highlight them as commercial use.
  const phrase = 'greater than 700 million monthly active users in the preceding calendar month';
  const start = text.indexOf(phrase);
  expect(start, 'the threshold sentence is in the model text').toBeGreaterThan(0);
  await selectDocumentText(app, start, start + phrase.length);
  const toolbar = app.getByTestId('selection-toolbar');
  await toolbar.getByLabel('Category of the highlight').selectOption('commercial-use');
  await toolbar.getByRole('button', { name: 'Add highlight' }).click();
  await expect(toolbar).toBeHidden();

  // Stored at once, with the selectors computed by the engine: the exact words and ~32 characters either side.
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id)).length).toBe(1);
  const [stored] = await annotationsOf(desk, detail.document.id);
  expect(stored).toMatchObject({ start, end: start + phrase.length, quote: phrase, category: 'commercial-use', author: 'E2E Reviewer' });
  expect(stored.prefix).toBe(text.slice(start - 32, start));
  expect(stored.suffix).toBe(text.slice(start + phrase.length, start + phrase.length + 32));

  // Drawn on exactly those words, apart from the findings (its own class and underline), and listed with them.
  const card = app.locator(`.annotation-card[data-annotation-id="${stored.id}"]`);
  await expect(card).toBeVisible();
  expect(await highlightedText(app, stored.id)).toBe(phrase);
  await expect(app.locator(`.ann[data-annotation-ids~="${stored.id}"]`).first()).toBeVisible();
  await expect(card.locator('xpath=ancestor::section[contains(@class,"finding-group")]')).toHaveAttribute('aria-label', /Commercial use/);

  // The comment box has the keyboard; what is typed is saved without leaving the box (debounced).
  const comment = card.getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await comment.pressSequentially('Check our MAU against the 700M threshold.');
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id))[0].comment, { timeout: 5_000 }).toBe('Check our MAU against the 700M threshold.');
  await card.getByRole('textbox', { name: 'Tags' }).fill('threshold, follow-up');
  await card.getByRole('textbox', { name: 'Tags' }).blur();
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id))[0].tags).toEqual(['follow-up', 'threshold']);
  await expect(app.locator(`.ann-commented[data-annotation-ids~="${stored.id}"]`)).toHaveCount(1);

  // Re-colour: the highlight takes the new category, and the card moves to the notes group.
  await card.getByLabel('Category of this highlight').selectOption('note');
  await expect(card).toHaveAttribute('data-category', 'note');
  await expect(card.locator('xpath=ancestor::section[contains(@class,"finding-group")]')).toHaveAttribute('aria-label', 'Counsel’s notes');
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id))[0].category).toBe('note');

  // A second highlight, to have something to filter.
  const other = 'prominently display “Built with Llama”';
  const otherStart = text.indexOf(other);
  expect(otherStart).toBeGreaterThan(0);
  await selectDocumentText(app, otherStart, otherStart + other.length);
  await toolbar.getByLabel('Category of the highlight').selectOption('attribution');
  await toolbar.getByRole('button', { name: 'Add highlight' }).click();
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id)).length).toBe(2);
  const second = (await annotationsOf(desk, detail.document.id)).find((a) => a.category === 'attribution')!;
  expect(second.quote).toBe(other);
  await app.locator(`.annotation-card[data-annotation-id="${second.id}"]`).getByRole('textbox', { name: 'Comment' }).fill('Ask marketing to put it on the about page.');

  // Filters: counsel's own only; by tag; by the words of a comment.
  const filters = app.getByRole('search', { name: 'Filter findings and highlights' });
  await filters.getByLabel('Status').selectOption('own');
  await expect(app.locator('.finding-card')).toHaveCount(0);
  await expect(app.locator('.annotation-card')).toHaveCount(2);
  await filters.getByLabel('Tag').selectOption('threshold');
  await expect(app.locator('.annotation-card')).toHaveCount(1);
  await expect(app.locator('.annotation-card')).toHaveAttribute('data-annotation-id', String(stored.id));
  await filters.getByRole('button', { name: 'Show all' }).click();
  // Searching a comment's words finds the highlight (and no finding: no clause says them).
  await filters.getByRole('searchbox', { name: 'Search quotes and comments' }).fill('marketing');
  await expect(app.locator('.annotation-card')).toHaveCount(1);
  await expect(app.locator('.annotation-card')).toHaveAttribute('data-annotation-id', String(second.id));
  await expect(app.locator('.finding-card')).toHaveCount(0);
  await filters.getByRole('button', { name: 'Show all' }).click();
  await filters.getByLabel('Status').selectOption('suggested');
  await expect(app.locator('.annotation-card')).toHaveCount(0);
  await expect(app.locator('.finding-card')).toHaveCount(detail.findings.length);
  await filters.getByRole('button', { name: 'Show all' }).click();
  await expect(app.locator('.annotation-card')).toHaveCount(2);

  // Delete, then Undo from the notice: back with its comment and tags.
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(card).toHaveCount(0);
  await expect(app.locator(`[data-annotation-ids~="${stored.id}"]`)).toHaveCount(0);
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id)).map((a) => a.id)).toEqual([second.id]);
  const notice = app.getByRole('status').filter({ hasText: 'Highlight deleted' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();
  await expect(card.getByRole('textbox', { name: 'Comment' })).toHaveValue('Check our MAU against the 700M threshold.');
  expect(await highlightedText(app, stored.id)).toBe(phrase);

  // Delete again, and Ctrl+Z takes it back.
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(card).toHaveCount(0);
  await app.locator('article.reading').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('Control+z');
  await expect(card).toBeVisible();
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id)).length).toBe(2);

  // Type a comment and reload at once: the pending save is sent as the page goes.
  const typed = ' Ask the business for Q3 numbers.';
  const box = card.getByRole('textbox', { name: 'Comment' });
  await box.click();
  await box.press('End');
  await box.pressSequentially(typed, { delay: 0 });
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id)).find((a) => a.id === stored.id)?.comment).toBe(
    `Check our MAU against the 700M threshold.${typed}`,
  );
  await openDocument(app, detail.document.id);
  const reloaded = app.locator(`.annotation-card[data-annotation-id="${stored.id}"]`);
  await expect(reloaded.getByRole('textbox', { name: 'Comment' })).toHaveValue(`Check our MAU against the 700M threshold.${typed}`);
  await expect(reloaded.getByRole('textbox', { name: 'Tags' })).toHaveValue('follow-up, threshold');
  await expect(reloaded).toHaveAttribute('data-category', 'note');
  expect(await highlightedText(app, stored.id)).toBe(phrase);

  // The document's history: who did what, with before and after.
  await app.locator(`.annotation-card[data-annotation-id="${second.id}"] .finding-quote`).click();
  await screenshot(app, 'annotations-reading');
  await app.getByRole('tab', { name: 'History' }).click();
  const history = app.getByTestId('audit-panel');
  await expect(history.locator('.audit-entry[data-action="create"]')).toHaveCount(2);
  await expect(history.locator('.audit-entry[data-action="delete"]')).toHaveCount(2);
  await expect(history.locator('.audit-entry[data-action="restore"]')).toHaveCount(2);
  await expect(history).toContainText('E2E Reviewer');
  const recolour = history.locator('.audit-entry', { hasText: 'category commercial-use → note' });
  await expect(recolour).toHaveCount(1);
  await recolour.getByText('Before and after').click();
  await expect(recolour.locator('.audit-changes')).toContainText('commercial-use');
  await screenshot(app, 'annotations-history');
});

test('an annotation on the PDF text layer: the selection maps to the document offsets, with page and boxes', async ({ app, desk }) => {
  const detail = await importOne(app, desk, LLAMA_PDF);
  await openDocument(app, detail.document.id);
  await expect(app.getByTestId('review-view')).toHaveAttribute('data-layout', 'pages');
  await expect(app.locator('.pdf-page[data-page="1"] .pdf-line').first()).toBeAttached();

  // A passage inside one printed line of page 1, away from its ends.
  const line = detail.model.blocks
    .filter((b) => b.page === 1)
    .flatMap((b) => b.boxes ?? [])
    .find((box) => box.end - box.start > 50);
  expect(line, 'page 1 has a line of text').toBeTruthy();
  const raw = { start: line!.start + 8, end: line!.end - 8 };
  const text = detail.model.text;
  // The words the selection should give: whole characters, trimmed of the spaces at its ends.
  let start = raw.start;
  let end = raw.end;
  while (/\s/.test(text[start])) start++;
  while (/\s/.test(text[end - 1])) end--;

  await selectDocumentText(app, start, end);
  const toolbar = app.getByTestId('selection-toolbar');
  await toolbar.getByLabel('Category of the highlight').selectOption('note');
  await toolbar.getByRole('button', { name: 'Add highlight' }).click();
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id)).length).toBe(1);
  const [stored] = await annotationsOf(desk, detail.document.id);
  expect({ start: stored.start, end: stored.end }).toEqual({ start, end });
  expect(stored.quote).toBe(text.slice(start, end));
  expect(stored.page).toBe(1);
  expect(stored.boxes.length).toBeGreaterThan(0);

  const highlight = app.locator(`.pdf-page[data-page="1"] [data-annotation-ids~="${stored.id}"]`);
  await expect(highlight.first()).toBeVisible();
  expect(compact(await highlightedText(app, stored.id))).toBe(compact(stored.quote));
  const card = app.locator(`.annotation-card[data-annotation-id="${stored.id}"]`);
  await card.getByRole('textbox', { name: 'Comment' }).fill('Marked on the printed page.');
  await card.getByRole('textbox', { name: 'Comment' }).blur();
  await expect.poll(async () => (await annotationsOf(desk, detail.document.id))[0].comment).toBe('Marked on the printed page.');
  await screenshot(app, 'annotations-pdf');
});
