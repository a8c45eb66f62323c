import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SearchIndexService } from '@app/domain';

const INTERVAL_MS = 1_000;

/**
 * Keeps Meilisearch caught up with PostgreSQL: applies the index settings at start (retrying while
 * Meilisearch is down) and then indexes every conversation whose indexed_version is behind.
 */
@Injectable()
export class SearchSyncService implements OnApplicationShutdown {
  private readonly log = new Logger(SearchSyncService.name);
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly search: SearchIndexService) {}

  async ensureIndex(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
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
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let sent = 0;
      try {
        sent = await this.search.syncPending();
      } catch (err) {
        this.search.logFailure('search sync', err);
      }
      if (sent === 0) await new Promise<void>((r) => ((this.wake = r), setTimeout(r, INTERVAL_MS)));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }
}
