import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { ConversationMessages, type NewMessage } from './conversation-messages.service';

describe('ConversationMessages (medium: real PostgreSQL)', () => {
  let m: Medium;
  let messages: ConversationMessages;
  before(async () => {
    m = await medium();
    messages = m.get(ConversationMessages);
  });
  after(() => m.close());

  const msg = (workspaceId: string, externalId: string, over: Partial<NewMessage> = {}): NewMessage => ({
    workspaceId,
    source: 'WIDGET',
    conversationKey: 'session-1',
    externalId,
    role: 'CUSTOMER',
    kind: 'text',
    text: `hello ${externalId}`,
    sentAt: new Date(),
    contact: { name: null, phone: null, email: null },
    ...over,
  });

  it('creates the conversation with its first message, appends the next in order, bumps version and publishes each', async () => {
    const ws = await m.workspace();
    const a = await messages.record(msg(ws.id, 'a', { contact: { name: 'Ada', phone: null, email: 'ada@example.com' } }));
    const b = await messages.record(msg(ws.id, 'b'));
    assert.equal(a.conversationId, b.conversationId);
    assert.deepEqual([a.seq, b.seq, a.duplicate, b.duplicate], [1, 2, false, false]);
    const [c] = await m.query<{ title: string; message_count: number; version: number; last_message_id: string }>(
      `select title, message_count, version, last_message_id from conversation where id = '${a.conversationId}'`,
    );
    assert.deepEqual({ title: c.title, count: c.message_count, last: c.last_message_id }, { title: 'Ada', count: 2, last: b.messageId });
    assert.equal(c.version, 3); // created at 1, one bump per message
    const events = await m.query<{ type: string; message_id: string }>(
      `select type, message_id from domain_event where conversation_id = '${a.conversationId}' order by id`,
    );
    assert.deepEqual(
      events.map((e) => [e.type, e.message_id]),
      [
        ['message.recorded', a.messageId],
        ['message.recorded', b.messageId],
      ],
    );
  });

  it('records a message once: the same external id again answers as the duplicate it is', async () => {
    const ws = await m.workspace();
    const first = await messages.record(msg(ws.id, 'same'));
    const again = await messages.record(msg(ws.id, 'same', { text: 'changed text' }));
    assert.equal(again.duplicate, true);
    assert.deepEqual([again.messageId, again.seq], [first.messageId, first.seq]);
    const rows = await m.query(`select text from message where conversation_id = '${first.conversationId}'`);
    assert.deepEqual(rows, [{ text: 'hello same' }]);
  });

  it('concurrent first messages of a new conversation agree on one conversation, seq 1..n, no orphan contact', async () => {
    const ws = await m.workspace();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => messages.record(msg(ws.id, `c-${i % 8}`, { conversationKey: 'race' }))),
    );
    assert.equal(new Set(results.map((r) => r.conversationId)).size, 1);
    const seqs = (
      await m.query<{ seq: number }>(`select seq from message where conversation_id = '${results[0].conversationId}' order by seq`)
    ).map((r) => r.seq);
    assert.deepEqual(seqs, [1, 2, 3, 4, 5, 6, 7, 8]);
    const contacts = await m.query(`select id from contact where workspace_id = '${ws.id}'`);
    assert.equal(contacts.length, 1);
  });

  it('keeps workspaces apart: the same key and external id in two workspaces are two conversations', async () => {
    const [w1, w2] = [await m.workspace(), await m.workspace()];
    const [a, b] = [await messages.record(msg(w1.id, 'x')), await messages.record(msg(w2.id, 'x'))];
    assert.notEqual(a.conversationId, b.conversationId);
    assert.equal(b.duplicate, false);
  });
});
