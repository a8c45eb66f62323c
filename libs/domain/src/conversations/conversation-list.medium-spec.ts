import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { reviewResult, seedConversation } from '../../../../test/support/seed';
import { validateFilter } from './conversation-filter';
import { ConversationListRepository } from './conversation-list.repository';
import { ConversationCommands } from './conversation-commands.service';
import { ConversationReader } from './conversation-reader.repository';
import { ConversationReviews } from './conversation-reviews.service';
import type { Actor } from './entities/actor';

const ADA: Actor = { kind: 'MEMBER', name: 'Ada', memberId: null };

describe('ConversationListRepository (medium)', () => {
  let m: Medium;
  let list: ConversationListRepository;
  let reader: ConversationReader;
  before(async () => {
    m = await medium();
    list = m.get(ConversationListRepository);
    reader = m.get(ConversationReader);
  });
  after(() => m.close());

  it("reads the tags and the latest review in the page's statement, as the loaders would read them", async () => {
    const ws = await m.workspace();
    const tagged = await seedConversation(m, ws.id, {
      messages: [
        { role: 'CUSTOMER', text: 'How much for a new boiler?' },
        { role: 'AGENT', text: 'About £2,000 fitted.' },
      ],
    });
    const plain = await seedConversation(m, ws.id, { reviewed: 'INFO_ONLY' });
    const commands = m.get(ConversationCommands);
    for (const name of ['vip', 'Boiler', 'callback']) await commands.addTag(ws.id, ADA, tagged.id, name);
    // two reviews: the page carries the later one
    const reviewsOf = m.get(ConversationReviews);
    await reviewsOf.apply(tagged.id, 1, reviewResult('QUOTE_REQUEST', 60, 'The first review.'), 0);
    await reviewsOf.apply(tagged.id, 2, reviewResult('POTENTIAL_CUSTOMER', 85, 'The later review.'), 0);

    const rows = await list.page(ws.id, validateFilter({}), undefined, 10, { tags: true, review: true });
    const [tags, reviews] = await Promise.all([
      reader.tags(ws.id, [tagged.id, plain.id]),
      reader.latestReviews(ws.id, [tagged.id, plain.id]),
    ]);
    const byId = new Map(rows.map((r) => [r.conversation.id, r]));
    assert.deepEqual(byId.get(tagged.id)?.tags, tags.get(tagged.id));
    assert.deepEqual(byId.get(tagged.id)?.review, reviews.get(tagged.id));
    assert.equal(byId.get(tagged.id)?.review?.summary, 'The later review.');
    assert.ok(byId.get(tagged.id)?.review?.reviewedAt instanceof Date);
    assert.deepEqual(byId.get(plain.id)?.tags, []);
    assert.deepEqual(byId.get(plain.id)?.review, reviews.get(plain.id));

    // search hits read the same way
    const hits = await list.rowsByIds(ws.id, [tagged.id], { tags: true, review: true });
    assert.deepEqual([hits[0].tags, hits[0].review], [tags.get(tagged.id), reviews.get(tagged.id)]);
  });

  it('reads neither when not asked, and never another workspace’s rows', async () => {
    const ws = await m.workspace();
    const other = await m.workspace();
    const mine = await seedConversation(m, ws.id, { reviewed: 'OPPORTUNITY' });
    const theirs = await seedConversation(m, other.id, { reviewed: 'OPPORTUNITY' });
    await m.get(ConversationCommands).addTag(other.id, ADA, theirs.id, 'secret');

    const [row] = await list.page(ws.id, validateFilter({}), undefined, 10);
    assert.equal(row.conversation.id, mine.id);
    assert.equal('tags' in row || 'review' in row, false);
    assert.deepEqual(await list.rowsByIds(ws.id, [theirs.id], { tags: true, review: true }), []);
  });
});
