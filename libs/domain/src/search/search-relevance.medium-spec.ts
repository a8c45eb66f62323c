// Relevance order and paging on the real Meilisearch: the exact person first, pages complete and
// without duplicates to the end (also while conversations change between pages), NEWEST as the list.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { marked, searchKit, type SearchKit } from '../../../../test/search/medium-search';
import { ConversationMessages } from '../conversations/conversation-messages.service';
import { ConversationCommands } from '../conversations/conversation-commands.service';
import { ConversationQueries } from '../conversations/conversation-queries.service';
import type { Actor } from '../conversations/entities/actor';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWX'.split('');
const T0 = Date.parse('2026-05-01T08:00:00Z');
const ADA: Actor = { kind: 'MEMBER', name: 'Ada', memberId: null };

describe('search relevance and paging (medium: real Meilisearch)', () => {
  let kit: SearchKit;
  let ws: string;
  /** Customer A … X Rossetti, A the oldest. */
  const byLetter = new Map<string, string>();

  before(async () => {
    kit = await searchKit();
    ws = (await kit.m.workspace()).id;
    for (const [i, letter] of LETTERS.entries()) {
      const c = await kit.seed(ws, {
        key: `rossetti-${letter}`,
        contact: { name: `Customer ${letter} Rossetti`, email: `customer.${letter.toLowerCase()}@example.com` },
        messages: [
          { role: 'CUSTOMER', text: `Hello, I need a quote for ${i + 3} solar panels` },
          { role: 'AGENT', text: 'Sure, which roof do you have?' },
        ],
        sentAt: new Date(T0 + i * 60_000),
      });
      byLetter.set(letter, c.id);
    }
    await kit.sync();
  });
  after(() => kit?.close());

  it('"Customer K Rossetti" puts Customer K first, the full name highlighted in the title', async () => {
    const { edges } = await kit.search(ws, 'Customer K Rossetti');
    assert.equal(edges[0].row.conversation.id, byLetter.get('K'));
    const [title] = edges[0].highlights;
    assert.equal(title.field, 'TITLE');
    assert.deepEqual(marked(title), ['Customer', 'K', 'Rossetti']);
    assert.equal((await kit.search(ws, 'Rossetti K')).ids[0], byLetter.get('K'));
    assert.equal((await kit.search(ws, 'customer.k@example.com')).ids[0], byLetter.get('K'));
  });

  it('orderBy NEWEST is the list order (lastMessageAt, then id, newest first)', async () => {
    const list = (await kit.m.get(ConversationQueries).page(ws, { first: 100 })).edges.map((e) => e.row.conversation.id);
    assert.deepEqual((await kit.search(ws, 'Rossetti', { orderBy: 'NEWEST', first: 100 })).ids, list);
    assert.deepEqual(await kit.pageAll(ws, 'solar panels', 7, { orderBy: 'NEWEST' }), list);
  });

  it('equals rank newest first; pages of any size go to the end with every match once; totalCount is exact', async () => {
    const all = await kit.search(ws, 'Rossetti', { first: 100 });
    assert.deepEqual(
      all.ids,
      [...LETTERS].reverse().map((l) => byLetter.get(l)),
    );
    assert.equal(await all.total(), 24);
    for (const size of [1, 5, 7, 24]) assert.deepEqual(await kit.pageAll(ws, 'Rossetti', size), all.ids, `pages of ${size}`);
    const page = await kit.search(ws, 'Rossetti', { first: 5 });
    assert.deepEqual([page.hasNextPage, await page.total()], [true, 24]);
    // asked with the page, the total is searched beside it: the same figure
    const withTotal = await kit.search(ws, 'Rossetti', { first: 5, withTotal: true });
    assert.deepEqual([withTotal.ids, await withTotal.total()], [page.ids, 24]);
  });

  const touched = new Set<string>();
  /** A new message: it moves the conversation to the top of its equals (newest first). */
  const touch = async (id: string) => {
    const letter = [...byLetter].find(([, v]) => v === id)?.[0];
    touched.add(id);
    await kit.m.get(ConversationMessages).record({
      workspaceId: ws,
      source: 'WIDGET',
      conversationKey: `rossetti-${letter}`,
      externalId: `rossetti-${letter}-more-${Math.random()}`,
      role: 'CUSTOMER',
      kind: 'text',
      text: 'One more question about the Rossetti quote',
      sentAt: new Date(),
      contact: { name: null, phone: null, email: null },
    });
  };
  const untouchedMissing = (served: string[]) => [...byLetter.values()].filter((id) => !touched.has(id) && !served.includes(id));

  it('pages stay complete and without duplicates while conversations change between them', async () => {
    // with positions alone, every conversation after a moved one shifts by one: the next page repeats one
    const served = await kit.pageAll(ws, 'Rossetti', 5, {
      between: async (page, sofar) => {
        const notYet = [...byLetter.values()].filter((id) => !sofar.includes(id));
        if (page === 1) for (const id of [notYet[0], notYet[5], sofar[0]]) await touch(id);
        if (page === 2) for (const id of notYet.slice(2, 4)) await touch(id);
        await kit.sync();
      },
    });
    assert.equal(new Set(served).size, served.length, 'no conversation twice');
    assert.deepEqual(untouchedMissing(served), [], 'every conversation that did not change was served');
  });

  it('more moves than the next page looks around for: the page is still found where its key now is', async () => {
    // far ahead: twelve conversations not served yet move before the last one served
    const served = await kit.pageAll(ws, 'Rossetti', 3, {
      between: async (page, sofar) => {
        if (page === 1) for (const id of [...byLetter.values()].filter((v) => !sofar.includes(v)).slice(0, 12)) await touch(id);
        await kit.sync();
      },
    });
    assert.equal(new Set(served).size, served.length);
    assert.deepEqual(untouchedMissing(served), []);
    // far behind: the six conversations served stop matching, so the rest now begins before the last position
    const commands = kit.m.get(ConversationCommands);
    const vip = [...byLetter.values()].slice(0, 14);
    for (const id of vip) await commands.addTag(ws, ADA, id, 'vip');
    await kit.sync();
    const all = (await kit.search(ws, 'vip', { first: 100 })).ids;
    assert.equal(all.length, 14);
    const vipServed = await kit.pageAll(ws, 'vip', 3, {
      between: async (page, sofar) => {
        if (page === 2) for (const id of sofar) await commands.removeTag(ws, ADA, id, 'vip');
        await kit.sync();
      },
    });
    assert.deepEqual(vipServed, all);
  });

  it('a cursor of the other order, or a forged one, is refused naming `after`', async () => {
    const newest = await kit.search(ws, 'Rossetti', { orderBy: 'NEWEST', first: 2 });
    await assert.rejects(kit.search(ws, 'Rossetti', { after: newest.edges[1].cursor }), { field: 'after' });
    await assert.rejects(kit.search(ws, 'Rossetti', { after: 'eyJvIjoxfQ' }), { field: 'after' });
  });
});
