import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './support/fixtures';
import { goldLabel, importCorpus, type Assessment } from './support/assessment-setup';

interface MatrixRow {
  documentId: number;
  title: string;
  commercialUse: string | null;
  attributionRequired: boolean | null;
  outputOwnership: string | null;
  acceptableUse: string | null;
  mauThreshold: number | null;
  license: { name: string } | null;
}

/** Documents whose answers are clear in the gold labels: a non-commercial, a permissive and a conditional licence. */
const CLEAR = ['cc-by-nc-4.0-legalcode.txt', 'apache-2.0.txt', 'llama-3.1-community-license.txt'];
const FILES = [...CLEAR, 'llama-3.1-acceptable-use-policy.md'];

/** A CSV line split into cells (RFC 4180: quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

test('the licence matrix: the engine’s verdicts for known documents, colour-coded, sorted, filtered, exported to CSV', async ({ app, desk }) => {
  const docs = await importCorpus(app, desk, FILES);
  const engineRows = await desk.call<MatrixRow[]>('matrix-get');
  expect(engineRows).toHaveLength(FILES.length);

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Licence matrix' }).click();
  const table = app.getByTestId('matrix-table');
  await expect(table.locator('tbody tr')).toHaveCount(FILES.length);

  // Each row shows what the analysis says; for the clear licences that is the gold answer too.
  for (const file of FILES) {
    const record = docs.get(file)!;
    const engine = engineRows.find((r) => r.documentId === record.id)!;
    const row = table.locator(`tr[data-document-id="${record.id}"]`);
    await expect(row).toHaveAttribute('data-commercial', engine.commercialUse ?? 'unknown');
    await expect(row.getByTestId('matrix-attribution')).toHaveText(engine.attributionRequired ? 'Required' : 'Not required');
    if (engine.license) await expect(row.getByTestId('matrix-license')).toContainText(engine.license.name);
    if (CLEAR.includes(file)) {
      const gold = goldLabel(file);
      expect(engine.commercialUse, `${file}: commercial use`).toBe(gold.commercial_use);
      expect(engine.attributionRequired, `${file}: attribution`).toBe(gold.attribution_required);
    }
  }
  const byFile = (file: string) => table.locator(`tr[data-document-id="${docs.get(file)!.id}"]`);
  // Same badge colours as the library.
  await expect(byFile('cc-by-nc-4.0-legalcode.txt').locator('.badge-non-commercial')).toHaveText('Non-commercial');
  await expect(byFile('apache-2.0.txt').locator('.badge-permitted')).toHaveText('Permitted');
  await expect(byFile('llama-3.1-community-license.txt').locator('.badge-conditional')).toHaveText('Conditional');
  // The Llama threshold is shown with the verdict.
  const llama = engineRows.find((r) => r.documentId === docs.get('llama-3.1-community-license.txt')!.id)!;
  expect(llama.mauThreshold).toBe(700_000_000);
  await expect(byFile('llama-3.1-community-license.txt').getByTestId('matrix-commercial')).toContainText('700,000,000 monthly active users');

  // Sorted by commercial use (most restrictive first, the default), then the other way.
  const commercialOrder = async () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.commercial));
  expect(await commercialOrder()).toEqual(['non-commercial', 'conditional', 'permitted', 'not-addressed']);
  await table.getByRole('button', { name: 'Commercial use' }).click();
  await expect(table.getByRole('columnheader', { name: /Commercial use/ })).toHaveAttribute('aria-sort', 'descending');
  expect(await commercialOrder()).toEqual(['not-addressed', 'permitted', 'conditional', 'non-commercial']);
  await table.getByRole('button', { name: 'Document' }).click();
  await expect(table.getByRole('columnheader', { name: /Document/ })).toHaveAttribute('aria-sort', 'ascending');

  // The portfolio question: which are non-commercial or conditional?
  await app.getByLabel('Commercial use', { exact: true }).selectOption('restricted');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(byFile('cc-by-nc-4.0-legalcode.txt')).toBeVisible();
  await expect(byFile('llama-3.1-community-license.txt')).toBeVisible();
  await expect(app.getByTestId('matrix-count')).toHaveText(`2 of ${FILES.length} documents`);
  await screenshot(app, 'matrix-restricted');
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(FILES.length);
  await screenshot(app, 'matrix');

  // Export CSV: the file holds every document with its answers.
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^licence-matrix-library-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const [header, ...lines] = csv.trim().split(/\r\n/).map(csvCells);
  const column = (name: string) => header.indexOf(name);
  expect(column('Commercial use')).toBeGreaterThan(-1);
  expect(lines).toHaveLength(FILES.length);
  for (const file of CLEAR) {
    const line = lines.find((l) => l[column('Document ID')] === String(docs.get(file)!.id));
    expect(line, `${file} in the CSV`).toBeTruthy();
    expect(line![column('Title')]).toBe(docs.get(file)!.title);
    expect(line![column('Commercial use')]).toBe(goldLabel(file).commercial_use);
    expect(line![column('Attribution required')]).toBe(goldLabel(file).attribution_required ? 'yes' : 'no');
  }

  // One assessment's documents, in their roles.
  await desk.call<Assessment>('assessments-create', {
    modelName: 'Llama 3.1 8B',
    intendedUse: 'Internal summarisation',
    documents: [
      { documentId: docs.get('llama-3.1-community-license.txt')!.id, role: 'weights-license' },
      { documentId: docs.get('llama-3.1-acceptable-use-policy.md')!.id, role: 'acceptable-use-policy' },
    ],
  });
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Licence matrix' }).click();
  await app.getByLabel('Documents of').selectOption({ label: 'Assessment: Llama 3.1 8B' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.getByRole('columnheader', { name: /Role/ })).toBeVisible();
  await expect(byFile('llama-3.1-community-license.txt')).toContainText('Weights licence');
  await expect(byFile('llama-3.1-acceptable-use-policy.md')).toContainText('Acceptable use policy');
  await screenshot(app, 'matrix-assessment');
});
