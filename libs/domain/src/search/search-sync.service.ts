import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '../events/event-bus.service';
import { SearchIndexService } from './search-index.service';

const IDLE_POLL_MS = 1_000;
const RETRY_MS = 2_000;
/**
 * A loop woken by an event waits this long before it looks: every message recorded is an event, and
 * without the wait each one cost the worker and PostgreSQL a transaction of its own, mostly for
 * conversations not yet visible; with it, a stream of events costs at most ten a second.
 */
const SETTLE_MS = 100;
/**
 * After a round that sent documents, the loop rests as long as the round took (up to this): a burst
 * of reviews then reaches Meilisearch in fewer, larger tasks. Each task has a fixed cost that grows
 * with the index (its prefix and facet databases are rebuilt), which small back-to-back tasks pay
 * again and again; resting as long as the work bounds that share to about half.
 */
const MAX_REST_MS = 2_000;

/**
 * The loop that keeps the index caught up (run by the worker): it applies the index settings at
 * start (retrying while Meilisearch is down), then indexes whatever is behind, woken by every
 * conversation event and polling otherwise.
 */
@Injectable()
export class SearchSyncService implements OnApplicationShutdown {
  private readonly log = new Logger(SearchSyncService.name);
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private stopRest: (() => void) | undefined;

  constructor(
    private readonly search: SearchIndexService,
    private readonly events: EventBus,
  ) {}

  async ensureIndex(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.search.ensureIndex();
        return;
      } catch (err) {
        this.log.warn(`Meilisearch index settings not applied yet (${(err as Error).message}); retry ${attempt}`);
        await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  start(): void {
    this.events.listen(() => this.wake?.());
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let sent = 0;
      let failed = false;
      const started = Date.now();
      try {
        sent = await this.search.syncPending();
      } catch (err) {
        failed = true;
        this.search.logFailure('search sync', err);
      }
      if (sent > 0) await this.rest(Math.min(MAX_REST_MS, Date.now() - started));
      else if ((await this.sleep(failed ? RETRY_MS : IDLE_POLL_MS)) && !this.stopped) await this.rest(SETTLE_MS);
    }
  }

  /** Waits, however many events arrive meanwhile (shutdown aside). */
  private rest(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.stopRest = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (this.stopRest = undefined));
  }

  /** Resolves true when woken (an event, or shutdown), false when the time ran out. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
    }).finally(() => (this.wake = undefined));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    this.stopRest?.();
    await this.loop;
  }
}
