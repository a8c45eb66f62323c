import DataLoader from 'dataloader';
import type { Sql } from '@app/domain/db/database.service';
import { isUuid } from '../common/paging';
import {
  CONVERSATION_COLUMNS,
  MESSAGE_COLUMNS,
  conversationRecord,
  messageRecord,
  noteRecord,
  reviewRecord,
  type ContactRecord,
  type ConversationRecord,
  type MessageRecord,
  type NoteRecord,
  type ReviewRecord,
  type TagRecord,
} from './records';

export interface MessagePageKey {
  conversationId: string;
  /** messages with seq > afterSeq */
  afterSeq: number;
  /** how many rows to fetch (page size + 1, to tell whether there is a next page) */
  limit: number;
}

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * One set per request (and per subscription event), bound to one workspace: every statement is
 * filtered by workspace_id, so a loader can never hand out another workspace's rows. Each loader
 * turns the N lookups of a list page into one statement.
 */
export class Loaders {
  constructor(
    private readonly sql: Sql,
    readonly workspaceId: string | null,
  ) {}

  private get ws(): string {
    // No workspace (anonymous/admin): an id that matches nothing.
    return this.workspaceId ?? '00000000-0000-0000-0000-000000000000';
  }

  readonly conversation = new DataLoader<string, ConversationRecord | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.sql.query(`select ${CONVERSATION_COLUMNS} from conversation c where c.id = any(?::uuid[]) and c.workspace_id = ?`, [
          valid,
          this.ws,
        ])
      : [];
    const byId = new Map(rows.map((r) => [String(r.id), conversationRecord(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly contact = new DataLoader<string, ContactRecord | null>(async (ids) => {
    const rows = await this.sql.query<ContactRecord>(
      'select id, name, phone, email from contact where id = any(?::uuid[]) and workspace_id = ?',
      [ids, this.ws],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly message = new DataLoader<string, MessageRecord | null>(async (ids) => {
    const rows = await this.sql.query(`select ${MESSAGE_COLUMNS('m')} from message m where m.id = any(?::uuid[]) and m.workspace_id = ?`, [
      ids,
      this.ws,
    ]);
    const byId = new Map(rows.map((r) => [String(r.id), messageRecord(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** The newest message of conversations whose last_message_id is not set (should not happen; kept safe). */
  readonly newestMessage = new DataLoader<string, MessageRecord | null>(async (conversationIds) => {
    const rows = await this.sql.query(
      `select distinct on (m.conversation_id) ${MESSAGE_COLUMNS('m')} from message m
        where m.conversation_id = any(?::uuid[]) and m.workspace_id = ? order by m.conversation_id, m.seq desc`,
      [conversationIds, this.ws],
    );
    const byConv = new Map(rows.map((r) => [String(r.conversationId), messageRecord(r)]));
    return conversationIds.map((id) => byConv.get(id) ?? null);
  });

  readonly tags = new DataLoader<string, TagRecord[]>(async (conversationIds) => {
    const rows = await this.sql.query<TagRecord & { conversationId: string }>(
      `select ct.conversation_id as "conversationId", t.id, t.name from conversation_tag ct join tag t on t.id = ct.tag_id
        where ct.conversation_id = any(?::uuid[]) and t.workspace_id = ? order by t.name_key, t.id`,
      [conversationIds, this.ws],
    );
    const byConv = group(rows, (r) => r.conversationId);
    return conversationIds.map((id) => (byConv.get(id) ?? []).map(({ id: tagId, name }) => ({ id: tagId, name })));
  });

  readonly notes = new DataLoader<string, NoteRecord[]>(async (conversationIds) => {
    const rows = await this.sql.query(
      `select id, conversation_id as "conversationId", body, created_at as "createdAt" from note
        where conversation_id = any(?::uuid[]) and workspace_id = ? order by created_at desc, id desc`,
      [conversationIds, this.ws],
    );
    const byConv = group(rows.map(noteRecord), (r) => r.conversationId);
    return conversationIds.map((id) => byConv.get(id) ?? []);
  });

  /** The latest review: the one through the highest message seq. */
  readonly review = new DataLoader<string, ReviewRecord | null>(async (conversationIds) => {
    const rows = await this.sql.query(
      `select distinct on (conversation_id) conversation_id as "conversationId", summary, quality_score as "qualityScore",
              reviewed_at as "reviewedAt", suggested_status as "suggestedStatus", reviewer
         from review where conversation_id = any(?::uuid[]) and workspace_id = ?
        order by conversation_id, through_seq desc`,
      [conversationIds, this.ws],
    );
    const byConv = new Map(rows.map((r) => [String(r.conversationId), reviewRecord(r)]));
    return conversationIds.map((id) => byConv.get(id) ?? null);
  });

  /** A page of messages (oldest first) of many conversations in one statement per page size. */
  readonly messagePage = new DataLoader<MessagePageKey, MessageRecord[], string>(
    async (keys) => {
      const out = new Map<string, MessageRecord[]>();
      for (const [limit, sameLimit] of group([...keys], (k) => String(k.limit))) {
        const rows = await this.sql.query(
          `select k.n as "keyIndex", ${MESSAGE_COLUMNS('m')}
             from unnest(?::uuid[], ?::int[]) with ordinality as k(conversation_id, after_seq, n)
            cross join lateral (
              select * from message x where x.conversation_id = k.conversation_id and x.seq > k.after_seq and x.workspace_id = ?
               order by x.seq limit ?) m
            order by k.n, m.seq`,
          [sameLimit.map((k) => k.conversationId), sameLimit.map((k) => k.afterSeq), this.ws, Number(limit)],
        );
        const byKey = group(rows, (r) => String(r.keyIndex));
        sameLimit.forEach((k, i) => out.set(pageKey(k), (byKey.get(String(i + 1)) ?? []).map(messageRecord)));
      }
      return keys.map((k) => out.get(pageKey(k)) ?? []);
    },
    { cacheKeyFn: pageKey },
  );
}

function pageKey(k: MessagePageKey): string {
  return `${k.conversationId}:${k.afterSeq}:${k.limit}`;
}
