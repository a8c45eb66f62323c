// Direct Temporal SDK calls: signalWithStart shaped exactly like the app's ConversationSignaler
// (libs/domain/src/temporal/conversation-signaler.service.ts), the task queue's backlog, counts.
import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { contract } from './dist.ts';
import { log, now, round, sleep } from './stats.ts';

const HOUR = 3_600_000;
/** As the signaler's SIGNAL_DEADLINE_MS. */
const DEADLINE_MS = 5_000;

export interface TemporalHandle {
  client: Client;
  close(): Promise<void>;
}

export async function temporalClient(address: string, namespace = 'default'): Promise<TemporalHandle> {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection, namespace }), close: () => connection.close() };
}

export interface SignalArgs {
  conversationId: string;
  workspaceId: string;
  source?: string;
  seq?: number;
  sentAt?: Date;
  receivedAt?: Date;
  reviewDelayMs?: number;
  idleCloseMs?: number;
}

let keys: ReturnType<typeof searchAttributeKeys> | undefined;
function searchAttributeKeys() {
  const { SA } = contract();
  return {
    workspaceId: defineSearchAttributeKey(SA.workspaceId.name, SearchAttributeType.KEYWORD),
    conversationId: defineSearchAttributeKey(SA.conversationId.name, SearchAttributeType.KEYWORD),
    source: defineSearchAttributeKey(SA.source.name, SearchAttributeType.KEYWORD),
    reviewed: defineSearchAttributeKey(SA.reviewed.name, SearchAttributeType.BOOL),
    lastMessageAt: defineSearchAttributeKey(SA.lastMessageAt.name, SearchAttributeType.DATETIME),
  };
}

/** The signaler's signalWithStart: same workflow id, input, signal, search attributes and deadline. */
export function signalWithStart(client: Client, a: SignalArgs): Promise<unknown> {
  const c = contract();
  const SA = (keys ??= searchAttributeKeys());
  const {
    conversationId,
    workspaceId,
    source = 'WHATSAPP',
    seq = 1,
    sentAt = new Date(),
    receivedAt = new Date(),
    reviewDelayMs = HOUR,
  } = a;
  return client.connection.withDeadline(Date.now() + DEADLINE_MS, () =>
    client.workflow.signalWithStart(c.CONVERSATION_WORKFLOW_TYPE, {
      workflowId: c.conversationWorkflowId(conversationId),
      taskQueue: c.CONVERSATION_TASK_QUEUE,
      args: [{ conversationId, workspaceId, source, reviewDelayMs, idleCloseMs: a.idleCloseMs ?? 30 * 24 * HOUR, reviewMaxAttempts: 20 }],
      signal: c.MESSAGE_SIGNAL,
      signalArgs: [{ seq, sentAt: sentAt.toISOString(), receivedAt: receivedAt.toISOString(), reviewDelayMs }],
      typedSearchAttributes: [
        { key: SA.workspaceId, value: workspaceId },
        { key: SA.conversationId, value: conversationId },
        { key: SA.source, value: source },
        { key: SA.reviewed, value: false },
        { key: SA.lastMessageAt, value: sentAt },
      ],
    }),
  );
}

/** Approximate workflow-task backlog of a task queue (null when the server does not say). */
export async function backlog(client: Client, taskQueue = contract().CONVERSATION_TASK_QUEUE): Promise<number | null> {
  try {
    const r = await client.connection.withDeadline(Date.now() + 5_000, () =>
      client.workflowService.describeTaskQueue({
        namespace: client.options.namespace,
        taskQueue: { name: taskQueue, kind: 1 },
        taskQueueType: 1, // workflow tasks
        reportStats: true,
      }),
    );
    const n = Number(r.stats?.approximateBacklogCount ?? NaN);
    return Number.isFinite(n) ? n : null;
  } catch {
    return null;
  }
}

/** Workflows matching a visibility query (null on error). */
export async function countWorkflows(client: Client, query: string): Promise<number | null> {
  try {
    const r = await client.connection.withDeadline(Date.now() + 20_000, () => client.workflow.count(query));
    return r.count;
  } catch {
    return null;
  }
}

export interface Drain {
  label: string;
  backlogAtStart: number | null;
  backlogAtEnd: number | null;
  seconds: number | null;
  tasksPerSecond: number | null;
}

/** Waits (bounded) until the worker has worked the workflow-task backlog down to ≤ 50. */
export async function drainBacklog(client: Client, timeoutMs: number, label: string): Promise<Drain> {
  const first = await backlog(client);
  const t0 = now();
  let last = first;
  while (last !== null && last > 50 && now() - t0 < timeoutMs) {
    await sleep(1_000);
    last = await backlog(client);
  }
  const seconds = (now() - t0) / 1000;
  const out: Drain = {
    label,
    backlogAtStart: first,
    backlogAtEnd: last,
    seconds: round(seconds, 1),
    tasksPerSecond: first && seconds > 1 ? round((first - (last ?? 0)) / seconds, 1) : null,
  };
  log(`drain (${label}): workflow-task backlog ${first} → ${last} in ${out.seconds} s (${out.tasksPerSecond ?? '—'} tasks/s)`);
  return out;
}
