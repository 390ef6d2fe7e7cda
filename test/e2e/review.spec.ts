import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, type DeskLibrary } from './support/fixtures';
import { compact, importThroughDialog, openDocument } from './support/library-page';
import { DOCUMENTS_DIR, FORMATS_DIR } from './support/paths';
import { pdfWords, wordRunsOf } from './support/pdf-words';

interface Finding {
  findingId: number;
  id: string;
  category: string;
  start: number;
  end: number;
  quote: string;
  page: number | null;
  status: string;
}

interface Detail {
  document: { id: number; title: string };
  model: { text: string; pages: { number: number; width: number; height: number }[] };
  findings: Finding[];
}

const LLAMA_PDF = join(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf');
const APACHE_DOCX = join(FORMATS_DIR, 'apache-2.0.docx');

/** The engine's view of the document imported from a file (found by its file name). */
async function detailOf(desk: DeskLibrary, file: string): Promise<Detail> {
  const list = await desk.call<{ id: number; sourceName: string }[]>('documents-list');
  const doc = list.find((d) => file.endsWith(d.sourceName));
  if (!doc) throw new Error(`No document imported from ${file}`);
  return desk.call<Detail>('documents-get', { id: doc.id });
}

/** The text of a finding's highlight as the page shows it (every run carrying the finding's id). */
async function highlightText(page: Page, findingId: number): Promise<string> {
  return (await page.locator(`[data-finding-ids~="${findingId}"]`).allTextContents()).join(' ');
}

/** Shows a finding as the reviewer does: its card in the sidebar. */
async function showFinding(page: Page, finding: Finding): Promise<void> {
  await page.locator(`.finding-card[data-finding-id="${finding.findingId}"] .finding-quote`).click();
  await expect(page.locator(`[data-finding-ids~="${finding.findingId}"]`).first()).toBeInViewport();
}

test('a PDF: pages drawn by pdf.js, findings highlighted on the right words, a confirmation that survives a reload', async ({ app, desk }) => {
  await importThroughDialog(app, [LLAMA_PDF]);
  let detail = await detailOf(desk, LLAMA_PDF);
  await openDocument(app, detail.document.id);
  await expect(app.getByTestId('review-view')).toHaveAttribute('data-layout', 'pages');
  await expect(app.locator('.pdf-page[data-page="1"][data-painted="true"] canvas')).toHaveCount(1);

  expect(detail.findings.length, 'the clause engine flags passages in the Llama 3.1 licence').toBeGreaterThan(0);
  await expect(app.locator('.finding-card')).toHaveCount(detail.findings.length);

  // Every finding on a page: the highlighted text is the finding's quote, and the highlight's boxes cover the
  // same words on the printed page (read back independently with pdftotext).
  const onPages = detail.findings.filter((f) => f.page !== null).slice(0, 6);
  expect(onPages.length).toBeGreaterThan(0);
  for (const finding of onPages) {
    await showFinding(app, finding);
    const shown = await highlightText(app, finding.findingId);
    expect(compact(shown), `highlight of ${finding.id}`).toBe(compact(finding.quote));

    const pageNumber = finding.page!;
    const pageElement = app.locator(`.pdf-page[data-page="${pageNumber}"]`);
    const pageBox = (await pageElement.boundingBox())!;
    const scale = pageBox.width / detail.model.pages[pageNumber - 1].width;
    const rects = await pageElement.locator(`[data-finding-ids~="${finding.findingId}"]`).evaluateAll((spans) =>
      spans.map((s) => {
        const r = s.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    );
    const inPoints = rects.map((r) => ({
      x0: (r.left - pageBox.x) / scale,
      y0: (r.top - pageBox.y) / scale,
      x1: (r.right - pageBox.x) / scale,
      y1: (r.bottom - pageBox.y) / scale,
    }));
    const covered = pdfWords(LLAMA_PDF, pageNumber).filter((w) => {
      const cx = (w.xMin + w.xMax) / 2;
      const cy = (w.yMin + w.yMax) / 2;
      return inPoints.some((r) => cx >= r.x0 - 1 && cx <= r.x1 + 1 && cy >= r.y0 - 1 && cy <= r.y1 + 1);
    });
    const printed = wordRunsOf(covered.map((w) => w.text).join(' '));
    const quoted = wordRunsOf(shown);
    const found = quoted.filter((w) => printed.includes(w)).length;
    expect(found / quoted.length, `words of ${finding.id} under its highlight on page ${pageNumber}`).toBeGreaterThan(0.9);
    expect(printed.length, `no extra words under the highlight of ${finding.id}`).toBeLessThanOrEqual(Math.ceil(quoted.length * 1.15) + 2);
  }
  await showFinding(app, onPages[0]);
  await screenshot(app, 'review-pdf');

  // Zoom redraws the pages larger (sharper, not stretched) and keeps the text layer on the printed words.
  const widthBefore = (await app.locator('.pdf-page[data-page="1"]').boundingBox())!.width;
  await app.getByRole('button', { name: 'Zoom in' }).click();
  await expect(app.getByTestId('zoom-value')).toHaveText('110 %');
  await expect.poll(async () => (await app.locator('.pdf-page[data-page="1"]').boundingBox())!.width).toBeCloseTo(widthBefore * 1.1, 0);
  const canvas = app.locator(`.pdf-page[data-page="${onPages[0].page}"] canvas`);
  await expect.poll(async () => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThanOrEqual(Math.floor(widthBefore * 1.1) - 1);
  expect(compact(await highlightText(app, onPages[0].findingId))).toBe(compact(onPages[0].quote));
  await app.getByRole('button', { name: 'Zoom out' }).click();
  await expect(app.getByTestId('zoom-value')).toHaveText('100 %');

  // The same document as reading text: the same highlights, on the same words.
  await app.getByRole('button', { name: 'Reading', exact: true }).click();
  await expect(app.getByTestId('review-view')).toHaveAttribute('data-layout', 'reading');
  for (const finding of onPages) expect(compact(await highlightText(app, finding.findingId))).toBe(compact(finding.quote));
  await screenshot(app, 'review-pdf-reading');
  await app.getByRole('button', { name: 'Pages', exact: true }).click();
  await expect(app.getByTestId('review-view')).toHaveAttribute('data-layout', 'pages');

  // Confirm one: saved at once, shown at once, still confirmed after a reload.
  const chosen = onPages[0];
  const card = app.locator(`.finding-card[data-finding-id="${chosen.findingId}"]`);
  await card.getByRole('button', { name: 'Confirm' }).click();
  await expect(card).toHaveAttribute('data-status', 'confirmed');
  await expect(app.locator(`[data-finding-ids~="${chosen.findingId}"].hl-confirmed`).first()).toBeVisible();
  await expect.poll(async () => (await detailOf(desk, LLAMA_PDF)).findings.find((f) => f.findingId === chosen.findingId)?.status).toBe('confirmed');

  await app.reload();
  await openDocument(app, detail.document.id);
  detail = await detailOf(desk, LLAMA_PDF);
  expect(detail.findings.find((f) => f.findingId === chosen.findingId)?.status).toBe('confirmed');
  const again = app.locator(`.finding-card[data-finding-id="${chosen.findingId}"]`);
  await expect(again).toHaveAttribute('data-status', 'confirmed');
  await expect(again.getByTestId('finding-status')).toHaveText('Confirmed');
  await showFinding(app, chosen);
  await expect(app.locator(`[data-finding-ids~="${chosen.findingId}"].hl-confirmed`).first()).toBeVisible();
});

test('a DOCX: structured reading text, highlights equal to the quotes, reject and re-categorise', async ({ app, desk }) => {
  await importThroughDialog(app, [APACHE_DOCX]);
  const detail = await detailOf(desk, APACHE_DOCX);
  await openDocument(app, detail.document.id);
  await expect(app.getByTestId('review-view')).toHaveAttribute('data-layout', 'reading');
  const reading = app.locator('article.reading');
  await expect(reading.locator('h2, h3, h4').first()).toBeVisible();
  // Nothing from the file becomes markup: the reading text holds only the elements the app builds.
  const tags = await reading.evaluate((el) => [...new Set([...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))]);
  for (const tag of tags) expect(['p', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'table', 'tbody', 'tr', 'td', 'th']).toContain(tag);

  expect(detail.findings.length, 'the clause engine flags passages in the Apache licence').toBeGreaterThan(0);
  for (const finding of detail.findings) {
    expect(compact(await highlightText(app, finding.findingId)), `highlight of ${finding.id}`).toBe(compact(finding.quote));
  }
  const [first, second] = detail.findings;
  await showFinding(app, first);
  await screenshot(app, 'review-docx');

  // Reject the first.
  const card = app.locator(`.finding-card[data-finding-id="${first.findingId}"]`);
  await card.getByRole('button', { name: 'Reject' }).click();
  await expect(card).toHaveAttribute('data-status', 'rejected');
  await expect(app.locator(`[data-finding-ids~="${first.findingId}"].hl-rejected`).first()).toBeVisible();

  // Move the second to another category: it moves to that group, and the library records it.
  const target = second && second.category === 'termination' ? 'governing-law' : 'termination';
  const secondCard = app.locator(`.finding-card[data-finding-id="${(second ?? first).findingId}"]`);
  await secondCard.getByLabel('Category of this finding').selectOption(target);
  await expect(app.locator(`.finding-group .finding-card[data-finding-id="${(second ?? first).findingId}"]`)).toBeVisible();
  await expect(app.locator(`[data-finding-ids~="${(second ?? first).findingId}"]`).first()).toHaveAttribute('data-category', target);
  await expect.poll(async () => (await detailOf(desk, APACHE_DOCX)).findings.find((f) => f.findingId === (second ?? first).findingId)?.category).toBe(target);
});

test('keyboard: next / previous finding, find in document, zoom; the legend hides a category', async ({ app, desk }) => {
  await importThroughDialog(app, [APACHE_DOCX]);
  const detail = await detailOf(desk, APACHE_DOCX);
  await openDocument(app, detail.document.id);
  const ordered = [...detail.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  expect(ordered.length).toBeGreaterThan(1);
  // The keys move through the findings once they are drawn (in the background after the page).
  await expect(app.locator('.finding-card').first()).toBeVisible();

  await app.keyboard.press('j');
  await expect(app.locator(`.finding-card.active`)).toHaveAttribute('data-finding-id', String(ordered[0].findingId));
  await expect(app.getByTestId('active-finding-announcement')).toContainText(`Finding 1 of ${ordered.length}`);
  await expect(app.locator(`.hl-active`).first()).toBeInViewport();
  await app.keyboard.press('j');
  await expect(app.locator(`.finding-card.active`)).toHaveAttribute('data-finding-id', String(ordered[1].findingId));
  await app.keyboard.press('Alt+ArrowUp');
  await expect(app.locator(`.finding-card.active`)).toHaveAttribute('data-finding-id', String(ordered[0].findingId));
  await app.keyboard.press('c');
  await expect(app.locator(`.finding-card[data-finding-id="${ordered[0].findingId}"]`)).toHaveAttribute('data-status', 'confirmed');

  // Find: Ctrl+F opens the bar; matches are counted from the document's own text.
  await app.keyboard.press('Control+f');
  const findInput = app.getByRole('searchbox', { name: 'Find in document' });
  await expect(findInput).toBeFocused();
  await findInput.fill('Derivative Works');
  const expected = (detail.model.text.match(/derivative\s+works/gi) ?? []).length;
  expect(expected).toBeGreaterThan(1);
  await expect(app.getByTestId('find-status')).toHaveText(`1 of ${expected}`);
  await expect(app.locator('.find-current').first()).toBeInViewport();
  await findInput.press('Enter');
  await expect(app.getByTestId('find-status')).toHaveText(`2 of ${expected}`);
  await screenshot(app, 'review-find');
  await findInput.press('Escape');
  await expect(findInput).toBeHidden();

  // Zoom with the keyboard: the reading text grows, and comes back.
  const before = await app.locator('article.reading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await app.keyboard.press('Control+=');
  await expect(app.getByTestId('zoom-value')).toHaveText('110 %');
  const after = await app.locator('article.reading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before);
  await app.keyboard.press('Control+0');
  await expect(app.getByTestId('zoom-value')).toHaveText('100 %');

  // The legend: hiding a category removes its highlights and its group, showing it brings them back.
  const category = ordered[0].category;
  const count = detail.findings.filter((f) => f.category === category).length;
  await app.locator(`.legend-chip[data-category="${category}"]`).click();
  await expect(app.locator(`.legend-chip[data-category="${category}"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(app.locator(`.hl[data-category="${category}"]`)).toHaveCount(0);
  await expect(app.locator('.finding-card')).toHaveCount(detail.findings.length - count);
  await app.locator(`.legend-chip[data-category="${category}"]`).click();
  await expect(app.locator(`.hl[data-category="${category}"]`).first()).toBeAttached();
  await expect(app.locator('.finding-card')).toHaveCount(detail.findings.length);
  expect(count).toBeGreaterThan(0);

  // The shortcuts are listed for the reviewer.
  await app.keyboard.press('?');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await screenshot(app, 'review-shortcuts');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('a modified licence: the library marks it, and the review shows its changes against the reference', async ({ app, desk }, testInfo) => {
  // The Apache License with a fee and a unilateral-change clause written in: what counsel must not miss.
  const original = readFileSync(join(DOCUMENTS_DIR, 'apache-2.0.txt'), 'utf8');
  const modified = original
    .replace(/You must give any other recipients[^\n]*/, 'You must pay the Licensor a fee of USD 10,000 per year.')
    .replace('7. Disclaimer of Warranty.', '7. Disclaimer of Warranty. The Licensor may change these terms at any time.');
  expect(modified).not.toBe(original);
  const file = testInfo.outputPath('apache-2.0-as-received.txt');
  writeFileSync(file, modified);
  await importThroughDialog(app, [file]);
  const detail = await detailOf(desk, file);
  const license = (await desk.call<{ analysis: { license: { name: string; match: string } | null } }>('documents-get', { id: detail.document.id })).analysis.license;
  expect(license, 'the licence engine identifies the modified Apache License').toMatchObject({ match: 'modified' });

  const row = app.locator(`tr[data-document-id="${detail.document.id}"]`);
  await expect(row.getByTestId('license-cell')).toContainText(license!.name);
  await expect(row.locator('.tag-modified')).toHaveText('modified');

  await openDocument(app, detail.document.id);
  const summary = app.getByTestId('summary');
  await expect(summary.getByTestId('license-name')).toHaveText(license!.name);
  await expect(summary).toContainText('Modified from the reference text');
  await summary.getByRole('button', { name: 'Show the changes' }).click();
  const diff = app.getByTestId('license-diff');
  await expect(diff.locator('ins')).not.toHaveCount(0);
  expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('fee of USD 10,000 per year');
  expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('may change these terms at any time');
  expect((await diff.locator('del').allTextContents()).join(' ')).toContain('give any other recipients');
  await screenshot(app, 'review-modified-licence');
});
