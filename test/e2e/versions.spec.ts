/**
 * Versions in the app: a notice when a newer version of a document an assessment relies on is imported (the
 * changed categories, the assessment, and what to do: open the comparison, carry annotations over, dismiss);
 * carrying counsel's annotations from Llama 3 to Llama 3.1 (anchored / needs confirmation / orphans, each to
 * confirm, move or dismiss); family timelines with editable labels, and suggested groupings counsel accepts.
 */
import { join } from 'node:path';
import { expect, screenshot, test, type DeskLibrary } from './support/fixtures';
import { importThroughDialog } from './support/library-page';
import { DOCUMENTS_DIR } from './support/paths';
import { readFileSync } from 'node:fs';

interface Listed {
  id: number;
  title: string;
  sourceName: string;
  family: string | null;
  versionLabel: string | null;
  effectiveDate: string | null;
}

interface Annotation {
  id: number;
  start: number;
  end: number;
  quote: string;
  comment: string;
  anchorStatus: 'anchored' | 'needs-confirmation' | 'orphaned';
  carriedFrom: number | null;
}

interface Notice {
  id: number;
  documentId: number;
  previousDocumentId: number;
  changedCategories: string[];
  materialCategories: string[];
  assessments: { assessmentId: number; modelName: string; topics: string[] }[];
}

async function importCorpus(desk: DeskLibrary, file: string): Promise<Listed> {
  return (await desk.call<{ document: Listed }>('documents-import', { name: file, bytes: new Uint8Array(readFileSync(join(DOCUMENTS_DIR, file))) })).document;
}

async function annotate(desk: DeskLibrary, documentId: number, quote: string, comment: string): Promise<Annotation> {
  const { model } = await desk.call<{ model: { text: string } }>('documents-get', { id: documentId });
  const start = model.text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return desk.call<Annotation>('annotations-create', { documentId, start, end: start + quote.length, category: 'note', comment });
}

