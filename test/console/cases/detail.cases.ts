// One conversation: summary, messages (paged), contact; note, tags, status, each checked through the API too.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkAxe, conversationLink, signedInPage, type ConsoleSuite } from '../support/suite';

interface DetailRow {
  conversation: {
    status: string;
    statusOrigin: string;
    tags: { name: string }[];
    notes: { body: string; author: { name: string } }[];
    review: { summary: string };
  };
}

async function fetchDetail(suite: ConsoleSuite, id: string): Promise<DetailRow['conversation']> {
  const res = await suite.system.gql<DetailRow>(
    'query($id: ID!) { conversation(id: $id) { status statusOrigin tags { name } notes { body author { name } } review { summary } } }',
    { id },
    suite.seeded.apiToken,
  );
  assert.ok(res.data, JSON.stringify(res.errors));
  return res.data.conversation;
}

export function detailCases(suite: ConsoleSuite): void {
  it('opens a conversation beside the list: summary, messages, contact, score', async () => {
    const id = suite.seeded.ids.get('393471234567')!;
    const page = await signedInPage(suite);
    await conversationLink(page, 'Giulia Rossi').waitFor();
    const started = Date.now();
    await conversationLink(page, 'Giulia Rossi').click();
    const summary = page.getByRole('region', { name: 'Summary' });
    await summary.waitFor();
    suite.timings.set('open conversation (ms)', Date.now() - started);
    assert.equal(new URL(page.url()).pathname, `/conversations/${id}`);
    const expected = await fetchDetail(suite, id);
    assert.ok((await summary.textContent())?.includes(expected.review.summary));
    await page.getByRole('region', { name: 'Messages' }).getByText('Could you send me a quote for a 6 kW system with a battery?').waitFor();
    await page.getByRole('link', { name: '+39 347 123 4567' }).waitFor();
    await page.getByRole('img', { name: /^Quality score \d+ of 100$/ }).waitFor();
    await checkAxe(suite, page, 'conversation detail');
    // The list stays: the open row is marked.
    assert.equal(await conversationLink(page, 'Giulia Rossi').getAttribute('aria-current'), 'page');
    await page.context().close();
  });

  it('pages through a long conversation', async () => {
    const page = await signedInPage(suite, `/conversations/${suite.seeded.ids.get('widget-elena')}`);
    const messages = page.getByRole('region', { name: 'Messages' });
    await messages.getByText('Question 0 about the inverter warranty?').waitFor();
    assert.equal(await messages.getByText('Answer 63 about the inverter warranty.').count(), 0);
    await messages.getByRole('button', { name: 'Show 14 more messages' }).click();
    await messages.getByText('Answer 63 about the inverter warranty.').waitFor();
    await page.context().close();
  });

  it('adds a note, adds and removes a tag, and changes the status', async () => {
    const id = suite.seeded.ids.get('widget-marco')!;
    const page = await signedInPage(suite, `/conversations/${id}`);
    await page.getByRole('region', { name: 'Summary' }).waitFor();

    await page.getByRole('textbox', { name: 'Note' }).fill('Call back on Monday morning');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Call back on Monday morning' })
      .filter({ hasText: suite.seeded.member.name })
      .waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), '');

    await page.getByRole('textbox', { name: 'Tag' }).fill('VIP');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page
      .getByRole('button', { name: 'Remove tag vip' })
      .or(page.getByRole('button', { name: 'Remove tag VIP' }))
      .waitFor();

    await page.getByRole('combobox', { name: 'Status' }).selectOption('SPAM');
    await page.getByText(`Set by ${suite.seeded.member.name}`).waitFor();

    let saved = await fetchDetail(suite, id);
    assert.deepEqual(saved.notes[0], { body: 'Call back on Monday morning', author: { name: suite.seeded.member.name } });
    assert.deepEqual(
      saved.tags.map((t) => t.name.toLowerCase()),
      ['vip'],
    );
    assert.deepEqual([saved.status, saved.statusOrigin], ['SPAM', 'MANUAL']);
    // The activity trail says who did what.
    await page.getByText(`${suite.seeded.member.name} added a note`).waitFor();

    await page.getByRole('button', { name: /^Remove tag vip$/i }).click();
    await page.getByText('No tags yet.').waitFor();
    saved = await fetchDetail(suite, id);
    assert.deepEqual(saved.tags, []);
    await page.context().close();
  });

  it('shows the detail on its own page on a narrow screen', async () => {
    const page = await signedInPage(suite, '/conversations', { width: 390 });
    await conversationLink(page, 'Luca Bianchi').click();
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    assert.equal(await page.getByRole('searchbox', { name: 'Search conversations' }).count(), 0);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.getByRole('searchbox', { name: 'Search conversations' }).waitFor();
    await page.context().close();
  });
}
