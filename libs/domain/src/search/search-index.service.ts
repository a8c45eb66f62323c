import { Inject, Injectable, Logger } from '@nestjs/common';
import { Meilisearch, type Index } from 'meilisearch';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Database } from '../db/database.service';
import { capTexts, normalizePhoneQuery, phoneSpellings, sortKeyOf, type ConversationDocument } from './conversation-document';
import { keepAliveHttpClient } from './keep-alive-http-client';

export interface SearchParams {
  workspaceId: string;
  query: string;
  statuses?: string[];
  sources?: string[];
  tags?: string[];
  minQualityScore?: number;
  maxQualityScore?: number;
  from?: Date;
  to?: Date;
  /** keyset cursor: only results ordered after this sort key */
  beforeSortKey?: number;
  limit: number;
}

const SETTINGS = {
  searchableAttributes: ['title', 'contactName', 'phones', 'email', 'messages', 'tags', 'notes'],
  filterableAttributes: ['workspaceId', 'visible', 'status', 'source', 'tags', 'qualityScore', 'lastMessageAt', 'sortKey'],
  sortableAttributes: ['sortKey', 'lastMessageAt'],
  // sort first: results come in list order; every word must still match (typos allowed)
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ['phones'] },
  pagination: { maxTotalHits: 1_000_000 },
  displayedAttributes: ['id'],
};

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

interface ConversationRow {
  id: string;
  workspace_id: string;
  title: string;
  status: string;
  source: string;
  visible: boolean;
  quality_score: number | null;
  last_message_at: Date;
  version: number;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  conversation_key: string;
  tags: string[] | null;
  notes: string[] | null;
  messages: string[] | null;
}

/**
 * The Meilisearch index of conversations. The database is the truth: a conversation whose
 * indexed_version is behind its version is (re)indexed by syncPending(), so an outage only delays.
 */
