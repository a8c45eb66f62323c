import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { ConversationMessages } from '../conversations/conversation-messages.service';
import type { ConversationEvent, EventGap } from './domain-events';
import { EventBus } from './event-bus.service';

const until = async (what: string, check: () => boolean, ms = 15_000) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
};

describe('EventBus (medium: real PostgreSQL LISTEN/NOTIFY)', () => {
  let m: Medium;
  before(async () => (m = await medium()));
  after(() => m.close());

  it('loses no event when its LISTEN connection is killed under traffic: what was committed meanwhile is replayed once', async () => {
    const ws = await m.workspace();
    const got: (ConversationEvent | EventGap)[] = [];
    const unsubscribe = await m.get(EventBus).subscribe((e) => got.push(e));
    const messages = m.get(ConversationMessages);
    const record = (i: number) =>
      messages.record({
        workspaceId: ws.id,
        source: 'WIDGET',
        conversationKey: `k-${i % 5}`,
        externalId: `e-${i}`,
        role: 'CUSTOMER',
        kind: 'text',
        text: `m ${i}`,
        sentAt: new Date(),
        contact: { name: null, phone: null, email: null },
      });
    let sent = 0;
    let stop = false;
    const traffic = (async () => {
      while (!stop) await record(sent++);
    })();
    await until('some events', () => got.length >= 10);
    // what a network drop or a PostgreSQL restart does to that connection
    const killed = await m.query<{ n: number }>(
      `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where query ilike 'LISTEN %'`,
    );
    assert.equal(killed[0].n, 1);
    await new Promise((r) => setTimeout(r, 1_500));
    stop = true;
    await traffic;
    const mine = () => got.filter((e): e is ConversationEvent => e.type !== 'gap' && e.workspaceId === ws.id);
    await until(`all ${sent} events`, () => mine().length >= sent);
    const ids = mine().map((e) => e.messageId);
    assert.equal(new Set(ids).size, sent, 'each event once');
    assert.equal(ids.length, sent);
    assert.equal(got.filter((e) => e.type === 'gap').length, 0);
    unsubscribe();
  });
});
