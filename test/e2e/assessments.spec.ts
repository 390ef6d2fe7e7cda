import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './support/fixtures';
import { LLAMA_SET, goldLabel, importCorpus, mostRestrictive, type Assessment } from './support/assessment-setup';
import { DOCUMENTS_DIR } from './support/paths';

/** The words the app prints for each verdict (what counsel reads; src/assess/topics.ts VERDICT_LABELS). */
const VERDICT_WORDS: Record<string, string> = {
  permitted: 'Permitted',
  conditional: 'Conditional',
  'non-commercial': 'Non-commercial only',
  'not-addressed': 'Not addressed',
  required: 'Required',
  'not-required': 'Not required',
  user: 'User owns outputs',
  'not-claimed': 'Provider claims no rights',
  provider: 'Provider owns / claims outputs',
  embedded: 'Restrictions in the document',
  'by-reference': 'Policy incorporated by reference',
  none: 'No use restrictions',
};

const verdictCard = (app: Page, topic: string): Locator => app.locator(`.verdict-card[data-topic="${topic}"]`);

async function openAssessmentFromList(app: Page, modelName: string): Promise<void> {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await app.getByTestId('assessment-table').getByRole('button', { name: modelName }).click();
  await expect(app.getByTestId('assessment-view')).toBeVisible();
}

