import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SignalOutbox } from '../conversations/signal-outbox.repository';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus.service';
import { ConversationSignaler } from './conversation-signaler.service';

const INTERVAL_MS = 2_000;
/** Younger unsignaled messages are still in their request's hands. */
const GRACE_SECONDS = 3;
const BATCH = 200;

/**
 * Delivers what the conversations owe their workflows — messages whose signal failed or was never
 * sent (Temporal down, a process killed between commit and signal), and statuses people set — with
 * per-row backoff. Runs in api and worker; SKIP LOCKED keeps them from sending the same row.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly outbox: SignalOutbox,
    private readonly signaler: ConversationSignaler,
    private readonly events: EventBus,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
    // A status a person set reaches the workflow's search attribute at once, not at the next round.
    this.events.listen((e) => {
      if (e.type === 'conversation.changed' && e.change === 'status') this.statusSoon();
    });
  }

  private statusTimer: NodeJS.Timeout | undefined;
  private statusDrain: Promise<number> | undefined;

  private statusSoon(): void {
    if (this.stopped || this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.statusDrain = (this.statusDrain ?? Promise.resolve(0))
        .then(() => this.drainStatuses())
        .catch((err: unknown) => {
          this.log.warn(`outbox relay (statuses): ${(err as Error).message}`);
          return 0;
        });
    }, 20);
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

  /** Sends every pending row it can claim; returns how many were delivered. */
  async drain(graceSeconds = GRACE_SECONDS): Promise<number> {
    let delivered = 0;
    for (;;) {
      const n = await this.db.transaction(async (tx) => {
        const rows = await this.outbox.claimMessages(tx, graceSeconds, BATCH);
        const done: string[] = [];
        const failed: string[] = [];
        for (const m of rows) {
          try {
            await this.signaler.sendMessage(m);
            done.push(m.messageId);
          } catch (err) {
            failed.push(m.messageId);
            this.log.warn(`outbox: message ${m.messageId} not signaled (${(err as Error).message}); retried later`);
          }
        }
        await this.outbox.markMessagesSignaled(done, tx);
        await this.outbox.deferMessages(tx, failed);
        return { claimed: rows.length, done: done.length };
      });
      delivered += n.done;
      if (n.claimed < BATCH || n.done === 0) break;
    }
    delivered += await this.drainStatuses();
    return delivered;
  }

  private async drainStatuses(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await this.outbox.claimStatuses(tx, BATCH);
      const done: { id: string; status: string }[] = [];
      for (const r of rows) {
        try {
          await this.signaler.sendStatus(r.id, r.status);
          done.push(r);
        } catch (err) {
          this.log.warn(`outbox: status of ${r.id} not signaled (${(err as Error).message}); retried later`);
          break; // Temporal is away: the rest wait for the next round
        }
      }
      await this.outbox.markStatusesSignaled(done, tx);
      return done.length;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.statusTimer);
    await Promise.all([this.running, this.statusDrain]);
  }
}
