import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db.service';
import {
  ACTIVITY_COLUMNS,
  CONVERSATION_COLUMNS,
  MESSAGE_COLUMNS,
  NOTE_COLUMNS,
  REVIEW_COLUMNS,
  toActivity,
  toConversation,
  toMessage,
  toNote,
  toReview,
} from './record-mappers';
import type { ActivityRecord, ContactRecord, ConversationRecord, MessageRecord, NoteRecord, ReviewRecord, TagRecord } from './records';

const uuids = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

/** lastMessageAt with microseconds, as text: the keyset cursor must compare exactly what PostgreSQL has. */
export const LAST_MESSAGE_AT_TEXT = sql<string>`to_char(c.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
  'last_message_at_text',
);

/**
 * Batch reads of conversations and what hangs off them, always scoped to one workspace: the N reads
 * of a list page become one statement each (the GraphQL loaders call these). The batch reads are
 * lookups by key, so each is a prepared statement (Db.prepared); tagsInUse scans the workspace's
 * tags, so it is planned each time.
 */
@Injectable()
export class ConversationReader {
  constructor(private readonly db: Db) {}

  async conversations(workspaceId: string, ids: readonly string[]): Promise<ConversationRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.prepared(
      this.db.kysely
        .selectFrom('conversation as c')
        .select([...CONVERSATION_COLUMNS, LAST_MESSAGE_AT_TEXT])
        .where('c.id', '=', uuids(ids))
        .where('c.workspace_id', '=', workspaceId)
        .compile(),
    );
    return rows.map(toConversation);
  }

  contacts(workspaceId: string, ids: readonly string[]): Promise<ContactRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.prepared(
      this.db.kysely
        .selectFrom('contact')
        .select(['id', 'name', 'phone', 'email'])
        .where('id', '=', uuids(ids))
        .where('workspace_id', '=', workspaceId)
        .compile(),
    );
  }

  async messages(workspaceId: string, ids: readonly string[]): Promise<MessageRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.prepared(
      this.db.kysely
        .selectFrom('message as m')
        .select(MESSAGE_COLUMNS)
        .where('m.id', '=', uuids(ids))
        .where('m.workspace_id', '=', workspaceId)
        .compile(),
    );
    return rows.map(toMessage);
  }

  /** Messages with seq > afterSeq, oldest first, `limit` of them, for each key: one statement per page size. */
  async messagePages(
    workspaceId: string,
    keys: readonly { conversationId: string; afterSeq: number; limit: number }[],
  ): Promise<MessageRecord[][]> {
    const out: MessageRecord[][] = keys.map(() => []);
    const byLimit = group(
      [...keys.entries()],
      ([, k]) => String(k.limit),
      (e) => e,
    );
    for (const [limit, entries] of byLimit) {
      const keysTable = sql<{ conversation_id: string; after_seq: number; n: string }>`(
        select * from unnest(${entries.map(([, k]) => k.conversationId)}::uuid[], ${entries.map(([, k]) => k.afterSeq)}::int[])
          with ordinality as t(conversation_id, after_seq, n))`;
      const rows = await this.db.prepared(
        this.db.kysely
          .selectFrom(keysTable.as('k'))
          .innerJoinLateral(
            (eb) =>
              eb
                .selectFrom('message as x')
                .select(['x.id', 'x.conversation_id', 'x.seq', 'x.role', 'x.text', 'x.sent_at'])
                .whereRef('x.conversation_id', '=', 'k.conversation_id')
                .whereRef('x.seq', '>', 'k.after_seq')
                .where('x.workspace_id', '=', workspaceId)
                .orderBy('x.seq')
                .limit(Number(limit))
                .as('m'),
            (join) => join.onTrue(),
          )
          .select(['k.n', 'm.id', 'm.conversation_id', 'm.seq', 'm.role', 'm.text', 'm.sent_at'])
          .orderBy('k.n')
          .orderBy('m.seq')
          .compile(),
      );
      for (const r of rows) out[entries[Number(r.n) - 1][0]].push(toMessage(r));
    }
    return out;
  }

  async tags(workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, TagRecord[]>> {
    const rows = conversationIds.length
      ? await this.db.prepared(
          this.db.kysely
            .selectFrom('conversation_tag as ct')
            .innerJoin('tag as t', 't.id', 'ct.tag_id')
            .select(['ct.conversation_id', 't.id', 't.name'])
            .where('ct.conversation_id', '=', uuids(conversationIds))
            .where('t.workspace_id', '=', workspaceId)
            .orderBy('t.name_key')
            .orderBy('t.id')
            .compile(),
        )
      : [];
    return group(
      rows,
      (r) => r.conversation_id,
      (r) => ({ id: r.id, name: r.name }),
    );
  }

  /** Newest first. */
  async notes(workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, NoteRecord[]>> {
    const rows = conversationIds.length
      ? await this.db.prepared(
          this.db.kysely
            .selectFrom('note as n')
            .select(NOTE_COLUMNS)
            .where('n.conversation_id', '=', uuids(conversationIds))
            .where('n.workspace_id', '=', workspaceId)
            .orderBy('n.created_at', 'desc')
            .orderBy('n.id', 'desc')
            .compile(),
        )
      : [];
    return group(rows, (r) => r.conversation_id, toNote);
  }

  async notesById(workspaceId: string, ids: readonly string[]): Promise<NoteRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.prepared(
      this.db.kysely
        .selectFrom('note as n')
        .select(NOTE_COLUMNS)
        .where('n.id', '=', uuids(ids))
        .where('n.workspace_id', '=', workspaceId)
        .compile(),
    );
    return rows.map(toNote);
  }

  /** The latest review of each conversation: the one through the highest message. */
  async latestReviews(workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, ReviewRecord>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await this.db.prepared(
      this.db.kysely
        .selectFrom('review as r')
        .distinctOn('r.conversation_id')
        .select(REVIEW_COLUMNS)
        .where('r.conversation_id', '=', uuids(conversationIds))
        .where('r.workspace_id', '=', workspaceId)
        .orderBy('r.conversation_id')
        .orderBy('r.through_seq', 'desc')
        .compile(),
    );
    return new Map(rows.map((r) => [r.conversation_id, toReview(r)]));
  }

  /** Every review, newest first. */
  async reviews(workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, ReviewRecord[]>> {
    const rows = conversationIds.length
      ? await this.db.prepared(
          this.db.kysely
            .selectFrom('review as r')
            .select(REVIEW_COLUMNS)
            .where('r.conversation_id', '=', uuids(conversationIds))
            .where('r.workspace_id', '=', workspaceId)
            .orderBy('r.through_seq', 'desc')
            .compile(),
        )
      : [];
    return group(rows, (r) => r.conversation_id, toReview);
  }

  /** Activity newest first, after a (at, id) keyset position. */
  async activityPage(
    workspaceId: string,
    conversationId: string,
    after: { at: string; id: string } | undefined,
    limit: number,
  ): Promise<ActivityRecord[]> {
    let q = this.db.kysely
      .selectFrom('activity as a')
      .select([...ACTIVITY_COLUMNS, sql<string>`to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at_text')])
      .where('a.conversation_id', '=', conversationId)
      .where('a.workspace_id', '=', workspaceId);
    if (after) q = q.where(sql<boolean>`(a.at, a.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
    const rows = await this.db.prepared(q.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).compile());
    return rows.map((r) => ({ ...toActivity(r), atText: r.at_text }));
  }

  /** The workspace's tags that are on at least one conversation, by name. */
  tagsInUse(workspaceId: string): Promise<TagRecord[]> {
    return this.db.kysely
      .selectFrom('tag as t')
      .select(['t.id', 't.name'])
      .where('t.workspace_id', '=', workspaceId)
      .where((eb) => eb.exists(eb.selectFrom('conversation_tag as ct').select('ct.tag_id').whereRef('ct.tag_id', '=', 't.id')))
      .orderBy('t.name_key')
      .orderBy('t.id')
      .execute();
  }
}

function group<R, T>(rows: R[], key: (r: R) => string, map: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(map(r));
    else out.set(k, [map(r)]);
  }
  return out;
}