test('an assessment from a licence, its acceptable use policy and the service terms: verdicts, a changed verdict, the decision, all there after a reload with their audit entries', async ({
  app,
  desk,
}) => {
  const docs = await importCorpus(app, desk, LLAMA_SET);
  const [licence, policy, terms] = LLAMA_SET.map((f) => docs.get(f)!);

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await expect(app.getByTestId('assessments-view')).toBeVisible();
  await app.getByRole('button', { name: 'New assessment…' }).click();
  const dialog = app.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByRole('textbox', { name: 'Model', exact: true }).fill('Llama 3.1 8B');
  await dialog.getByRole('textbox', { name: 'Intended use', exact: true }).fill('A customer-support chatbot for our EU customers');
  await expect(dialog.getByRole('textbox', { name: 'Reviewer', exact: true })).toHaveValue('E2E Reviewer');
  const roles: Array<[typeof licence, string]> = [
    [licence, 'weights-license'],
    [policy, 'acceptable-use-policy'],
    [terms, 'service-terms'],
  ];
  for (const [doc, role] of roles) {
    const row = dialog.getByTestId('document-picker').locator(`li[data-document-id="${doc.id}"]`);
    await row.getByRole('checkbox').check();
    await row.getByLabel(`Role of ${doc.title}`).selectOption(role);
  }
  await dialog.getByRole('button', { name: 'Create assessment' }).click();
  const view = app.getByTestId('assessment-view');
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Llama 3.1 8B');

  const created = (await desk.call<Assessment[]>('assessments-list'))[0];
  expect(created.documents).toEqual(roles.map(([d, role]) => ({ documentId: d.id, role })));

  // Every core topic shows the engine's most-restrictive answer; for the clear ones it is also the gold answer.
  for (const v of created.verdicts) await expect(verdictCard(app, v.topic).getByTestId('verdict-value')).toHaveText(VERDICT_WORDS[v.verdict]);
  const gold = LLAMA_SET.map(goldLabel);
  const goldCommercial = mostRestrictive('commercial-use', gold.map((g) => g.commercial_use));
  expect(goldCommercial).toBe('conditional');
  await expect(verdictCard(app, 'commercial-use').getByTestId('verdict-value')).toHaveText(VERDICT_WORDS[goldCommercial]);
  const goldAttribution = mostRestrictive('attribution', gold.map((g) => (g.attribution_required ? 'required' : 'not-required')));
  await expect(verdictCard(app, 'attribution').getByTestId('verdict-value')).toHaveText(VERDICT_WORDS[goldAttribution]);
  // The licence decides commercial use (its 700 million MAU threshold), and the clause is cited.
  const commercial = created.verdicts.find((v) => v.topic === 'commercial-use')!;
  expect(commercial.decidingDocumentId).toBe(licence.id);
  await expect(verdictCard(app, 'commercial-use').locator('.verdict-suggestion')).toContainText(licence.title);
  expect(commercial.decidingClauses.length).toBeGreaterThan(0);
  await expect(verdictCard(app, 'commercial-use').locator('.clause-link')).toHaveCount(Math.min(3, commercial.decidingClauses.length));
  await expect(verdictCard(app, 'commercial-use').locator('.clause-link').first()).toContainText(commercial.decidingClauses[0].quote.slice(0, 60));
  await screenshot(app, 'assessment-new');

  // A deciding clause opens in the review view, in focus.
  const clause = commercial.decidingClauses[0];
  await verdictCard(app, 'commercial-use').locator('.clause-link').first().click();
  await expect(app.getByTestId('review-view')).toBeVisible();
  await expect(app.locator('.finding-card.active')).toHaveAttribute('data-finding-id', String(clause.findingId));
  await expect(app.locator(`[data-finding-ids~="${clause.findingId}"]`).first()).toBeInViewport();
  await openAssessmentFromList(app, 'Llama 3.1 8B');

  // Counsel changes a verdict and says why.
  const output = created.verdicts.find((v) => v.topic === 'output-ownership')!;
  const changedTo = output.verdict === 'user' ? 'not-claimed' : 'user';
  const outputCard = verdictCard(app, 'output-ownership');
  await outputCard.getByLabel('Verdict').selectOption(changedTo);
  await expect(outputCard.getByTestId('verdict-value')).toHaveText(VERDICT_WORDS[changedTo]);
  const rationale = 'The API terms give the customer its outputs; the licence and the policy do not claim them.';
  await outputCard.getByLabel('Rationale').fill(rationale);
  await expect(outputCard.getByTestId('verdict-origin')).toContainText('Set by E2E Reviewer');
  await expect(outputCard.locator('.verdict-suggestion')).toContainText(`The analysis suggested ${VERDICT_WORDS[output.verdict]}`);

  // A topic of counsel's own.
  await view.getByLabel('Add a topic of your own').fill('Export control');
  await view.getByRole('button', { name: 'Add topic' }).click();
  const exportCard = app.locator('.verdict-card[data-topic="custom:export-control"]');
  await expect(exportCard).toBeVisible();
  await exportCard.getByLabel('Verdict').fill('No restriction found');
  await exportCard.getByLabel('Rationale').fill('Neither document restricts export; check our own sanctions screening.');

  // The decision, conditions, open questions; then in review, then decided.
  const decision = app.getByRole('region', { name: 'Decision and sign-off' });
  await expect(decision.getByRole('radio', { name: 'Decided' })).toBeDisabled();
  await decision.getByLabel('Decision').selectOption('approved-with-conditions');
  await decision.getByLabel('Conditions').fill('Display “Built with Llama” on the about page\nStay under 700 million monthly active users');
  await decision.getByLabel('Open questions').fill('Will EU customer data be used for fine-tuning?');
  await decision.getByRole('radio', { name: 'In review' }).check();
  await expect(decision.getByTestId('submitted-at')).not.toHaveText('—');
  await decision.getByRole('radio', { name: 'Decided' }).check();
  await expect(app.getByTestId('assessment-status')).toHaveText('Decided');
  await expect(decision.getByTestId('decided-at')).not.toHaveText('—');

  await expect
    .poll(async () => {
      const a = await desk.call<Assessment>('assessments-get', { id: created.id });
      return {
        status: a.status,
        decision: a.decision,
        conditions: a.conditions,
        openQuestions: a.openQuestions,
        output: a.verdicts.find((v) => v.topic === 'output-ownership')?.verdict,
        rationale: a.verdicts.find((v) => v.topic === 'output-ownership')?.rationale,
        exportControl: a.verdicts.find((v) => v.topic === 'custom:export-control')?.verdict,
      };
    })
    .toEqual({
      status: 'decided',
      decision: 'approved-with-conditions',
      conditions: ['Display “Built with Llama” on the about page', 'Stay under 700 million monthly active users'],
      openQuestions: ['Will EU customer data be used for fine-tuning?'],
      output: changedTo,
      rationale,
      exportControl: 'No restriction found',
    });

  // After a reload: everything as left, and the audit trail says who changed what.
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  const row = app.getByTestId('assessment-table').locator(`tr[data-assessment-id="${created.id}"]`);
  await expect(row).toContainText('Decided');
  await expect(row).toContainText('Approved with conditions');
  await screenshot(app, 'assessments-list');
  await openAssessmentFromList(app, 'Llama 3.1 8B');
  await expect(app.getByTestId('assessment-decision')).toHaveText('Approved with conditions');
  await expect(verdictCard(app, 'output-ownership').getByTestId('verdict-value')).toHaveText(VERDICT_WORDS[changedTo]);
  await expect(verdictCard(app, 'output-ownership').getByLabel('Rationale')).toHaveValue(rationale);
  await expect(exportCard.getByLabel('Verdict')).toHaveValue('No restriction found');
  await expect(decision.getByLabel('Conditions')).toHaveValue('Display “Built with Llama” on the about page\nStay under 700 million monthly active users');
  await expect(decision.getByLabel('Open questions')).toHaveValue('Will EU customer data be used for fine-tuning?');
  await expect(decision.getByRole('radio', { name: 'Decided' })).toBeChecked();

  const history = app.getByTestId('audit-panel');
  await expect(history.locator('.audit-entry[data-action="create"]')).toContainText('Created the assessment of Llama 3.1 8B');
  const verdictEntry = history.locator('.audit-entry[data-action="verdict"]', { hasText: `changed the verdict from ${output.verdict} to ${changedTo}` });
  await expect(verdictEntry).toHaveCount(1);
  await expect(verdictEntry).toContainText('E2E Reviewer');
  await verdictEntry.getByText('Before and after').click();
  await expect(verdictEntry.locator('.audit-changes')).toContainText(output.verdict);
  await expect(verdictEntry.locator('.audit-changes')).toContainText(changedTo);
  await expect(history.locator('.audit-entry[data-action="status:decided"]')).toHaveCount(1);
  await expect(history.locator('.audit-entry[data-action="topic-add"]')).toContainText('Export control');
  await view.evaluate((el) => el.scrollTo(0, 0));
  await screenshot(app, 'assessment-decided');
  await outputCard.scrollIntoViewIfNeeded();
  await screenshot(app, 'assessment-verdicts');
});