@Injectable()
export class SearchIndexService {
  private readonly log = new Logger(SearchIndexService.name);
  readonly client: Meilisearch;
  readonly index: Index<ConversationDocument>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
  ) {
    this.client = new Meilisearch({ host: config.meiliUrl, apiKey: config.meiliMasterKey, httpClient: keepAliveHttpClient() });
    this.index = this.client.index<ConversationDocument>(config.meiliIndex);
  }

  /** Creates the index and applies its settings, waiting until Meilisearch has them. */
  async ensureIndex(): Promise<void> {
    const create = await this.client.createIndex(this.config.meiliIndex, { primaryKey: 'id' });
    await this.client.tasks.waitForTask(create.taskUid, { timeout: 60_000 }).catch(() => undefined); // exists already: fine
    const task = await this.index.updateSettings(SETTINGS);
    const done = await this.client.tasks.waitForTask(task.taskUid, { timeout: 120_000 });
    if (done.status !== 'succeeded') throw new Error(`Meilisearch settings failed: ${JSON.stringify(done.error)}`);
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  /** Reads the rows fresh and sends them; marks them indexed only if they did not change meanwhile. */
  async indexConversations(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.db.query<ConversationRow>(
      `select c.id, c.workspace_id, c.title, c.status, c.source, c.visible, c.quality_score, c.last_message_at,
              c.version, c.conversation_key, ct.name as contact_name, ct.phone as contact_phone, ct.email as contact_email,
              (select array_agg(t.name order by t.name) from conversation_tag x join tag t on t.id = x.tag_id where x.conversation_id = c.id) as tags,
              (select array_agg(n.body order by n.created_at) from note n where n.conversation_id = c.id) as notes,
              (select array_agg(m.text order by m.seq) from (select text, seq from message where conversation_id = c.id order by seq limit 500) m) as messages
         from conversation c join contact ct on ct.id = c.contact_id
        where c.id = any(?::uuid[])`,
      [ids],
    );
    if (rows.length === 0) return 0;
    const docs = rows.map((r) => this.toDocument(r));
    await this.index.addDocuments(docs);
    // The task is queued durably in Meilisearch once accepted, so the rows count as indexed now.
    await this.db.run(
      `update conversation c set indexed_version = v.version
         from unnest(?::uuid[], ?::int[]) as v(id, version)
        where c.id = v.id and c.indexed_version < v.version`,
      [rows.map((r) => r.id), rows.map((r) => r.version)],
    );
    return rows.length;
  }

  /**
   * Indexes the visible conversations that are behind; returns how many were sent. Hidden ones (still
   * awaiting their first review) are not searchable, so they wait until the review shows them.
   * Safe to run from several processes.
   */
  async syncPending(batch = 500): Promise<number> {
    const ids = await this.db.query<{ id: string }>(
      'select id from conversation where indexed_version < version and visible order by updated_at limit ?',
      [batch],
    );
    return this.indexConversations(ids.map((r) => r.id));
  }

  /** Marks every conversation for reindexing and drains the backlog. */
  async reindexAll(onProgress?: (done: number) => void): Promise<number> {
    await this.ensureIndex();
    await this.db.run('update conversation set indexed_version = 0');
    let total = 0;
    for (;;) {
      const n = await this.syncPending(2_000);
      if (n === 0) return total;
      total += n;
      onProgress?.(total);
    }
  }

  async search(p: SearchParams): Promise<{ ids: string[]; total: number }> {
    const base = [`workspaceId = ${quote(p.workspaceId)}`, 'visible = true'];
    if (p.statuses?.length) base.push(`status IN [${p.statuses.map(quote).join(', ')}]`);
    if (p.sources?.length) base.push(`source IN [${p.sources.map(quote).join(', ')}]`);
    for (const t of p.tags ?? []) base.push(`tags = ${quote(t)}`);
    if (p.minQualityScore !== undefined) base.push(`qualityScore >= ${p.minQualityScore}`);
    if (p.maxQualityScore !== undefined) base.push(`qualityScore <= ${p.maxQualityScore}`);
    if (p.from) base.push(`lastMessageAt >= ${p.from.getTime()}`);
    if (p.to) base.push(`lastMessageAt <= ${p.to.getTime()}`);
    const page = p.beforeSortKey === undefined ? base : [...base, `sortKey < ${p.beforeSortKey}`];
    const common = {
      q: normalizePhoneQuery(p.query),
      matchingStrategy: 'all' as const,
      sort: ['sortKey:desc'],
      attributesToRetrieve: ['id'],
    };
    const { results } = await this.client.multiSearch({
      queries: [
        { indexUid: this.config.meiliIndex, ...common, filter: page.join(' AND '), limit: p.limit },
        { indexUid: this.config.meiliIndex, ...common, filter: base.join(' AND '), hitsPerPage: 0, page: 1 },
      ],
    });
    const hits = results[0].hits as unknown as { id: string }[];
    const total = (results[1] as unknown as { totalHits?: number }).totalHits ?? 0;
    return { ids: hits.map((h) => h.id), total };
  }

  private toDocument(r: ConversationRow): ConversationDocument {
    const lastMessageAt = new Date(r.last_message_at);
    const phones = new Set([...phoneSpellings(r.contact_phone)]);
    if (r.source === 'WHATSAPP') for (const s of phoneSpellings(r.conversation_key)) phones.add(s);
    return {
      id: r.id,
      workspaceId: r.workspace_id,
      title: r.title,
      contactName: r.contact_name,
      phones: [...phones],
      email: r.contact_email,
      messages: capTexts(r.messages ?? []),
      notes: r.notes ?? [],
      status: r.status,
      source: r.source,
      tags: r.tags ?? [],
      visible: r.visible,
      qualityScore: r.quality_score,
      lastMessageAt: lastMessageAt.getTime(),
      sortKey: sortKeyOf(lastMessageAt, r.id),
    };
  }

  logFailure(what: string, err: unknown): void {
    this.log.warn(`${what}: ${err instanceof Error ? err.message : String(err)} (will retry from the sync loop)`);
  }
}
