import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { reviewResult, seedConversation } from '../../../../test/support/seed';
import { ConversationReviews } from './conversation-reviews.service';

describe('ConversationReviews (medium)', () => {
  let m: Medium;
  let reviews: ConversationReviews;
  before(async () => {
    m = await medium();
    reviews = m.get(ConversationReviews);
  });
  after(() => m.close());

  it('reads a bounded window: the newest messages within the message and character caps, and says how many were left out', async () => {
    const ws = await m.workspace();
    const messages = Array.from({ length: 30 }, (_, i) => ({
      role: i % 2 ? ('AGENT' as const) : ('CUSTOMER' as const),
      text: `message ${i} ${'x'.repeat(90)}`,
    }));
    const c = await seedConversation(m, ws.id, { messages });
    const byCount = await reviews.window(c.id, 30, 10, 1_000_000);
    assert.deepEqual([byCount.input.messages.length, byCount.input.omittedMessages], [10, 20]);
    assert.match(byCount.input.messages[0].text, /^message 20 /);
    assert.match(byCount.input.messages[9].text, /^message 29 /);
    const byChars = await reviews.window(c.id, 30, 100, 1_000);
    assert.ok(byChars.input.messages.length < 11 && byChars.input.messages.length >= 9, `${byChars.input.messages.length} messages`);
    assert.equal(byChars.input.omittedMessages, 30 - byChars.input.messages.length);
    // a single message longer than the cap is still read (a review never reads nothing)
    const huge = await seedConversation(m, ws.id, { messages: [{ role: 'CUSTOMER', text: 'y'.repeat(5_000) }] });
    assert.equal((await reviews.window(huge.id, 1, 100, 1_000)).input.messages.length, 1);
    // as of a message: later ones are not read
    assert.equal((await reviews.window(c.id, 5, 100, 1_000_000)).input.messages.length, 5);
  });

  it('stores a review once per (conversation, message): a retry finds it; every review is kept', async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id);
    const first = await reviews.apply(c.id, 1, reviewResult('OPPORTUNITY', 60), 0);
    const retry = await reviews.apply(c.id, 1, reviewResult('SPAM', 10), 0);
    assert.deepEqual([retry.status, retry.reviewedAt.getTime()], [first.status, first.reviewedAt.getTime()]);
    assert.deepEqual(await reviews.stored(c.id, 1), first);
    await reviews.apply(c.id, 2, reviewResult('QUOTE_REQUEST', 80), 3);
    const rows = await m.query<{ through_seq: number; suggested_status: string; omitted_messages: number }>(
      `select through_seq, suggested_status, omitted_messages from review where conversation_id = '${c.id}' order by through_seq`,
    );
    assert.deepEqual(rows, [
      { through_seq: 1, suggested_status: 'OPPORTUNITY', omitted_messages: 0 },
      { through_seq: 2, suggested_status: 'QUOTE_REQUEST', omitted_messages: 3 },
    ]);
    const events = await m.query<{ type: string }>(
      `select type from domain_event where conversation_id = '${c.id}' and type = 'conversation.reviewed'`,
    );
    assert.equal(events.length, 2);
  });

  it('a review that failed every attempt makes the conversation visible, status and score unchanged, marked failed', async () => {
    const ws = await m.workspace();
    const hidden = await seedConversation(m, ws.id);
    const r = await reviews.applyFailure(hidden.id, 1, 'ReviewerError: the model endpoint answered 500\nagain');
    assert.equal(r.status, 'IN_PROGRESS');
    const [c] = await m.query<{ visible: boolean; status: string; quality_score: number | null }>(
      `select visible, status, quality_score from conversation where id = '${hidden.id}'`,
    );
    assert.deepEqual(c, { visible: true, status: 'IN_PROGRESS', quality_score: 0 });
    const [review] = await m.query<{ failed: boolean; reviewer: string }>(
      `select failed, reviewer from review where conversation_id = '${hidden.id}'`,
    );
    assert.equal(review.failed, true);
    assert.equal(review.reviewer, 'failed:ReviewerError: the model endpoint answered 500 again');

    const reviewed = await seedConversation(m, ws.id, {
      reviewed: 'QUOTE_REQUEST',
      qualityScore: 77,
      messages: [
        { role: 'CUSTOMER', text: 'a' },
        { role: 'CUSTOMER', text: 'b' },
      ],
    });
    await reviews.applyFailure(reviewed.id, 3, 'timeout');
    const [after] = await m.query<{ status: string; quality_score: number }>(
      `select status, quality_score from conversation where id = '${reviewed.id}'`,
    );
    assert.deepEqual(after, { status: 'QUOTE_REQUEST', quality_score: 77 });
  });

  it('a conversation that does not exist is GONE (the activity gives up at once)', async () => {
    await assert.rejects(reviews.window('00000000-0000-0000-0000-000000000001', 1, 10, 10), /does not exist/);
  });
});
