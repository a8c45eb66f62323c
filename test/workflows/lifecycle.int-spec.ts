// conversationWorkflow's run lifecycle on Temporal's time-skipping test server: search attributes,
// continue-as-new, idle completion and the run after it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { WorkflowHandle } from '@temporalio/client';
import { SA, STATE_QUERY } from '../../libs/workflows/src/conversation.contract';
import { DAY, MINUTE, message, newConversation } from './support/conversation-driver';
import { REVIEWED_STATUS, TestActivities } from './support/test-activities';
import { startTimeSkipping, type TimeSkippingHarness } from './support/test-server';

const DELAY = 10 * MINUTE;

/** After a query: the query waits for the workflow task in flight, which carries the upserts. */
async function searchAttributes(handle: WorkflowHandle) {
  await handle.query(STATE_QUERY);
  const { typedSearchAttributes } = await handle.describe();
  return {
    status: typedSearchAttributes.get(SA.status),
    reviewed: typedSearchAttributes.get(SA.reviewed),
    lastMessageAt: typedSearchAttributes.get(SA.lastMessageAt)?.toISOString(),
    conversationId: typedSearchAttributes.get(SA.conversationId),
  };
}

/**
 * The scenario on a time-skipping server of its own, once more on a new one if an attempt hangs: the
 * Java test server now and then leaves a workflow task refused at continue-as-new under a burst of
 * signals started and never redelivered (its bugs of that family: temporalio/sdk-java#3088), and the
 * run waits for ever. A wrong result fails at once; only a hang is tried again. A hung attempt's calls
 * are cancelled before its server stops: a call still pending would be retried by the client against
 * a closed channel, and that throws from a timer, failing whichever test runs then.
 */
async function onFreshServer(scenario: (h: TimeSkippingHarness, activities: TestActivities) => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const activities = new TestActivities();
    const h = await startTimeSkipping(activities);
    const calls = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ATTEMPT_MS)));
    const run = h.env.client.withAbortSignal(calls.signal, () => scenario(h, activities)).then(() => 'done' as const);
    // a hung attempt fails once its calls are cancelled: that is no longer news
    const settled = run.catch(() => undefined);
    try {
      const outcome = await Promise.race([run, hung]);
      if (outcome === 'done') return;
      if (attempt >= 2) throw new Error(`the scenario hung twice on the time-skipping test server (${ATTEMPT_MS} ms each)`);
    } finally {
      clearTimeout(timer);
      calls.abort();
      await Promise.race([settled, delay(5_000)]);
      await Promise.race([h.stop(), delay(10_000)]);
    }
  }
}

/** A passing attempt takes well under a second; a hung one never ends. */
const ATTEMPT_MS = 30_000;

describe('conversationWorkflow lifecycle (time-skipping)', () => {
  const activities = new TestActivities();
  let h: TimeSkippingHarness;
  const now = () => h.env.currentTimeMs();

  before(async () => {
    h = await startTimeSkipping(activities);
  });
  after(async () => {
    await h?.stop();
  });

  it('keeps the search attributes current: last message, review, a status a person set', async () => {
    const c = newConversation(h.env.client, h.taskQueue);
    const firstAt = await now();
    const handle = await c.send(message(1, firstAt));
    const secondAt = firstAt + 1_000;
    await c.send(message(2, secondAt));
    assert.deepEqual(await searchAttributes(handle), {
      status: undefined,
      reviewed: false,
      lastMessageAt: new Date(secondAt).toISOString(),
      conversationId: c.id,
    });

    await h.env.sleep(DELAY + MINUTE);
    assert.equal((await searchAttributes(handle)).status, REVIEWED_STATUS);
    assert.equal((await searchAttributes(handle)).reviewed, true);

    await c.setStatus('QUOTE_REQUEST');
    assert.equal((await c.state()).status, 'QUOTE_REQUEST');
    assert.equal((await searchAttributes(handle)).status, 'QUOTE_REQUEST');
  });

  it('continues as new before the history grows large, keeping its state and every signal', async () => {
    await onFreshServer(async (h, activities) => {
      const now = () => h.env.currentTimeMs();
      const c = newConversation(h.env.client, h.taskQueue, { historyLimit: 20 });
      const first = await c.send(message(1, await now()));
      await h.env.sleep(DELAY + MINUTE);
      assert.equal(activities.reviewsOf(c.id).length, 1);
      await c.setStatus('OPPORTUNITY');
      // A burst of messages: the history passes its limit mid-window, and no signal is lost across runs.
      for (let seq = 2; seq <= 16; seq++) await c.send(message(seq, await now(), seq === 16 ? { reviewDelayMs: 5 * MINUTE } : {}));

      const carried = await c.state();
      const firstRun = h.env.client.workflow.getHandle(c.workflowId, first.signaledRunId);
      const events = (await firstRun.fetchHistory()).events ?? [];
      assert.ok(events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes, 'the first run continued as new');
      const latest = await c.handle().describe();
      assert.notEqual(latest.runId, first.signaledRunId);

      assert.equal(carried.messageCount, 16);
      assert.equal(carried.reviewCount, 1);
      assert.equal(carried.reviewedThroughSeq, 1);
      assert.equal(carried.status, 'OPPORTUNITY');
      assert.equal(Date.parse(carried.reviewDueAt!), Date.parse(carried.lastActivityAt!) + 5 * MINUTE, 'the changed delay is carried');
      assert.equal((await searchAttributes(c.handle())).conversationId, c.id, 'search attributes carried to the new run');

      await h.env.sleep(6 * MINUTE);
      assert.deepEqual(
        activities.reviewsOf(c.id).map((r) => r.input.throughSeq),
        [1, 16],
      );
      assert.equal((await c.state()).reviewCount, 2);
    });
  });

  it('completes after the idle period; a later message starts a fresh run that reviews it', async () => {
    const c = newConversation(h.env.client, h.taskQueue, { idleCloseMs: 30 * DAY });
    const first = await c.send(message(1, await now()));
    // Awaiting the result skips time to the run's end: the review, then 30 idle days.
    const closed = await first.result();
    assert.equal(closed.reviewedThroughSeq, 1);
    assert.equal(closed.reviewCount, 1);
    assert.equal((await first.describe()).status.name, 'COMPLETED');

    const second = await c.send(message(2, await now()));
    assert.notEqual(second.signaledRunId, first.signaledRunId, 'a new run');
    await h.env.sleep(DELAY + MINUTE);
    assert.deepEqual(
      activities.reviewsOf(c.id).map((r) => r.input.throughSeq),
      [1, 2],
    );
    const state = await c.state();
    assert.equal(state.messageCount, 2);
    assert.equal(state.reviewedThroughSeq, 2);
  });
});
