import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { EVENTS_CHANNEL, type ConversationEvent, type EventGap } from './domain-events';
import { PgListener } from './pg-listener.service';

type Listener = (event: ConversationEvent | EventGap) => void;

/** Ids are assigned at insert and commits may land out of order: a replay re-reads this many ids back … */
const REPLAY_MARGIN = 1_000;
/** … and events stored this long before the drop (a transaction open across it commits late). */
const REPLAY_WINDOW_MS = 60_000;
const SEEN_MAX = 20_000;

/**
 * Conversation events of every process, fanned out in this one: one parse per event whatever the
 * number of subscribers. After the LISTEN connection was lost it replays the stored events it
 * missed; if it cannot, listeners get a gap and refetch.
 */
@Injectable()
export class EventBus {
  private readonly log = new Logger(EventBus.name);
  private readonly listeners = new Set<Listener>();
  private readonly seen = new Set<number>();
  private lastId = 0;
  private started: Promise<void> | undefined;

  constructor(
    private readonly listener: PgListener,
    private readonly db: Db,
  ) {}

  /**
   * For a subscription: resolves once the LISTEN is in place, so no event committed after it is
   * missed; rejects (and forgets the listener) when PostgreSQL cannot be reached.
   */
  async subscribe(listener: Listener): Promise<() => void> {
    this.listeners.add(listener);
    try {
      await this.ensureStarted();
    } catch (err) {
      this.listeners.delete(listener);
      throw err;
    }
    return () => this.listeners.delete(listener);
  }

  /** For a background loop: listens from now on, through outages (it hears events once PostgreSQL is back). */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    this.ensureStarted().catch((err: unknown) => this.log.warn(`events: not listening yet (${(err as Error).message}); retrying`));
    return () => this.listeners.delete(listener);
  }

  private ensureStarted(): Promise<void> {
    this.started ??= this.start().catch((err: unknown) => {
      this.started = undefined;
      throw err;
    });
    return this.started;
  }

  private async start(): Promise<void> {
    await this.listener.listen(EVENTS_CHANNEL, {
      notify: (payload) => this.dispatch(JSON.parse(payload) as ConversationEvent),
      reconnected: (since) => this.replayMissed(since),
    });
    if (this.lastId === 0) this.lastId = await this.newestStoredId();
  }

  private dispatch(event: ConversationEvent): void {
    if (this.seen.has(event.id)) return;
    this.seen.add(event.id);
    if (this.seen.size > SEEN_MAX) for (const id of [...this.seen].slice(0, SEEN_MAX / 2)) this.seen.delete(id);
    if (event.id > this.lastId) this.lastId = event.id;
    for (const l of this.listeners) l(event);
  }

  private async newestStoredId(): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('domain_event')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  /** Events committed while the listener was away, read back from the table; a failure means "refetch". */
  private async replayMissed(since: Date): Promise<void> {
    try {
      const rows = await this.db.kysely
        .selectFrom('domain_event')
        .select(['id', 'type', 'workspace_id', 'conversation_id', 'change', 'message_id'])
        .where('id', '>', Math.max(0, this.lastId - REPLAY_MARGIN))
        .where('created_at', '>=', new Date(since.getTime() - REPLAY_WINDOW_MS))
        .orderBy('id')
        .execute();
      for (const r of rows) {
        this.dispatch({
          id: Number(r.id),
          type: r.type as ConversationEvent['type'],
          workspaceId: r.workspace_id,
          conversationId: r.conversation_id,
          change: r.change as ConversationEvent['change'],
          messageId: r.message_id,
        });
      }
      this.log.log(`events: replayed ${rows.length} stored events after a reconnect`);
    } catch (err) {
      this.log.warn(`events: could not replay missed events (${(err as Error).message}); subscribers refetch`);
      for (const l of this.listeners) l({ type: 'gap' });
    }
  }
}