test('importing a newer version of a licence an assessment relies on raises a notice; annotations are carried over and checked', async ({ app, desk }) => {
  test.setTimeout(180_000);
  // Counsel reviewed Llama 3 for an assessment, with three notes on it.
  const llama3 = await importCorpus(desk, 'llama-3-community-license.txt');
  await desk.call('assessments-create', { modelName: 'Llama 3 8B', intendedUse: 'Customer support assistant', documents: [{ documentId: llama3.id, role: 'weights-license' }] });
  const unchanged = await annotate(desk, llama3.id, 'Meta may terminate this Agreement if you are in breach of any term or condition of this Agreement.', 'Termination for any breach');
  const edited = await annotate(desk, llama3.id, 'prominently display “Built with Meta Llama 3” on a related website', 'Our app must show this');
  const removed = await annotate(desk, llama3.id, 'You will not use the Llama Materials or any output or results of the Llama Materials to improve any other large language model', 'Blocks distillation');
  await app.reload();

  // Then Llama 3.1 arrives through the import dialog: the notice appears in the library.
  await importThroughDialog(app, [join(DOCUMENTS_DIR, 'llama-3.1-community-license.txt')]);
  const notice = app.getByTestId('version-notice');
  await expect(notice).toHaveCount(1);
  const [stored] = await desk.call<Notice[]>('versions-notices');
  const llama31 = (await desk.call<Listed[]>('documents-list')).find((d) => d.sourceName === 'llama-3.1-community-license.txt')!;
  expect(stored).toMatchObject({ documentId: llama31.id, previousDocumentId: llama3.id });
  await expect(notice).toContainText(llama31.title);
  await expect(notice.getByTestId('notice-assessments')).toContainText('Llama 3 8B');
  // Every changed category is listed, the material ones marked.
  for (const category of stored.changedCategories) {
    await expect(notice.locator(`[data-category="${category}"]`)).toHaveAttribute('data-material', String(stored.materialCategories.includes(category)));
  }
  expect(stored.materialCategories).toEqual(expect.arrayContaining(['attribution', 'acceptable-use']));
  await expect(app.locator('.nav-alert')).toHaveText('1');
  await screenshot(app, 'versions-notice');

  // Carry the annotations over from the notice.
  await notice.getByRole('button', { name: 'Carry annotations over' }).click();
  await expect(notice.getByTestId('notice-carry-result')).toContainText('1 anchored, 1 need confirmation, 1 orphaned');
  const carried = await desk.call<Annotation[]>('annotations-list', { documentId: llama31.id });
  const byOrigin = new Map(carried.map((a) => [a.carriedFrom, a]));
  expect(byOrigin.get(unchanged.id)?.anchorStatus).toBe('anchored');
  expect(byOrigin.get(edited.id)?.anchorStatus).toBe('needs-confirmation');
  expect(byOrigin.get(removed.id)?.anchorStatus).toBe('orphaned');

  // "Check them" opens the comparison on the carried annotations: one to confirm, one orphan, listed apart.
  await notice.getByRole('button', { name: 'Check them' }).click();
  const panel = app.getByTestId('carried-panel');
  await expect(panel).toBeVisible({ timeout: 60_000 });
  const toConfirm = panel.locator('.carried-item.needs-confirmation');
  const orphans = panel.locator('.carried-item.orphaned');
  await expect(toConfirm).toHaveCount(1);
  await expect(orphans).toHaveCount(1);
  await expect(toConfirm).toContainText('Built with Llama');
  await expect(toConfirm).toContainText('Our app must show this');
  await expect(orphans).toContainText('to improve any other large language model');
  await expect(orphans).toContainText('Blocks distillation');
  // The one to confirm is outlined in the later version, where it was placed.
  await toConfirm.getByRole('button', { name: 'Show' }).click();
  const outline = app.locator('.cmp-side-new .cmp-outline').first();
  await expect(outline).toBeInViewport();
  expect((await app.locator('.cmp-side-new .cmp-outline').allTextContents()).join('')).toContain('Built with Llama');
  await screenshot(app, 'versions-carried');
  // In a narrow window (1024×700) no label of the panel or its tabs is cut, and each tab keeps to one line.
  await app.setViewportSize({ width: 1024, height: 700 });
  for (const label of await panel.locator('.carried-counts dt').all()) expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth), await label.innerText()).toBe(true);
  for (const tab of await app.getByRole('tab').all()) {
    const lineHeight = await tab.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 20);
    expect((await tab.boundingBox())!.height, await tab.innerText()).toBeLessThan(lineHeight * 1.5 + 16);
  }
  expect(await app.getByRole('tablist').evaluate((e) => e.scrollWidth <= e.clientWidth), 'the tabs fit their column').toBe(true);
  await expect(app.getByRole('tab', { name: /^Carried \d+ to check$/ })).toBeVisible();
  await screenshot(app, 'versions-carried-narrow');
  await app.setViewportSize({ width: 1440, height: 900 });

  // Confirm it where it is; move the orphan onto a passage counsel selects in the later version.
  await toConfirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(toConfirm).toHaveCount(0);
  // The keyboard stays in the panel (the button it was on is gone), and the counts say what is left to check.
  await expect(panel.locator(':focus')).toHaveCount(1);
  await expect(panel.getByTestId('carried-needs-confirmation')).toHaveText('0');
  await expect(panel.getByTestId('carried-orphaned')).toHaveText('1');
  // Confirmed, it is no longer outlined as one to check.
  await expect(app.locator('.cmp-side-new .cmp-outline')).toHaveCount(0);
  const target = 'If you use the Llama Materials or any outputs or results of the Llama Materials to create, train, fine tune, or otherwise improve an AI model';
  await app.locator('.cmp-side-new').evaluateAll((sides, wanted) => {
    for (const side of sides) {
      const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted.slice(0, 30));
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        // The passage may be cut by word marks: end where the last piece ends.
        let end: Node = node;
        let endOffset = at;
        let remaining = wanted.length;
        for (let n: Node | null = node; n && remaining > 0; n = walker.nextNode()) {
          const available = n.textContent!.length - (n === node ? at : 0);
          end = n;
          endOffset = (n === node ? at : 0) + Math.min(available, remaining);
          remaining -= available;
        }
        range.setEnd(end, endOffset);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error('passage not found');
  }, target);
  await expect(panel.locator('.carried-selection')).toContainText(target.slice(0, 40));
  await orphans.getByRole('button', { name: 'Move to selection' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(panel.locator(':focus')).toHaveCount(1);
  await expect(panel.getByTestId('carried-orphaned')).toHaveText('0');
  const after = await desk.call<Annotation[]>('annotations-list', { documentId: llama31.id });
  const movedOrphan = after.find((a) => a.carriedFrom === removed.id)!;
  expect(movedOrphan.anchorStatus).toBe('anchored');
  expect(movedOrphan.quote).toBe(target);
  expect(after.find((a) => a.carriedFrom === edited.id)?.anchorStatus).toBe('anchored');

  // Back in the library the notice is dismissed: it is gone, and stays gone after a reload.
  await app.getByRole('button', { name: '← Library' }).click();
  await app.getByTestId('version-notice').getByRole('button', { name: 'Dismiss' }).click();
  await expect(app.getByTestId('version-notice')).toHaveCount(0);
  expect(await desk.call<Notice[]>('versions-notices')).toEqual([]);
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect(app.getByTestId('version-notice')).toHaveCount(0);
});

