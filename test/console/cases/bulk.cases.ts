// Bulk status change on everything a filter matches, and the CSV export of the same filter.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { CONVERSATIONS } from '../support/seed';
import { signedInPage, type ConsoleSuite } from '../support/suite';

export function bulkCases(suite: ConsoleSuite): void {
  it('changes the status of all conversations matching a filter, showing the counts', async () => {
    const page = await signedInPage(suite, '/conversations?source=WHATSAPP');
    const list = page.getByRole('list', { name: 'Conversation list' });
    await list.getByRole('link').first().waitFor();
    const whatsapp = CONVERSATIONS.filter((c) => c.source === 'WHATSAPP').length;
    await page.getByRole('button', { name: 'Select all', exact: true }).click();
    await page.getByRole('button', { name: `Select all ${whatsapp} matching` }).click();
    await page.getByText(`All ${whatsapp} matching conversations selected`).waitFor();
    await page.getByRole('button', { name: 'Set status…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the status' });
    await dialog.getByRole('combobox', { name: 'New status' }).selectOption('FOLLOW_UP');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`of ${whatsapp} conversations changed`) })
      .waitFor();
    const res = await suite.system.gql<{ conversations: { edges: { node: { status: string; statusOrigin: string } }[] } }>(
      '{ conversations(filter: { sources: [WHATSAPP] }, first: 50) { edges { node { status statusOrigin } } } }',
      {},
      suite.seeded.apiToken,
    );
    assert.equal(res.data!.conversations.edges.length, whatsapp);
    assert.ok(res.data!.conversations.edges.every((e) => e.node.status === 'FOLLOW_UP' && e.node.statusOrigin === 'MANUAL'));
    await page.context().close();
  });

  it('exports the current filter as CSV', async () => {
    const page = await signedInPage(suite, '/conversations?source=WIDGET');
    await page.getByRole('list', { name: 'Conversation list' }).getByRole('link').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    assert.equal(
      header,
      'id,title,source,status,statusOrigin,suggestedStatus,contactName,phone,email,lastMessageAt,messageCount,qualityScore,summary,tags,reviewedAt',
    );
    const listed = await suite.system.gql<{ conversations: { edges: { node: { id: string } }[] } }>(
      '{ conversations(filter: { sources: [WIDGET] }, first: 100) { edges { node { id } } } }',
      {},
      suite.seeded.apiToken,
    );
    const widgetIds = listed.data!.conversations.edges.map((e) => e.node.id);
    assert.ok(widgetIds.length >= 4);
    assert.equal(rows.length, widgetIds.length);
    assert.ok(widgetIds.every((id) => rows.some((r) => r.startsWith(`${id},`) || r.startsWith(`"${id}",`))));
    await page.context().close();
  });
}
