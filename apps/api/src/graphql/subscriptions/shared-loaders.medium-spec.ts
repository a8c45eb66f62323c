import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConversationReader, type ConversationEvent } from '@app/domain';
import { medium, type Medium } from '../../../../../test/support/medium';
import { seedConversation } from '../../../../../test/support/seed';
import { SharedLoaders } from './shared-loaders';

describe('an event reaches every subscriber of its workspace for one read (medium)', () => {
  let m: Medium;
  before(async () => (m = await medium()));
  after(() => m.close());

  it('a thousand subscribers of one event: one statement per kind of field, not one per subscriber', async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id, { reviewed: 'OPPORTUNITY' });
    const real = m.get(ConversationReader);
    let reads = 0;
    // the real reader on the real database, counting the statements it is asked for
    const counting = new Proxy(real, {
      get: (target, prop, receiver) => {
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (...args: unknown[]) => (reads++, (v as (...a: unknown[]) => unknown).apply(target, args)) : v;
      },
    });
    const shared = new SharedLoaders(counting);
    const event: ConversationEvent = {
      id: 1,
      type: 'conversation.reviewed',
      workspaceId: ws.id,
      conversationId: c.id,
      change: null,
      messageId: null,
    };
    const results = await Promise.all(
      Array.from({ length: 1000 }, async () => {
        const loaders = shared.for(event);
        const conversation = await loaders.conversation.load(c.id);
        const review = await loaders.review.load(c.id);
        return [conversation?.id, review?.suggestedStatus];
      }),
    );
    assert.ok(results.every(([id, status]) => id === c.id && status === 'OPPORTUNITY'));
    assert.equal(reads, 2);
    // another event reads afresh (a subscriber never sees a payload older than its event)
    shared.for({ ...event, id: 2 });
    await shared.for({ ...event, id: 2 }).conversation.load(c.id);
    assert.equal(reads, 3);
  });
});
