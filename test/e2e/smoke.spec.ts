import { expect, screenshot, test } from './support/fixtures';

test('the empty library offers the samples', async ({ app }) => {
  await expect(app.getByTestId('empty-library')).toBeVisible();
  await screenshot(app, 'smoke-empty');
});
