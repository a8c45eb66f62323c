import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  CONVERSATION_TASK_QUEUE,
  CONVERSATION_WORKFLOW_TYPE,
  MESSAGE_SIGNAL,
  SA,
  STATUS_SIGNAL,
  conversationWorkflowId,
  type ConversationWorkflowInput,
  type MessageSignal,
} from '@app/workflows/conversation.contract';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { SignalOutbox, type PendingMessage } from '../conversations/signal-outbox.repository';
import { TemporalClientProvider } from './temporal-client.provider';

const SIGNAL_DEADLINE_MS = 5_000;
/** After a failed signal the request path leaves signals to the outbox this long: an outage costs no waiting. */
const BACK_OFF_MS = 5_000;
const MARK_FLUSH_MS = 20;

/**
 * Signals conversation workflows: signalWithStart for each stored message, and (for the relay) the
 * status a person set. A failure is logged and left to the outbox relay — the database keeps what is unsignaled
 * until a signal succeeds — so nothing acknowledged is lost to a Temporal outage.
 */
@Injectable()
export class ConversationSignaler implements OnModuleDestroy {
  private readonly log = new Logger(ConversationSignaler.name);
  private toMark: string[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private unavailableUntil = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClientProvider,
    private readonly outbox: SignalOutbox,
  ) {}

  /** Returns whether the workflow got it. Never throws: the outbox relay retries failures. */
  async signalMessage(m: PendingMessage): Promise<boolean> {
    if (Date.now() < this.unavailableUntil) return false;
    try {
      await this.sendMessage(m);
    } catch (err) {
      this.unavailableUntil = Date.now() + BACK_OFF_MS;
      this.log.warn(`signal for message ${m.messageId} deferred to the outbox: ${(err as Error).message}`);
      return false;
    }
    this.markSignaled(m.messageId);
    return true;
  }

  /** Throws on failure; for the relay, which marks in bulk itself. */
  async sendMessage(m: PendingMessage): Promise<void> {
    const input: ConversationWorkflowInput = {
      conversationId: m.conversationId,
      workspaceId: m.workspaceId,
      source: m.source,
      reviewDelayMs: this.config.review.delayMs,
      idleCloseMs: this.config.review.idleCloseMs,
      reviewMaxAttempts: this.config.review.maxAttempts,
    };
    const signal: MessageSignal = {
      seq: m.seq,
      sentAt: m.sentAt.toISOString(),
      receivedAt: m.receivedAt.toISOString(),
      reviewDelayMs: this.config.review.delayMs,
    };
    await this.temporal.withDeadline(SIGNAL_DEADLINE_MS, (client) =>
      client.workflow.signalWithStart(CONVERSATION_WORKFLOW_TYPE, {
        workflowId: conversationWorkflowId(m.conversationId),
        taskQueue: CONVERSATION_TASK_QUEUE,
        args: [input],
        signal: MESSAGE_SIGNAL,
        signalArgs: [signal],
        typedSearchAttributes: [
          { key: SA.workspaceId, value: m.workspaceId },
          { key: SA.conversationId, value: m.conversationId },
          { key: SA.source, value: m.source },
          { key: SA.reviewed, value: false },
          { key: SA.lastMessageAt, value: m.sentAt },
        ],
      }),
    );
  }

  /** A closed run has nothing to update (the next run starts from the review's status): that counts as delivered. */
  async sendStatus(conversationId: string, status: string): Promise<void> {
    try {
      await this.temporal.withDeadline(SIGNAL_DEADLINE_MS, (client) =>
        client.workflow.getHandle(conversationWorkflowId(conversationId)).signal(STATUS_SIGNAL, { status }),
      );
    } catch (err) {
      if ((err as Error).name === 'WorkflowNotFoundError') return;
      throw err;
    }
  }

  // Marks are batched: one UPDATE for many messages keeps the ingestion path at one round trip.
  private markSignaled(id: string): void {
    this.toMark.push(id);
    this.flushTimer ??= setTimeout(() => void this.flush(), MARK_FLUSH_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const ids = this.toMark;
    this.toMark = [];
    if (ids.length === 0) return;
    try {
      await this.outbox.markMessagesSignaled(ids);
    } catch (err) {
      // Unmarked messages are signaled again by the relay; the workflow ignores repeats.
      this.log.warn(`could not mark ${ids.length} messages signaled: ${(err as Error).message}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
  }
}
