// conversationWorkflow on the real Temporal dev server of the test stack (what `npm start` runs), and
// the replay of the recorded histories: a workflow change that old runs cannot replay fails here.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { SA } from '../../libs/workflows/src/conversation.contract';
import { readStack } from '../support/stack';
import { message, newConversation } from './support/conversation-driver';
import { fetchRuns, readRecordedHistories, type RecordedHistory } from './support/histories';
import { captureWorkerLogs } from './support/logs';
import { REVIEWED_STATUS, TestActivities } from './support/test-activities';
import { until } from './support/until';
import { runWorker, workflowBundle, type RunningWorker } from './support/worker';

describe('conversationWorkflow on the dev server', () => {
  const activities = new TestActivities();
  const taskQueue = `workflow-test-${randomUUID()}`;
  const fresh: RecordedHistory[] = [];
  let connection: Connection;
  let nativeConnection: NativeConnection;
  let client: Client;
  let worker: RunningWorker;

  before(async () => {
    captureWorkerLogs();
    const stack = readStack();
    connection = await Connection.connect({ address: stack.temporalAddress });
    client = new Client({ connection, namespace: stack.temporalNamespace });
    nativeConnection = await NativeConnection.connect({ address: stack.temporalAddress });
    worker = await runWorker(nativeConnection, taskQueue, activities, stack.temporalNamespace);
  });
  after(async () => {
    await worker?.stop();
    await nativeConnection?.close();
    await connection?.close();
  });

  it('signalWithStart → one review after the delay; search attributes current and searchable', async () => {
    const c = newConversation(client, taskQueue, { reviewDelayMs: 500, idleCloseMs: 2_000, source: 'WHATSAPP' });
    const sentAt = Date.now();
    await c.send(message(1, sentAt - 1_000));
    const handle = await c.send(message(2, sentAt));

    // The run reviews, then completes after the idle period: its result is the final state.
    const final = await handle.result();
    assert.deepEqual(
      activities.reviewsOf(c.id).map((r) => r.input),
      [{ conversationId: c.id, throughSeq: 2 }],
    );
    assert.equal(final.reviewedThroughSeq, 2);
    assert.equal(final.reviewCount, 1);
    assert.equal(final.status, REVIEWED_STATUS);
    assert.ok(activities.reviewsOf(c.id)[0].at >= sentAt + 500, 'reviewed after the delay');

    const { typedSearchAttributes } = await handle.describe();
    assert.deepEqual(
      {
        workspaceId: typedSearchAttributes.get(SA.workspaceId),
        conversationId: typedSearchAttributes.get(SA.conversationId),
        source: typedSearchAttributes.get(SA.source),
        status: typedSearchAttributes.get(SA.status),
        reviewed: typedSearchAttributes.get(SA.reviewed),
        lastMessageAt: typedSearchAttributes.get(SA.lastMessageAt)?.toISOString(),
      },
      {
        workspaceId: c.input.workspaceId,
        conversationId: c.id,
        source: 'WHATSAPP',
        status: REVIEWED_STATUS,
        reviewed: true,
        lastMessageAt: new Date(sentAt).toISOString(),
      },
    );
    // What an operator filters on in the Temporal UI (visibility is eventually consistent).
    const query = `ConversationId = '${c.id}' AND Reviewed = true AND ConversationStatus = '${REVIEWED_STATUS}'`;
    await until('the visibility query to find the run', async () => (await client.workflow.count(query)).count === 1);

    for (const [i, history] of (await fetchRuns(client, c.workflowId, c.firstRunId()!)).entries())
      fresh.push({ name: `this run's end-to-end ${i + 1}`, history });
  });

  it('replays every recorded history with the current workflow code', async () => {
    const recorded = readRecordedHistories();
    assert.ok(recorded.length >= 8, `recorded histories found: ${recorded.length}`);
    const failures: string[] = [];
    const replayed: string[] = [];
    const histories = [...recorded, ...fresh].map((h) => ({ workflowId: h.name, history: h.history }));
    for await (const result of Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories)) {
      replayed.push(result.workflowId);
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    assert.deepEqual(failures, []);
    assert.equal(replayed.length, histories.length);
  });
});
