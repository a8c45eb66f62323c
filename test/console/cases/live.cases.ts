// A conversation reviewed while the page is open arrives as "1 new", without moving the rows.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { postConversation, type SeedConversation } from '../support/seed';
import { conversationLink, signedInPage, type ConsoleSuite } from '../support/suite';

const NEWCOMER: SeedConversation = {
  key: 'widget-newcomer',
  source: 'WIDGET',
  contact: { name: 'Nadia Nuova' },
  messages: ['Hello, do you also clean solar panels?', 'Yes, we offer yearly cleaning.'],
};

export function liveCases(suite: ConsoleSuite): void {
  it('shows a conversation reviewed while the page is open behind a "1 new" banner, rows unmoved', async () => {
    const page = await signedInPage(suite);
    const first = page.getByRole('list', { name: 'Conversation list' }).getByRole('link').first();
    await first.waitFor();
    const before = { text: await first.textContent(), box: await first.boundingBox() };
    // The subscription is open once the socket is: give it a moment after the first render.
    await page.waitForTimeout(500);
    const id = await postConversation(suite.system, suite.seeded.apiToken, NEWCOMER, Date.now() - 60_000);
    suite.seeded.ids.set(NEWCOMER.key, id);
    const banner = page.getByRole('button', { name: '1 new' });
    await banner.waitFor({ timeout: 30_000 });
    assert.equal(await first.textContent(), before.text, 'the first row is still the same');
    assert.deepEqual(await first.boundingBox(), before.box, 'no row moved');
    assert.equal(await conversationLink(page, 'Nadia Nuova').count(), 0);
    await banner.click();
    await conversationLink(page, 'Nadia Nuova').waitFor();
    assert.ok(
      (await page.getByRole('list', { name: 'Conversation list' }).getByRole('link').first().textContent())?.startsWith('Nadia Nuova'),
    );
    await page.context().close();
  });
}
