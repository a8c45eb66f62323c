import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Database } from '../db/database.service';
import type { ConversationSource } from '../db/entities/enums';
import { ConversationSignaler } from './conversation-signaler.service';

interface PendingRow {
  id: string;
  workspace_id: string;
  source: ConversationSource;
  conversation_id: string;
  seq: number;
  sent_at: Date;
  received_at: Date;
}

const INTERVAL_MS = 2_000;
/** Younger unsignaled messages are still in their request's hands. */
const GRACE = '3 seconds';
const BATCH = 200;

/**
 * Signals stored messages whose workflow signal failed or was never sent (Temporal down, process
 * killed between commit and signal). Rows are claimed with SKIP LOCKED, so several processes can run it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly signaler: ConversationSignaler,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain().catch((err: unknown) => {
        this.log.warn(`outbox relay: ${(err as Error).message}`);
        return 0;
      });
      void this.running.finally(() => this.schedule());
    }, INTERVAL_MS);
  }

  /** Signals every pending message it can claim; returns how many were delivered. */
  async drain(graceInterval = GRACE): Promise<number> {
    let delivered = 0;
    for (;;) {
      const n = await this.db.transaction(async (tx) => {
        const rows = await tx.query<PendingRow>(
          `select id, workspace_id, source, conversation_id, seq, sent_at, received_at from message
            where signaled_at is null and received_at < now() - ?::interval
            order by received_at limit ? for update skip locked`,
          [graceInterval, BATCH],
        );
        const done: string[] = [];
        for (const r of rows) {
          try {
            await this.signaler.send({
              workspaceId: r.workspace_id,
              source: r.source,
              conversationId: r.conversation_id,
              messageId: r.id,
              seq: r.seq,
              sentAt: new Date(r.sent_at),
              receivedAt: new Date(r.received_at),
            });
            done.push(r.id);
          } catch (err) {
            this.log.warn(`outbox: Temporal still refuses (${(err as Error).message}); retrying later`);
            break;
          }
        }
        if (done.length) await tx.run('update message set signaled_at = now() where id = any(?::uuid[])', [done]);
        return { claimed: rows.length, done: done.length };
      });
      delivered += n.done;
      if (n.done < n.claimed || n.claimed < BATCH) return delivered;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
