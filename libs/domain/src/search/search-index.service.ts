import { Injectable, Logger } from '@nestjs/common';
import { sql } from 'kysely';
import { ConversationIndexing } from '../conversations/conversation-indexing.repository';
import { Db } from '../database/db.service';
import { toDocument, toDocumentUpdate } from './conversation-document';
import { MeilisearchProvider } from './meilisearch.provider';
import { SEARCH_SETTINGS } from './search-settings';

// One indexer at a time across processes (a transaction-level advisory lock): documents reach
// Meilisearch in the order they were read, so an older version can never overwrite a newer one.
const INDEXER_LOCK = 7_271_001;
const TASK_TIMEOUT_MS = 60_000;

/**
 * Keeps Meilisearch caught up with PostgreSQL, the truth: conversations whose indexed_version is
 * behind their version are sent, and marked indexed only once Meilisearch reports the task
 * succeeded — a failed task leaves them behind, to be sent again. An outage only delays.
 */
@Injectable()
export class SearchIndexService {
  private readonly log = new Logger(SearchIndexService.name);

  constructor(
    private readonly db: Db,
    private readonly meili: MeilisearchProvider,
    private readonly indexing: ConversationIndexing,
  ) {}

  /**
   * Creates the index and applies its settings, waiting until Meilisearch has them. An index that had
   * other searchable attributes (new, lost, or from an older version of the documents) gets every
   * conversation sent again: documents are built for these settings.
   */
  async ensureIndex(): Promise<void> {
    const { client, indexUid } = this.meili;
    const create = await client.createIndex(indexUid, { primaryKey: 'id' });
    await client.tasks.waitForTask(create.taskUid, { timeout: TASK_TIMEOUT_MS }).catch(() => undefined); // exists already: fine
    const before = await this.meili.index.getSettings();
    const task = await this.meili.index.updateSettings(SEARCH_SETTINGS);
    const done = await client.tasks.waitForTask(task.taskUid, { timeout: 120_000 });
    if (done.status !== 'succeeded') throw new Error(`Meilisearch settings failed: ${JSON.stringify(done.error)}`);
    if (JSON.stringify(before.searchableAttributes) !== JSON.stringify(SEARCH_SETTINGS.searchableAttributes)) {
      this.log.log('search index settings changed: every conversation is indexed again');
      await this.indexing.resetAll();
    }
  }

  /**
   * Indexes up to `batch` conversations that are behind; returns how many were confirmed, or -1 when
   * another process holds the indexer lock. Safe to run from several processes.
   */
  async syncPending(batch = 500): Promise<number> {
    return this.db.transaction(async (tx) => {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${INDEXER_LOCK}) as locked`.execute(tx);
      if (!rows[0]?.locked) return -1;
      const ids = await this.indexing.pending(tx, batch);
      if (ids.length === 0) return 0;
      const sources = await this.indexing.sources(tx, ids);
      // new messages: the whole document again; anything else (a review, a status, tags, notes): the
      // other fields only, which Meilisearch applies without re-indexing the conversation's every word
      const whole = sources.flatMap((s) => (s.messages ? [toDocument({ ...s, messages: s.messages })] : []));
      const updates = sources.filter((s) => !s.messages).map(toDocumentUpdate);
      const tasks = [
        ...(whole.length ? [await this.meili.index.addDocuments(whole)] : []),
        ...(updates.length ? [await this.meili.index.updateDocuments(updates)] : []),
      ];
      for (const task of tasks) {
        const done = await this.meili.client.tasks.waitForTask(task.taskUid, { timeout: TASK_TIMEOUT_MS, interval: 25 });
        if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${task.taskUid} ${done.status}: ${JSON.stringify(done.error)}`);
      }
      await this.indexing.markIndexed(tx, sources);
      return sources.length;
    });
  }

  /** Re-applies the settings, marks every conversation for reindexing and drains the backlog. */
  async reindexAll(onProgress?: (done: number) => void): Promise<number> {
    await this.ensureIndex();
    await this.indexing.resetAll();
    let total = 0;
    for (;;) {
      const n = await this.syncPending(2_000);
      if (n === 0) return total;
      if (n > 0) total += n;
      onProgress?.(total);
    }
  }

  logFailure(what: string, err: unknown): void {
    this.log.warn(`${what}: ${err instanceof Error ? err.message : String(err)} (will retry)`);
  }
}