test('the versions view: a timeline per family in order, labels edited in place, a suggested grouping accepted', async ({ app, desk }) => {
  test.setTimeout(180_000);
  const gemma2024 = await importCorpus(desk, 'gemma-terms-of-use-2024-02-21.txt');
  const gemma2025 = await importCorpus(desk, 'gemma-terms-of-use-2025-03-24.txt');
  const glmOld = await importCorpus(desk, 'chatglm-6b-model-license-2023-05-24.txt');
  const glmNew = await importCorpus(desk, 'chatglm-6b-model-license-2023-07-08.txt');
  const listed = await desk.call<Listed[]>('documents-list');
  const family = (d: Listed) => listed.find((x) => x.id === d.id)!.family;
  expect(family(gemma2024)).not.toBeNull();
  expect(family(gemma2025)).toBe(family(gemma2024));
  // One version taken out of its family: the library suggests putting it back.
  await desk.call('documents-update', { id: glmNew.id, metadata: { family: null } });
  await app.reload();

  await app.getByRole('button', { name: 'Versions', exact: true }).click();
  const view = app.getByTestId('versions-view');
  const gemma = view.locator(`[data-family="${family(gemma2024)}"]`);
  await expect(gemma).toBeVisible();
  // Oldest first.
  await expect(gemma.locator('.timeline-entry')).toHaveCount(2);
  expect(await gemma.locator('.timeline-entry').evaluateAll((e) => e.map((x) => Number((x as HTMLElement).dataset.documentId)))).toEqual([gemma2024.id, gemma2025.id]);

  const suggestion = view.getByTestId('version-suggestions').locator(`[data-document-id="${glmNew.id}"]`);
  await expect(suggestion).toContainText(family(glmOld)!);
  await screenshot(app, 'versions-timelines');
  await suggestion.getByRole('button', { name: 'Accept' }).click();
  await expect(view.locator(`[data-family="${family(glmOld)}"] .timeline-entry`)).toHaveCount(2);
  expect((await desk.call<Listed[]>('documents-list')).find((d) => d.id === glmNew.id)!.family).toBe(family(glmOld));

  // A version label corrected through the details dialog shows on the timeline at once.
  await gemma.locator(`.timeline-entry[data-document-id="${gemma2025.id}"]`).getByRole('button', { name: /^Edit details of/ }).click();
  const dialog = app.getByRole('dialog', { name: 'Document details' });
  await dialog.getByLabel('Version label').fill('2025 (March)');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(gemma.locator(`[data-document-id="${gemma2025.id}"] [data-testid="version-label"]`)).toHaveText('2025 (March)');

  // Comparing two neighbours from the timeline opens them in order.
  await gemma.getByRole('button', { name: /^Compare / }).click();
  await expect(app.getByTestId('compare-view')).toBeVisible();
  await expect(app.getByLabel('Earlier')).toHaveValue(String(gemma2024.id));
  await expect(app.getByLabel('Later')).toHaveValue(String(gemma2025.id));
});
