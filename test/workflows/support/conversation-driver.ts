// Drives one conversation's workflow the way the API does: signalWithStart per message, the status
// signal, the state query.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Client, WorkflowHandle, WorkflowHandleWithSignaledRunId } from '@temporalio/client';
import {
  CONVERSATION_WORKFLOW_TYPE,
  MESSAGE_SIGNAL,
  SA,
  STATE_QUERY,
  STATUS_SIGNAL,
  conversationWorkflowId,
  type ConversationState,
  type ConversationWorkflowInput,
  type MessageSignal,
} from '../../../libs/workflows/src/conversation.contract';
import type { conversationWorkflow } from '../../../libs/workflows/src/conversation.workflow';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A message signal stored (and sent) at `at`, epoch milliseconds. */
export function message(seq: number, at: number, extra: Partial<MessageSignal> = {}): MessageSignal {
  const iso = new Date(at).toISOString();
  return { seq, sentAt: iso, receivedAt: iso, ...extra };
}

export interface ConversationDriver {
  id: string;
  workflowId: string;
  input: ConversationWorkflowInput;
  /** signalWithStart, as ingestion does: starts a run when none is open. */
  send(signal: MessageSignal): Promise<WorkflowHandleWithSignaledRunId<typeof conversationWorkflow>>;
  setStatus(status: string): Promise<void>;
  state(): Promise<ConversationState>;
  /** The latest run. */
  handle(): WorkflowHandle<typeof conversationWorkflow>;
  /** The run the first message started (or reached). */
  firstRunId(): string | undefined;
}

export function newConversation(client: Client, taskQueue: string, input: Partial<ConversationWorkflowInput> = {}): ConversationDriver {
  const id = randomUUID();
  const workflowId = conversationWorkflowId(id);
  const fullInput: ConversationWorkflowInput = {
    conversationId: id,
    workspaceId: 'workspace-1',
    source: 'WIDGET',
    reviewDelayMs: 10 * MINUTE,
    idleCloseMs: 30 * DAY,
    ...input,
  };
  const handle = () => client.workflow.getHandle<typeof conversationWorkflow>(workflowId);
  let firstRunId: string | undefined;
  return {
    id,
    workflowId,
    input: fullInput,
    async send(signal) {
      const started = await retriedWhileRunEnds(() => signalWithStart(signal));
      firstRunId ??= started.signaledRunId;
      return started;
    },
    setStatus: (status) => handle().signal(STATUS_SIGNAL, { status }),
    state: () => handle().query<ConversationState>(STATE_QUERY),
    handle,
    firstRunId: () => firstRunId,
  };

  function signalWithStart(signal: MessageSignal) {
    return client.workflow.signalWithStart<typeof conversationWorkflow, [MessageSignal]>(CONVERSATION_WORKFLOW_TYPE, {
      workflowId,
      taskQueue,
      args: [fullInput],
      signal: MESSAGE_SIGNAL,
      signalArgs: [signal],
      // As the API sets them on the run it starts.
      typedSearchAttributes: [
        { key: SA.workspaceId, value: fullInput.workspaceId },
        { key: SA.conversationId, value: id },
        { key: SA.source, value: fullInput.source },
        { key: SA.reviewed, value: false },
        { key: SA.lastMessageAt, value: new Date(signal.sentAt) },
      ],
    });
  }
}

/**
 * The Java time-skipping server now and then answers a signalWithStart that arrives while a run
 * continues as new with "Completed workflow" (WorkflowNotFoundError) instead of signalling the new
 * run; nothing was delivered, so sending again is safe. The API meets the same answer through its
 * outbox relay, which sends again.
 */
async function retriedWhileRunEnds<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      if ((err as Error).name !== 'WorkflowNotFoundError' || attempt >= 5) throw err;
      await delay(50);
    }
  }
}
