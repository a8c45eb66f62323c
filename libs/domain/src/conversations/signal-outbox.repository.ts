import { Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import type { ConversationSource, ConversationStatus } from '@app/reviewer/vocabulary';
import { Db } from '../database/db.service';
import type { DB } from '../database/schema';

export interface PendingMessage {
  workspaceId: string;
  source: ConversationSource;
  conversationId: string;
  messageId: string;
  seq: number;
  sentAt: Date;
  receivedAt: Date;
}

/**
 * The conversations' outbox towards Temporal: messages not yet signaled to their workflow, and
 * statuses set by people that the workflow's search attribute does not show yet. Rows are claimed
 * with SKIP LOCKED, so several processes can relay; a row that fails is put back with its own
 * backoff, so one poison row never blocks the rest.
 */
@Injectable()
export class SignalOutbox {
  constructor(private readonly db: Db) {}

  async claimMessages(tx: Transaction<DB>, graceSeconds: number, batch: number): Promise<PendingMessage[]> {
    const rows = await tx
      .selectFrom('message')
      .select(['id', 'workspace_id', 'source', 'conversation_id', 'seq', 'sent_at', 'received_at'])
      .where('signaled_at', 'is', null)
      .where('received_at', '<', sql<Date>`now() - make_interval(secs => ${graceSeconds})`)
      .where((eb) => eb.or([eb('signal_retry_at', 'is', null), eb('signal_retry_at', '<=', sql<Date>`now()`)]))
      .orderBy('received_at')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    return rows.map((r) => ({
      workspaceId: r.workspace_id,
      source: r.source,
      conversationId: r.conversation_id,
      messageId: r.id,
      seq: r.seq,
      sentAt: r.sent_at,
      receivedAt: r.received_at,
    }));
  }

  async markMessagesSignaled(ids: readonly string[], tx: Transaction<DB> | undefined = undefined): Promise<void> {
    if (ids.length === 0) return;
    await (tx ?? this.db.kysely)
      .updateTable('message')
      .set({ signaled_at: sql<Date>`now()`, signal_retry_at: null })
      .where('id', '=', sql<string>`any(${[...ids]}::uuid[])`)
      .where('signaled_at', 'is', null)
      .execute();
  }

  async deferMessages(tx: Transaction<DB>, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      await tx
        .updateTable('message')
        .set((eb) => ({
          signal_attempts: eb('signal_attempts', '+', 1),
          signal_retry_at: sql<Date>`now() + make_interval(secs => least(300, power(2, least(signal_attempts + 1, 9))))`,
        }))
        .where('id', '=', id)
        .execute();
    }
  }

  async claimStatuses(tx: Transaction<DB>, batch: number): Promise<{ id: string; status: ConversationStatus }[]> {
    return tx
      .selectFrom('conversation')
      .select(['id', 'status'])
      .where('status_signal_pending', '=', true)
      .orderBy('updated_at')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
  }

  /** Clears the flag where the status is still the one signaled (a newer change keeps it pending). */
  async markStatusesSignaled(done: readonly { id: string; status: string }[], tx: Transaction<DB> | undefined = undefined): Promise<void> {
    if (done.length === 0) return;
    await sql`
      update conversation c set status_signal_pending = false
        from unnest(${done.map((d) => d.id)}::uuid[], ${done.map((d) => d.status)}::text[]) as d(id, status)
       where c.id = d.id and c.status = d.status`.execute(tx ?? this.db.kysely);
  }
}
