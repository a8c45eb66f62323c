import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db.service';
import type { Executor } from '../database/schema';
import type { ConversationSource, ConversationStatus } from '@app/reviewer/vocabulary';

/** What the search document of one conversation is built from (bounded: the newest texts only). */
export interface IndexSource {
  id: string;
  workspaceId: string;
  title: string;
  status: ConversationStatus;
  source: ConversationSource;
  visible: boolean;
  qualityScore: number | null;
  /** Epoch microseconds, PostgreSQL's precision: search orders like the list, (lastMessageAt, id). */
  lastMessageAtMicros: number;
  version: number;
  messageCount: number;
  conversationKey: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  tags: string[];
  /** Newest first. */
  notes: string[];
  /** The newest messages, oldest first; null when the index already has them (no message since it was built). */
  messages: { seq: number; text: string }[] | null;
}

/** Bounds of one search document: enough to find a conversation, never unbounded. */
export const INDEX_BOUNDS = { messages: 500, notes: 100, tags: 50 } as const;

/**
 * The search index's side of the conversations table: which conversations are behind
 * (`indexed_version < version`), what to index, and marking what Meilisearch confirmed.
 */
@Injectable()
export class ConversationIndexing {
  constructor(private readonly db: Db) {}

  /** Visible conversations whose index lags, oldest change first. */
  async pending(tx: Executor, batch: number): Promise<string[]> {
    const rows = await tx
      .selectFrom('conversation')
      .select('id')
      .where(sql<boolean>`indexed_version < version`)
      .where('visible', '=', true)
      .orderBy('updated_at')
      .limit(batch)
      .execute();
    return rows.map((r) => r.id);
  }

  async sources(tx: Executor, ids: readonly string[]): Promise<IndexSource[]> {
    if (ids.length === 0) return [];
    const rows = await tx
      .selectFrom('conversation as c')
      .innerJoin('contact as ct', 'ct.id', 'c.contact_id')
      .select((eb) => [
        'c.id',
        'c.workspace_id',
        'c.title',
        'c.status',
        'c.source',
        'c.visible',
        'c.quality_score',
        // a bigint, which pg hands over as a string; a safe integer until the year 2255
        sql<string>`(extract(epoch from c.last_message_at) * 1000000)::bigint`.as('last_message_at_micros'),
        'c.version',
        'c.message_count',
        'c.conversation_key',
        'ct.name as contact_name',
        'ct.phone as contact_phone',
        'ct.email as contact_email',
        eb
          .selectFrom('conversation_tag as x')
          .innerJoin('tag as t', 't.id', 'x.tag_id')
          .select(sql<string[]>`coalesce(array_agg(t.name order by t.name), '{}')`.as('v'))
          .whereRef('x.conversation_id', '=', 'c.id')
          .limit(INDEX_BOUNDS.tags)
          .as('tags'),
        sql<
          string[]
        >`(select coalesce(array_agg(n.body order by n.created_at desc), '{}') from (select body, created_at from note where conversation_id = c.id order by created_at desc limit ${INDEX_BOUNDS.notes}) n)`.as(
          'notes',
        ),
        sql<{ seq: number; text: string }[] | null>`case when c.indexed_message_count = c.message_count then null else
          (select coalesce(json_agg(json_build_object('seq', m.seq, 'text', m.text) order by m.seq), '[]')
             from (select text, seq from message where conversation_id = c.id order by seq desc limit ${INDEX_BOUNDS.messages}) m) end`.as(
          'messages',
        ),
      ])
      .where('c.id', '=', sql<string>`any(${[...ids]}::uuid[])`)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      title: r.title,
      status: r.status,
      source: r.source,
      visible: r.visible,
      qualityScore: r.quality_score,
      lastMessageAtMicros: Number(r.last_message_at_micros),
      version: r.version,
      messageCount: r.message_count,
      conversationKey: r.conversation_key,
      contactName: r.contact_name,
      contactPhone: r.contact_phone,
      contactEmail: r.contact_email,
      tags: r.tags ?? [],
      notes: r.notes,
      messages: r.messages,
    }));
  }

  /** Records what Meilisearch has confirmed; a row changed meanwhile stays behind and is sent again. */
  async markIndexed(tx: Executor, indexed: readonly { id: string; version: number; messageCount: number }[]): Promise<void> {
    if (indexed.length === 0) return;
    // A row another transaction holds (a bulk action) is skipped, not waited for: it stays behind and
    // is sent again, and no lock-order deadlock with that transaction can arise.
    const ids = indexed.map((i) => i.id);
    await sql`
      update conversation c set indexed_version = v.version, indexed_message_count = v.message_count
        from unnest(${ids}::uuid[], ${indexed.map((i) => i.version)}::int[], ${indexed.map((i) => i.messageCount)}::int[])
             as v(id, version, message_count)
       where c.id = v.id and c.indexed_version < v.version
         and c.id in (select id from conversation where id = any(${ids}::uuid[]) for update skip locked)`.execute(tx);
  }

  /** Every conversation to be indexed again (reindex). */
  async resetAll(): Promise<void> {
    await this.db.kysely.updateTable('conversation').set({ indexed_version: 0, indexed_message_count: 0 }).execute();
  }
}
