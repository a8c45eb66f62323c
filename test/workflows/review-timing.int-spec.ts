// When conversationWorkflow reviews, on Temporal's time-skipping test server: minutes pass in
// milliseconds, so the real REVIEW_DELAY (10 minutes) is used.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MINUTE, DAY, message, newConversation } from './support/conversation-driver';
import { REVIEWED_STATUS, TestActivities } from './support/test-activities';
import { startTimeSkipping, type TimeSkippingHarness } from './support/test-server';

const DELAY = 10 * MINUTE;
/** The server's clock runs on in real time between calls; a review fires within this of its deadline. */
const SLACK_MS = 5_000;

function assertNear(actual: number, expected: number, what: string) {
  assert.ok(
    actual >= expected && actual <= expected + SLACK_MS,
    `${what}: ${new Date(actual).toISOString()} not within ${SLACK_MS} ms after ${new Date(expected).toISOString()}`,
  );
}

describe('conversationWorkflow review timing (time-skipping)', () => {
  const activities = new TestActivities();
  let h: TimeSkippingHarness;
  const now = () => h.env.currentTimeMs();
  const conversation = (input = {}) => newConversation(h.env.client, h.taskQueue, input);

  before(async () => {
    h = await startTimeSkipping(activities);
  });
  after(async () => {
    await h?.stop();
  });

  it('reviews once, REVIEW_DELAY after the last message, for everything received', async () => {
    const c = conversation();
    await c.send(message(1, await now()));
    const lastAt = await now();
    await c.send(message(2, lastAt));

    const waiting = await c.state();
    assert.equal(waiting.messageCount, 2);
    assert.equal(waiting.reviewedThroughSeq, 0);
    assert.equal(waiting.lastMessageAt, new Date(lastAt).toISOString());
    assert.equal(waiting.reviewDueAt, new Date(Date.parse(waiting.lastActivityAt!) + DELAY).toISOString());
    assert.equal(waiting.lastReviewAt, null);

    await h.env.sleep(DELAY - MINUTE);
    assert.equal(activities.reviewsOf(c.id).length, 0, 'no review before the delay');
    await h.env.sleep(2 * MINUTE);
    const [review, ...more] = activities.reviewsOf(c.id);
    assert.deepEqual(review.input, { conversationId: c.id, throughSeq: 2 });
    assert.equal(more.length, 0);
    assertNear(review.at, Date.parse(waiting.reviewDueAt), 'review time');

    await h.env.sleep(DAY);
    assert.equal(activities.reviewsOf(c.id).length, 1, 'nothing new: no second review');
    const reviewed = await c.state();
    assert.deepEqual(
      { ...reviewed, lastActivityAt: null, lastMessageAt: null },
      {
        messageCount: 2,
        lastMessageAt: null,
        lastActivityAt: null,
        reviewDueAt: null,
        lastReviewAt: new Date(review.at).toISOString(),
        reviewedThroughSeq: 2,
        reviewCount: 1,
        status: REVIEWED_STATUS,
        reviewFailureCount: 0,
        lastReviewFailure: null,
      },
    );
  });

  it('pushes the review back for every message within the window, with one timer per deadline check', async () => {
    const c = conversation();
    await c.send(message(1, await now()));
    let lastAt = 0;
    for (let seq = 2; seq <= 4; seq++) {
      await h.env.sleep(3 * MINUTE);
      lastAt = await now();
      await c.send(message(seq, lastAt));
    }
    await h.env.sleep(DELAY - MINUTE);
    assert.equal(activities.reviewsOf(c.id).length, 0, '19 minutes after the first message, 9 after the last');
    await h.env.sleep(2 * MINUTE);
    const reviews = activities.reviewsOf(c.id);
    assert.deepEqual(
      reviews.map((r) => r.input.throughSeq),
      [4],
    );
    assertNear(reviews[0].at, lastAt + DELAY, 'review time');

    // Messages move the deadline without touching the timer: it fires at the first deadline (10 min),
    // and one more runs to the last message's (19 min). No timer is cancelled and restarted per message.
    const events = (await c.handle().fetchHistory()).events ?? [];
    const beforeReview = events.slice(
      0,
      events.findIndex((e) => e.activityTaskScheduledEventAttributes),
    );
    assert.equal(beforeReview.filter((e) => e.timerStartedEventAttributes).length, 2);
    assert.equal(beforeReview.filter((e) => e.timerCanceledEventAttributes).length, 0);
  });

  it('ignores repeated and out-of-order signals: only a newer message moves the deadline', async () => {
    const c = conversation();
    const t0 = await now();
    await c.send(message(3, t0));
    await c.send(message(1, t0 - 2 * MINUTE)); // older, relayed after the newest
    await c.send(message(3, t0)); // a repeat (outbox retry)
    await h.env.sleep(3 * MINUTE);
    await c.send(message(2, t0 - MINUTE)); // older still, arriving later: no new activity
    const state = await c.state();
    assert.equal(state.messageCount, 3);
    assert.equal(state.lastMessageAt, new Date(t0).toISOString());
    assertNear(Date.parse(state.reviewDueAt!), t0 + DELAY, 'deadline');

    await h.env.sleep(8 * MINUTE);
    const reviews = activities.reviewsOf(c.id);
    assert.deepEqual(
      reviews.map((r) => r.input.throughSeq),
      [3],
    );
    assertNear(reviews[0].at, t0 + DELAY, 'review time');
  });

  it('reviews again REVIEW_DELAY after a message that follows a review', async () => {
    const c = conversation();
    await c.send(message(1, await now()));
    await h.env.sleep(DELAY + MINUTE);
    assert.equal(activities.reviewsOf(c.id).length, 1);
    const laterAt = await now();
    await c.send(message(2, laterAt));
    const waiting = await c.state();
    assert.equal(waiting.reviewedThroughSeq, 1);
    assertNear(Date.parse(waiting.reviewDueAt!), laterAt + DELAY, 'second deadline');

    await h.env.sleep(DELAY + MINUTE);
    const reviews = activities.reviewsOf(c.id);
    assert.deepEqual(
      reviews.map((r) => r.input.throughSeq),
      [1, 2],
    );
    assertNear(reviews[1].at, laterAt + DELAY, 'second review time');
    const state = await c.state();
    assert.equal(state.reviewCount, 2);
    assert.equal(state.reviewedThroughSeq, 2);
  });

  it('applies a shorter REVIEW_DELAY carried by a message to the running window', async () => {
    const c = conversation({ reviewDelayMs: 60 * MINUTE });
    await c.send(message(1, await now()));
    await h.env.sleep(MINUTE);
    const shortenedAt = await now();
    await c.send(message(2, shortenedAt, { reviewDelayMs: 2 * MINUTE }));
    assertNear(Date.parse((await c.state()).reviewDueAt!), shortenedAt + 2 * MINUTE, 'shortened deadline');
    await h.env.sleep(3 * MINUTE);
    const reviews = activities.reviewsOf(c.id);
    assert.deepEqual(
      reviews.map((r) => r.input.throughSeq),
      [2],
    );
    assertNear(reviews[0].at, shortenedAt + 2 * MINUTE, 'review time');
  });

  it('counts messages relayed late (after a Temporal outage) from their arrival, and reviews them together', async () => {
    const c = conversation();
    const storedAt = (await now()) - 2 * 60 * MINUTE; // stored two hours ago, signalled only now
    const relayedAt = await now();
    await c.send(message(1, storedAt));
    await c.send(message(2, storedAt + 1_000));
    const state = await c.state();
    assertNear(Date.parse(state.lastActivityAt!), relayedAt, 'activity counted from arrival');
    assert.equal(state.lastMessageAt, new Date(storedAt + 1_000).toISOString(), 'the message keeps its own time');
    await h.env.sleep(DELAY + MINUTE);
    assert.deepEqual(
      activities.reviewsOf(c.id).map((r) => r.input.throughSeq),
      [2],
    );
  });

  it('drops a malformed message signal with a warning naming the field', async () => {
    const c = conversation();
    await c.send(message(1, await now()));
    await c.send({ ...message(2, await now()), receivedAt: 'yesterday' });
    await c.send(message(0, await now()));
    const state = await c.state();
    assert.equal(state.messageCount, 1);
    const warnings = h.logs.filter((l) => l.meta?.workflowId === c.workflowId).map((l) => l.message);
    assert.ok(
      warnings.some((w) => w.includes('receivedAt must be an ISO-8601 time')),
      `warnings: ${JSON.stringify(warnings)}`,
    );
    assert.ok(warnings.some((w) => w.includes('seq must be a positive integer')));
    await h.env.sleep(DELAY + MINUTE);
    assert.deepEqual(
      activities.reviewsOf(c.id).map((r) => r.input.throughSeq),
      [1],
    );
  });
});
