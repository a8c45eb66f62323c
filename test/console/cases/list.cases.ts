/// <reference lib="dom" />
// (Callbacks passed to page.evaluate run in the browser.)
// The list: newest first, filters and search in the URL (back, forward, shared links), highlights.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { CONVERSATIONS } from '../support/seed';
import { STATUS_LABELS } from '../support/labels';
import { checkAxe, conversationLink, signedInPage, type ConsoleSuite } from '../support/suite';

const titles = (c: (typeof CONVERSATIONS)[number]) => c.contact.name ?? c.contact.phone ?? '';

export function listCases(suite: ConsoleSuite): void {
  it('lists the reviewed conversations newest first, with their status and score', async () => {
    const page = await signedInPage(suite);
    await conversationLink(page, 'Elena Galli').waitFor();
    const links = page.getByRole('list', { name: 'Conversation list' }).getByRole('link');
    const names = await links.allTextContents();
    const expected = CONVERSATIONS.map(titles).reverse();
    assert.deepEqual(
      names.map((n) => expected.find((t) => n.startsWith(t))),
      expected,
    );
    await checkAxe(suite, page, 'conversations');
    await page.context().close();
  });

  it('keeps the status filter in the URL: chips with counts, back and forward, shared links', async () => {
    const page = await signedInPage(suite);
    const counts = await suite.system.gql<{ statusCounts: { status: string; count: number }[] }>(
      '{ statusCounts { status count } }',
      {},
      suite.seeded.apiToken,
    );
    const used = counts.data!.statusCounts.find((s) => s.count > 0)!;
    const chip = page.getByRole('checkbox', { name: `${STATUS_LABELS[used.status]} ${used.count}`, exact: true });
    // The chip's checkbox is drawn by its label.
    await page.locator(`label[for="${await chip.getAttribute('id')}"]`).click();
    await page.waitForURL((u) => u.searchParams.get('status') === used.status);
    await page.waitForFunction((n) => document.querySelectorAll('[role="list"] [role="listitem"] a').length === n, used.count);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('status'));
    await page.waitForFunction((n) => document.querySelectorAll('[role="list"] [role="listitem"] a').length === n, CONVERSATIONS.length);
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('status') === used.status);
    assert.equal(await chip.isChecked(), true);
    // A shared link with a source filter shows the same list in a fresh page.
    const shared = await signedInPage(suite, '/conversations?source=WIDGET');
    const widgetTitles = CONVERSATIONS.filter((c) => c.source === 'WIDGET').map(titles);
    await conversationLink(shared, widgetTitles[0]).waitFor();
    const shown = await shared.getByRole('list', { name: 'Conversation list' }).getByRole('link').allTextContents();
    assert.equal(shown.length, widgetTitles.length);
    assert.ok(shown.every((s) => widgetTitles.some((t) => s.startsWith(t))));
    await shared.context().close();
    await page.context().close();
  });

  it('searches by message words and by phone number, marking the matched passage', async () => {
    const page = await signedInPage(suite);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('Bergamo');
    await page.waitForURL((u) => u.searchParams.get('search') === 'Bergamo');
    const luca = conversationLink(page, 'Luca Bianchi');
    await luca.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role="list"] [role="listitem"] a').length === 1);
    const marked = await luca.locator('mark').allTextContents();
    assert.ok(
      marked.some((m) => m.toLowerCase() === 'bergamo'),
      `marked: ${JSON.stringify(marked)}`,
    );
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('347 123 4567');
    await conversationLink(page, 'Giulia Rossi').waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('search') === 'Bergamo');
    assert.equal(await page.getByRole('searchbox', { name: 'Search conversations' }).inputValue(), 'Bergamo');
    await page.context().close();
  });

  it('moves with j and k, opens with Enter, closes with Esc, focuses search with /, lists shortcuts with ?', async () => {
    const page = await signedInPage(suite);
    await conversationLink(page, 'Elena Galli').waitFor();
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Elena Galli'));
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Anna Conti'));
    await page.keyboard.press('k');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Elena Galli'));
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/conversations\/.+/);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => u.pathname === '/conversations');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await checkAxe(suite, page, 'shortcut help');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Type a command…' }).fill('Overview');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/overview');
    await page.context().close();
  });
}
