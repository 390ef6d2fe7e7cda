import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, screenshot, test } from './support/fixtures';
import { LLAMA_SET, importCorpus, type Assessment } from './support/assessment-setup';

test('the memo export dialog: a live preview with the verdict table that follows the options; a DOCX saved from it', async ({ app, desk }) => {
  const docs = await importCorpus(app, desk, LLAMA_SET);
  const [licence, policy, terms] = LLAMA_SET.map((f) => docs.get(f)!);
  const assessment = await desk.call<Assessment>('assessments-create', {
    modelName: 'Llama 3.1 8B',
    intendedUse: 'A customer-support chatbot',
    documents: [
      { documentId: licence.id, role: 'weights-license' },
      { documentId: policy.id, role: 'acceptable-use-policy' },
      { documentId: terms.id, role: 'service-terms' },
    ],
  });
  const text = (await desk.call<{ model: { text: string } }>('documents-get', { id: licence.id })).model.text;
  const phrase = '700 million monthly active users';
  const start = text.indexOf(phrase);
  await desk.call('annotations-create', { documentId: licence.id, start, end: start + phrase.length, category: 'commercial-use', comment: 'Our MAU is far below this.' });

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await app.getByTestId('assessment-table').getByRole('button', { name: 'Llama 3.1 8B' }).click();
  await app.getByRole('button', { name: 'Export memo…' }).click();
  const dialog = app.getByRole('dialog', { name: /Export the review memo/ });
  await expect(dialog).toBeVisible();

  // The preview is the engine's HTML memo: the verdict table with every core topic, styled (its sheet adopted).
  const frame = dialog.frameLocator('[data-testid="memo-preview"]');
  const verdicts = frame.locator('table.verdicts');
  await expect(verdicts).toBeVisible();
  for (const topic of ['Commercial use', 'Attribution', 'Output ownership', 'Acceptable use']) await expect(verdicts).toContainText(topic);
  const commercial = assessment.verdicts.find((v) => v.topic === 'commercial-use')!;
  expect(commercial.verdict).toBe('conditional');
  await expect(verdicts).toContainText('Conditional');
  await expect(frame.locator('body')).toContainText('Our MAU is far below this.');
  await expect(dialog.getByTestId('memo-preview')).toHaveAttribute('data-ready', 'true');
  expect(await frame.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily), 'the memo’s own styles apply in the preview').not.toBe(
    await app.locator('h1').first().evaluate((h) => getComputedStyle(h).fontFamily),
  );
  await expect(frame.locator('.privileged')).toHaveText(/Privileged & Confidential/i);
  await screenshot(app, 'memo-dialog');

  // Options change the preview: no executive summary, another header.
  await dialog.getByRole('checkbox', { name: /Executive summary/ }).uncheck();
  await expect(verdicts).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Privileged header' }).fill('Confidential — legal review draft');
  await expect(frame.locator('.privileged')).toHaveText(/Confidential — legal review draft/i);
  await dialog.getByRole('checkbox', { name: /Executive summary/ }).check();
  await expect(verdicts).toBeVisible();
  await dialog.getByRole('radio', { name: 'Letter' }).check();

  // PDF needs the desktop app's print engine; this window has none, and says so.
  await expect(dialog.getByRole('radio', { name: /PDF/ })).toBeDisabled();

  // DOCX: the file the engine rendered, saved as a download.
  await dialog.getByRole('radio', { name: /Word \(DOCX\)/ }).check();
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: /^Export Word/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files)).toContain('word/document.xml');
  const xml = strFromU8(files['word/document.xml']);
  expect(xml).toContain('Llama 3.1 8B');
  expect(xml).toContain('Commercial use');
  expect(xml).toContain('Our MAU is far below this.');
  const header = Object.entries(files).find(([name]) => /^word\/header\d*\.xml$/.test(name) && strFromU8(files[name]).includes('legal review draft'));
  expect(header, 'the chosen privileged header is the DOCX page header').toBeTruthy();

  // Markdown too.
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const [markdown] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: /^Export Markdown/ }).click()]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const md = readFileSync((await markdown.path())!, 'utf8');
  expect(md).toContain('Commercial use');
  expect(md).toContain('Conditional');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
