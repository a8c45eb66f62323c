import { Injectable } from '@nestjs/common';
import { sql, type ExpressionBuilder, type InferResult, type Kysely, type RawBuilder } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { Db } from '../database/db.service';
import type { DB } from '../database/schema';
import { LAST_MESSAGE_AT_TEXT } from './conversation-reader.repository';
import type { ValidFilter } from './conversation-filter';
import type { ListCursor } from './list-cursor';
import { CONVERSATION_COLUMNS, REVIEW_COLUMNS, toConversation, toMessage, toReview } from './record-mappers';
import type { ContactRecord, ConversationRecord, MessageRecord, ReviewRecord, TagRecord } from './records';

/** A list row with what every list shows beside it, read in the same statement. */
export interface ListRow {
  conversation: ConversationRecord;
  contact: ContactRecord;
  lastMessage: MessageRecord | null;
  /** Read only when asked for (ListInclude); the name order of ConversationReader.tags. */
  tags?: TagRecord[];
  /** The latest review, read only when asked for (ListInclude); null before the first. */
  review?: ReviewRecord | null;
}

/** What a page shows besides the row itself, read in the page's statement instead of one more each. */
export interface ListInclude {
  tags?: boolean;
  review?: boolean;
}

const visibleOf = (db: Kysely<DB>, workspaceId: string) =>
  db.selectFrom('conversation as c').where('c.workspace_id', '=', workspaceId).where('c.visible', '=', true);
type ConversationQuery = ReturnType<typeof visibleOf>;

type ListExpressions = ExpressionBuilder<DB & { c: DB['conversation'] }, 'c'>;

/** The conversation's tags as JSON, in ConversationReader.tags' order. */
const tagsOf = (eb: ListExpressions, workspaceId: string): RawBuilder<TagRecord[] | null> =>
  jsonArrayFrom(
    eb
      .selectFrom('conversation_tag as x')
      .innerJoin('tag as t', 't.id', 'x.tag_id')
      .select(['t.id', 't.name'])
      .whereRef('x.conversation_id', '=', 'c.id')
      .where('t.workspace_id', '=', workspaceId)
      .orderBy('t.name_key')
      .orderBy('t.id'),
  );

/** The conversation's latest review as JSON, as ConversationReader.latestReviews picks it. */
const latestReviewOf = (eb: ListExpressions, workspaceId: string) =>
  jsonObjectFrom(
    eb
      .selectFrom('review as r')
      .select(REVIEW_COLUMNS)
      .whereRef('r.conversation_id', '=', 'c.id')
      .where('r.workspace_id', '=', workspaceId)
      .orderBy('r.through_seq', 'desc')
      .limit(1),
  );
type ReviewJson = ReturnType<typeof latestReviewOf> extends RawBuilder<infer T> ? T : never;

/** The list's columns of each conversation: contact and last message joined, tags and latest review when asked for. */
function withListColumns(q: ConversationQuery, workspaceId: string, include: ListInclude) {
  return q
    .innerJoin('contact as ct', 'ct.id', 'c.contact_id')
    .leftJoin('message as lm', 'lm.id', 'c.last_message_id')
    .select([
      ...CONVERSATION_COLUMNS,
      LAST_MESSAGE_AT_TEXT,
      'ct.name as ct_name',
      'ct.phone as ct_phone',
      'ct.email as ct_email',
      'lm.id as lm_id',
      'lm.seq as lm_seq',
      'lm.role as lm_role',
      'lm.text as lm_text',
      'lm.sent_at as lm_sent_at',
      (eb) => (include.tags ? tagsOf(eb, workspaceId) : sql<TagRecord[] | null>`null`).as('tags_json'),
      (eb) => (include.review ? latestReviewOf(eb, workspaceId) : sql<ReviewJson>`null`).as('review_json'),
    ]);
}
type ListColumns = InferResult<ReturnType<typeof withListColumns>>[number];

function toListRow(r: ListColumns, include: ListInclude): ListRow {
  return {
    conversation: toConversation(r),
    contact: { id: r.contact_id, name: r.ct_name, phone: r.ct_phone, email: r.ct_email },
    lastMessage:
      r.lm_id && r.lm_seq !== null && r.lm_role && r.lm_text !== null && r.lm_sent_at
        ? toMessage({ id: r.lm_id, conversation_id: r.id, seq: r.lm_seq, role: r.lm_role, text: r.lm_text, sent_at: r.lm_sent_at })
        : null,
    ...(include.tags && { tags: r.tags_json ?? [] }),
    // JSON carries the review's timestamp as text
    ...(include.review && {
      review: r.review_json ? toReview({ ...r.review_json, reviewed_at: new Date(r.review_json.reviewed_at) }) : null,
    }),
  };
}

