// Direct Temporal SDK calls shaped exactly like libs/domain/src/temporal/conversation-signaler.service.ts.
import { Client, Connection } from '@temporalio/client';
import { contract } from './system.mjs';

export async function temporalClient(address, namespace = 'default') {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection, namespace }), close: () => connection.close() };
}

const HOUR = 3_600_000;

/**
 * signalWithStart of conversation workflow `workflowId` with the signaler's input/signal/search-attribute shape.
 * @param {import('@temporalio/client').Client} client
 */
export function signalWithStart(
  client,
  {
    workflowId,
    conversationId,
    workspaceId,
    source = 'WHATSAPP',
    seq = 1,
    sentAt = new Date(),
    receivedAt = new Date(),
    reviewDelayMs = HOUR,
    idleCloseMs = 30 * 24 * HOUR,
    timeoutMs = 5_000,
  },
) {
  const { SA } = contract;
  // Same deadline mechanism as the app (TemporalClientProvider.withDeadline, 5 s).
  return client.connection.withDeadline(Date.now() + timeoutMs, () =>
    client.workflow.signalWithStart(contract.CONVERSATION_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: contract.CONVERSATION_TASK_QUEUE,
      args: [{ conversationId, workspaceId, source, reviewDelayMs, idleCloseMs }],
      signal: contract.MESSAGE_SIGNAL,
      signalArgs: [{ seq, sentAt: sentAt.toISOString(), receivedAt: receivedAt.toISOString() }],
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