test('a verdict pre-filled from a licence modified from its reference carries the warning; the others do not', async ({ app, desk }, testInfo) => {
  // The Apache License with a fee written in: identified as Apache, but modified.
  const original = readFileSync(join(DOCUMENTS_DIR, 'apache-2.0.txt'), 'utf8');
  const modified = original.replace(/You must give any other recipients[^\n]*/, 'You must pay the Licensor a fee of USD 10,000 per year.');
  expect(modified).not.toBe(original);
  const file = testInfo.outputPath('apache-2.0-as-received.txt');
  writeFileSync(file, modified);
  const docs = await importCorpus(app, desk, [file, 'llama-3.1-acceptable-use-policy.md']);
  const apache = docs.get('apache-2.0-as-received.txt')!;
  const policy = docs.get('llama-3.1-acceptable-use-policy.md')!;
  expect(apache.license).toMatchObject({ match: 'modified' });

  const created = await desk.call<Assessment>('assessments-create', {
    modelName: 'Internal code model',
    intendedUse: 'Code completion in our IDE plug-in',
    documents: [
      { documentId: apache.id, role: 'code-license' },
      { documentId: policy.id, role: 'acceptable-use-policy' },
    ],
  });
  const warned = created.verdicts.filter((v) => v.warnings.length > 0);
  expect(warned.length, 'the modified licence decides at least one topic').toBeGreaterThan(0);
  expect(warned.every((v) => v.decidingDocumentId === apache.id)).toBe(true);

  await openAssessmentFromList(app, 'Internal code model');
  for (const v of created.verdicts) {
    const warnings = verdictCard(app, v.topic).getByTestId('verdict-warnings');
    if (v.decidingDocumentId === apache.id) {
      await expect(warnings).toBeVisible();
      await expect(warnings).toContainText('differs from the reference');
    } else {
      await expect(warnings).toHaveCount(0);
    }
  }
  await verdictCard(app, warned[0].topic).scrollIntoViewIfNeeded();
  await screenshot(app, 'assessment-modified-warning');
});
