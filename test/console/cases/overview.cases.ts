/// <reference lib="dom" />
// (Callbacks passed to page.evaluate run in the browser.)
// The overview draws its charts from `stats`.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkAxe, signedInPage, type ConsoleSuite } from '../support/suite';

export function overviewCases(suite: ConsoleSuite): void {
  it('draws conversations per day, by status and source, and quality over time', async () => {
    const page = await signedInPage(suite, '/overview?days=7');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    for (const name of ['Reviewed conversations per day', 'Status distribution', 'Conversations by source', 'Average quality over time']) {
      await page.getByRole('figure', { name }).locator('svg.recharts-surface').first().waitFor();
    }
    await page.waitForFunction(() => document.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle').length > 0);
    await page.waitForFunction(() => document.querySelectorAll('.recharts-line-curve').length > 0);
    await page.waitForFunction(() => document.querySelectorAll('.recharts-pie-sector').length > 0);
    assert.equal(await page.getByRole('radio', { name: 'Last 7 days' }).isChecked(), true);
    await checkAxe(suite, page, 'overview');
    await page.getByText('Last 30 days').click();
    await page.waitForURL((u) => u.searchParams.get('days') === '30');
    await page.context().close();
  });
}