/**
 * The list of reviewed conversations, newest lastMessageAt first (ties: id), filtered in SQL. One
 * statement per page (contact and last message joined, tags and latest review when asked for), one for the exact count.
 */
@Injectable()
export class ConversationListRepository {
  constructor(private readonly db: Db) {}

  async page(
    workspaceId: string,
    f: ValidFilter,
    after: ListCursor | undefined,
    limit: number,
    include: ListInclude = {},
  ): Promise<ListRow[]> {
    if (limit === 0) return [];
    let q = this.filtered(workspaceId, f);
    if (after) q = q.where(sql<boolean>`(c.last_message_at, c.id) < (${after.t}::timestamptz, ${after.i}::uuid)`);
    // planned each time: how the page is best read depends on the workspace's size and filter
    const rows = await withListColumns(
      q.orderBy('c.last_message_at', 'desc').orderBy('c.id', 'desc').limit(limit),
      workspaceId,
      include,
    ).execute();
    return rows.map((r) => toListRow(r, include));
  }

  /** Visible conversations with these ids (search hits), with the list's columns; in no particular order. */
  async rowsByIds(workspaceId: string, ids: readonly string[], include: ListInclude = {}): Promise<ListRow[]> {
    if (ids.length === 0) return [];
    const byIds = visibleOf(this.db.kysely, workspaceId).where('c.id', '=', sql<string>`any(${[...ids]}::uuid[])`);
    // a lookup by primary key: one plan fits every workspace, so it is prepared (planning was ≈ 40% of it)
    const rows = await this.db.prepared(withListColumns(byIds, workspaceId, include).compile());
    return rows.map((r) => toListRow(r, include));
  }

  async count(workspaceId: string, f: ValidFilter): Promise<number> {
    const row = await this.filtered(workspaceId, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Ids of every match, in list order, `batch` at a time after `after` (bulk actions, export). */
  async ids(
    workspaceId: string,
    f: ValidFilter,
    after: ListCursor | undefined,
    batch: number,
  ): Promise<{ id: string; cursor: ListCursor }[]> {
    let q = this.filtered(workspaceId, f);
    if (after) q = q.where(sql<boolean>`(c.last_message_at, c.id) < (${after.t}::timestamptz, ${after.i}::uuid)`);
    const rows = await q
      .select(['c.id', LAST_MESSAGE_AT_TEXT])
      .orderBy('c.last_message_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(batch)
      .execute();
    return rows.map((r) => ({ id: r.id, cursor: { t: r.last_message_at_text, i: r.id } }));
  }

  /** The filter in SQL (search aside: that is Meilisearch's). */
  private filtered(workspaceId: string, f: ValidFilter): ConversationQuery {
    let q: ConversationQuery = visibleOf(this.db.kysely, workspaceId);
    if (f.statuses.length) q = q.where('c.status', 'in', f.statuses);
    if (f.sources.length) q = q.where('c.source', 'in', f.sources);
    if (f.minQualityScore !== undefined) q = q.where('c.quality_score', '>=', f.minQualityScore);
    if (f.maxQualityScore !== undefined) q = q.where('c.quality_score', '<=', f.maxQualityScore);
    if (f.from) q = q.where('c.last_message_at', '>=', f.from);
    if (f.to) q = q.where('c.last_message_at', '<=', f.to);
    if (f.tags.length) {
      const keys = [...new Set(f.tags.map((t) => t.toLowerCase()))];
      // every requested tag (case-insensitive) must be on the conversation
      q = q.where('c.id', 'in', (eb) =>
        eb
          .selectFrom('conversation_tag as x')
          .innerJoin('tag as t', 't.id', 'x.tag_id')
          .select('x.conversation_id')
          .where('t.workspace_id', '=', workspaceId)
          .where('t.name_key', 'in', keys)
          .groupBy('x.conversation_id')
          .having((h) => h.fn.countAll(), '=', keys.length),
      );
    }
    return q;
  }
}
