// The workflow against the real Temporal dev server of the test stack, with a recording activity in
// place of the review (the review itself is tested with the real services in the e2e suite).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { execFileSync } from 'node:child_process';
import { readStack, temporalCli } from '../support/stack';
import {
  CONVERSATION_WORKFLOW_TYPE,
  MESSAGE_SIGNAL,
  STATUS_SIGNAL,
  conversationWorkflowId,
  type ConversationState,
  type ConversationWorkflowInput,
  type MessageSignal,
  type ReviewActivityInput,
} from '../../libs/workflows/src/conversation.contract';

const WORKFLOWS_PATH = require.resolve('../../libs/workflows/src/workflows');
const HISTORIES = path.resolve(process.cwd(), 'test', 'workflows', 'histories');
const DELAY = 1_500;

describe('conversationWorkflow', () => {
  let connection: Connection;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `wf-test-${randomUUID()}`;
  const calls: ReviewActivityInput[] = [];

  before(async () => {
    const stack = readStack();
    connection = await Connection.connect({ address: stack.temporalAddress });
    client = new Client({ connection });
    worker = await Worker.create({
      connection: await NativeConnection.connect({ address: stack.temporalAddress }),
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: {
        async reviewConversation(input: ReviewActivityInput) {
          calls.push(input);
          return { throughSeq: input.throughSeq, status: 'INFO_ONLY', reviewedAt: new Date().toISOString() };
        },
      },
    });
    running = worker.run();
  });

  after(async () => {
    worker.shutdown();
    await running;
    await connection.close();
  });

  function start(conversationId: string, extra: Partial<ConversationWorkflowInput> = {}) {
    return (signal: MessageSignal) =>
      client.workflow.signalWithStart(CONVERSATION_WORKFLOW_TYPE, {
        workflowId: conversationWorkflowId(conversationId),
        taskQueue,
        args: [{ conversationId, workspaceId: 'ws', source: 'WIDGET', reviewDelayMs: DELAY, idleCloseMs: 60_000, ...extra }],
        signal: MESSAGE_SIGNAL,
        signalArgs: [signal],
      });
  }
  const msg = (seq: number, at = new Date()): MessageSignal => ({ seq, sentAt: at.toISOString(), receivedAt: at.toISOString() });
  const reviewsOf = (id: string) => calls.filter((c) => c.conversationId === id);
  const until = async (check: () => boolean, ms = 15_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('reviews once, after the delay, for everything received; repeats and out-of-order signals change nothing', async () => {
    const id = randomUUID();
    const send = start(id);
    const t0 = new Date();
    const handle = await send(msg(2, t0));
    await send(msg(1, new Date(t0.getTime() - 1_000))); // older, late
    await send(msg(2, t0)); // repeat (outbox retry)
    const state = await handle.query<ConversationState>('state');
    assert.equal(state.messageCount, 2);
    assert.equal(state.reviewDueAt, new Date(Date.parse(state.lastActivityAt!) + DELAY).toISOString());
    await until(() => reviewsOf(id).length === 1);
    assert.deepEqual(reviewsOf(id), [{ conversationId: id, throughSeq: 2 }]);
    await new Promise((r) => setTimeout(r, DELAY));
    assert.equal(reviewsOf(id).length, 1);
    const after = await handle.query<ConversationState>('state');
    assert.equal(after.reviewedThroughSeq, 2);
    assert.equal(after.reviewDueAt, null);
    assert.ok(after.lastReviewAt);
  });

  it('a message during the window moves the deadline; one after the review leads to a second review', async () => {
    const id = randomUUID();
    const send = start(id);
    await send(msg(1));
    await new Promise((r) => setTimeout(r, DELAY * 0.7));
    await send(msg(2));
    await new Promise((r) => setTimeout(r, DELAY * 0.7));
    assert.equal(reviewsOf(id).length, 0, 'deadline was pushed back');
    await until(() => reviewsOf(id).length === 1);
    await send(msg(3));
    await until(() => reviewsOf(id).length === 2);
    assert.deepEqual(
      reviewsOf(id).map((c) => c.throughSeq),
      [2, 3],
    );
  });

  it('continues as new before the history grows large, keeping its state and every signal', async () => {
    const id = randomUUID();
    const send = start(id, { historyLimit: 20 });
    for (let seq = 1; seq <= 15; seq++) await send(msg(seq));
    // No signal is lost across the run boundary: the review covers all 15 messages.
    await until(() => reviewsOf(id).some((c) => c.throughSeq === 15));
    const latest = client.workflow.getHandle(conversationWorkflowId(id));
    const state = await latest.query<ConversationState>('state');
    assert.equal(state.messageCount, 15);
    assert.equal(state.reviewedThroughSeq, 15);
    const runs = client.workflow.list({ query: `WorkflowId = '${conversationWorkflowId(id)}'` });
    let count = 0;
    for await (const _ of runs) count++;
    assert.ok(count >= 2, `expected continue-as-new runs, saw ${count}`);
  });

  it('completes after the idle period; a later message starts a fresh run', async () => {
    const id = randomUUID();
    const send = start(id, { idleCloseMs: 1_000 });
    const first = await send(msg(1));
    await until(() => reviewsOf(id).length === 1);
    const result = await first.result();
    assert.equal(result.reviewedThroughSeq, 1);
    await send(msg(2));
    await until(() => reviewsOf(id).length === 2);
    assert.equal(reviewsOf(id)[1].throughSeq, 2);
  });

  it('messages relayed late (after an outage) count from their arrival and are reviewed together', async () => {
    const id = randomUUID();
    const send = start(id);
    const longAgo = new Date(Date.now() - 60_000);
    await send(msg(1, longAgo));
    await new Promise((r) => setTimeout(r, 300)); // the relay signals one by one
    await send(msg(2, new Date(longAgo.getTime() + 200)));
    await until(() => reviewsOf(id).length === 1);
    await new Promise((r) => setTimeout(r, DELAY));
    assert.deepEqual(
      reviewsOf(id).map((c) => c.throughSeq),
      [2],
    );
  });

  it('applies a changed REVIEW_DELAY carried by a later message', async () => {
    const id = randomUUID();
    const send = start(id, { reviewDelayMs: 60_000 });
    await send(msg(1));
    const handle = await send({ ...msg(2), reviewDelayMs: 200 });
    const state = await handle.query<ConversationState>('state');
    assert.equal(state.reviewDueAt, new Date(Date.parse(state.lastActivityAt!) + 200).toISOString());
    await until(() => reviewsOf(id).length === 1);
  });

  it('keeps the ConversationStatus search attribute current when a person changes the status', async () => {
    const id = randomUUID();
    const handle = await start(id)(msg(1));
    await until(() => reviewsOf(id).length === 1);
    await handle.signal(STATUS_SIGNAL, { status: 'QUOTE_REQUEST' });
    const state = await handle.query<ConversationState>('state');
    assert.equal(state.status, 'QUOTE_REQUEST');
    const described = await handle.describe();
    assert.equal(described.searchAttributes.ConversationStatus?.[0], 'QUOTE_REQUEST');
    assert.equal(described.searchAttributes.Reviewed?.[0], true);
  });

  it('replays recorded histories deterministically', async () => {
    const fresh: { name: string; history: unknown }[] = [];
    for (const id of new Set(calls.map((c) => c.conversationId))) {
      const handle = client.workflow.getHandle(conversationWorkflowId(id));
      fresh.push({ name: `run-${fresh.length}`, history: await handle.fetchHistory() });
    }
    // RECORD_HISTORIES=<prefix> adds this run's histories under that prefix (keep the old ones: they
    // prove that workflows started by earlier code still replay).
    const prefix = process.env.RECORD_HISTORIES;
    if (prefix) {
      // The CLI writes the standard JSON form of a history (what historyFromJSON reads back).
      mkdirSync(HISTORIES, { recursive: true });
      const ids = [...new Set(calls.map((c) => c.conversationId))];
      ids.forEach((id, i) => {
        const json = execFileSync(temporalCli(), [
          'workflow',
          'show',
          '--address',
          readStack().temporalAddress,
          '--workflow-id',
          conversationWorkflowId(id),
          '--output',
          'json',
        ]);
        writeFileSync(path.join(HISTORIES, `${prefix}-${i}.json`), json);
      });
    }
    const committed = readdirSync(HISTORIES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: f, history: JSON.parse(readFileSync(path.join(HISTORIES, f), 'utf8')) as unknown }));
    assert.ok(committed.length > 0, 'committed histories exist');
    // One replay worker (one workflow bundle) for all of them.
    const histories = [...fresh, ...committed].map((h) => ({ workflowId: h.name, history: h.history }));
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath: WORKFLOWS_PATH }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    assert.deepEqual(failures, []);
  });
});
