// conversationWorkflow when the review keeps failing, on Temporal's time-skipping test server: the
// real retry policy (an hour of backoff) runs in well under a second.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { CONVERSATION_GONE, SA } from '../../libs/workflows/src/conversation.contract';
import { REVIEW_MAX_ATTEMPTS } from '../../libs/workflows/src/review.proxy';
import { DAY, MINUTE, message, newConversation, type ConversationDriver } from './support/conversation-driver';
import { TestActivities, UNCHANGED_STATUS } from './support/test-activities';
import { startTimeSkipping, type TimeSkippingHarness } from './support/test-server';

const DELAY = 10 * MINUTE;
const SLACK_MS = 5_000;
/** The documented waits between the review's attempts: 2 s doubling, capped at 5 minutes. */
const BACKOFF_S = [2, 4, 8, 16, 32, 64, 128, 256, ...Array<number>(REVIEW_MAX_ATTEMPTS - 9).fill(300)];

describe('conversationWorkflow review failures (time-skipping)', () => {
  const activities = new TestActivities();
  let h: TimeSkippingHarness;
  const now = () => h.env.currentTimeMs();
  const conversation = () => newConversation(h.env.client, h.taskQueue);
  const warningsOf = (c: ConversationDriver) => h.logs.filter((l) => l.meta?.workflowId === c.workflowId);

  before(async () => {
    h = await startTimeSkipping(activities);
  });
  after(async () => {
    await h?.stop();
  });

  it('gives up after the last attempt: records the failure once, counts the window as reviewed, reviews the next message', async () => {
    const c = conversation();
    activities.onReview(c.id, ({ throughSeq }) => {
      if (throughSeq === 1) throw new Error('reviewer unavailable');
    });
    await c.send(message(1, await now()));
    await h.env.sleep(DELAY + 2 * 60 * MINUTE);

    const attempts = activities.reviewsOf(c.id);
    assert.deepEqual(
      attempts.map((a) => a.attempt),
      Array.from({ length: REVIEW_MAX_ATTEMPTS }, (_, i) => i + 1),
    );
    attempts.slice(1).forEach((a, i) => {
      const gap = a.at - attempts[i].at;
      assert.ok(gap >= BACKOFF_S[i] * 1000 && gap <= BACKOFF_S[i] * 1000 + SLACK_MS, `wait before attempt ${a.attempt}: ${gap} ms`);
    });
    const reason = 'Error: reviewer unavailable';
    assert.deepEqual(
      activities.failuresOf(c.id).map((f) => f.input),
      [{ conversationId: c.id, throughSeq: 1, reason }],
    );

    const state = await c.state();
    assert.equal(state.reviewedThroughSeq, 1);
    assert.equal(state.reviewDueAt, null);
    assert.equal(state.reviewCount, 0);
    assert.equal(state.reviewFailureCount, 1);
    assert.equal(state.status, UNCHANGED_STATUS);
    assert.deepEqual({ ...state.lastReviewFailure, failedAt: undefined }, { throughSeq: 1, reason, recorded: true, failedAt: undefined });
    assert.ok(Date.parse(state.lastReviewFailure!.failedAt) >= attempts.at(-1)!.at);
    assert.equal((await c.handle().describe()).typedSearchAttributes.get(SA.reviewed), true);

    const warning = warningsOf(c).find((l) => l.message.includes('review failed after its last attempt'));
    assert.ok(warning, 'the workflow logger warned');
    assert.equal(warning.level, 'WARN');
    assert.deepEqual([warning.meta?.conversationId, warning.meta?.throughSeq, warning.meta?.reason], [c.id, 1, reason]);

    // What an operator sees in the Temporal UI: the last attempt's number and failure, then the record.
    const events = (await c.handle().fetchHistory()).events ?? [];
    const started = events.filter((e) => e.activityTaskStartedEventAttributes).map((e) => e.activityTaskStartedEventAttributes!);
    assert.equal(started[0].attempt, REVIEW_MAX_ATTEMPTS);
    const failed = events.find((e) => e.activityTaskFailedEventAttributes)?.activityTaskFailedEventAttributes;
    assert.equal(failed?.failure?.message, 'reviewer unavailable');
    const scheduled = events.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
    assert.deepEqual(scheduled, ['reviewConversation', 'recordReviewFailure']);

    await h.env.sleep(DAY);
    assert.equal(activities.reviewsOf(c.id).length, REVIEW_MAX_ATTEMPTS, 'the window is not retried again');

    await c.send(message(2, await now()));
    await h.env.sleep(DELAY + MINUTE);
    assert.deepEqual(
      activities
        .reviewsOf(c.id)
        .slice(REVIEW_MAX_ATTEMPTS)
        .map((a) => [a.input.throughSeq, a.attempt]),
      [[2, 1]],
    );
    const after = await c.state();
    assert.equal(after.reviewCount, 1);
    assert.equal(after.reviewedThroughSeq, 2);
    assert.equal(after.lastReviewFailure?.throughSeq, 1, 'the last failure stays visible');
    assert.equal(activities.failuresOf(c.id).length, 1);
  });

  it('ends the window at once when the conversation is gone, recording nothing', async () => {
    // The worker throws it non-retryable; the retry policy names the type too, so either way it is final.
    const thrown = [
      (id: string) => ApplicationFailure.nonRetryable(`conversation ${id} does not exist`, CONVERSATION_GONE),
      (id: string) => ApplicationFailure.retryable(`conversation ${id} does not exist`, CONVERSATION_GONE),
    ];
    for (const failure of thrown) {
      const c = conversation();
      activities.onReview(c.id, () => {
        throw failure(c.id);
      });
      await c.send(message(1, await now()));
      await h.env.sleep(DELAY + 2 * 60 * MINUTE);

      assert.equal(activities.reviewsOf(c.id).length, 1, 'one attempt');
      assert.equal(activities.failuresOf(c.id).length, 0, 'nothing to record a failure on');
      const state = await c.state();
      assert.equal(state.reviewedThroughSeq, 1);
      assert.equal(state.reviewDueAt, null);
      assert.deepEqual(
        { ...state.lastReviewFailure, failedAt: undefined },
        { throughSeq: 1, reason: `ConversationGone: conversation ${c.id} does not exist`, recorded: false, failedAt: undefined },
      );
      assert.ok(warningsOf(c).some((l) => l.message.includes('the conversation is gone')));
    }
  });

  it('retries recording the failure until it is stored; a non-retryable review failure is final at once', async () => {
    const c = conversation();
    activities.onReview(c.id, () => {
      throw ApplicationFailure.nonRetryable('model not found', 'ReviewerRejected');
    });
    activities.onRecordFailure(c.id, (_input, attempt) => {
      if (attempt < 4) throw new Error('database unavailable');
    });
    await c.send(message(1, await now()));
    await h.env.sleep(DELAY + 10 * MINUTE);

    assert.equal(activities.reviewsOf(c.id).length, 1);
    assert.deepEqual(
      activities.failuresOf(c.id).map((f) => [f.attempt, f.input.reason]),
      [1, 2, 3, 4].map((attempt) => [attempt, 'ReviewerRejected: model not found']),
    );
    const state = await c.state();
    assert.equal(state.lastReviewFailure?.recorded, true);
    assert.equal(state.reviewedThroughSeq, 1);
  });
});
