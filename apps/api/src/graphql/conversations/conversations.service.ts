import { Injectable } from '@nestjs/common';
import type { Sql } from '@app/domain/db/database.service';
import { SearchIndexService } from '@app/domain/search/search-index.service';
import { sortKeyOf } from '@app/domain/search/conversation-document';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../common/enums';
import { decodeCursor, encodeCursor, pageSize } from '../common/paging';
import { BadUserInputError } from '../errors/app-error';
import type { ConversationFilterInput } from './conversation-filter.input';
import type { Loaders } from './loaders';
import {
  CONVERSATION_COLUMNS,
  conversationRecord,
  messageRecord,
  type ContactRecord,
  type ConversationRecord,
  type TagRecord,
} from './records';

/** The list cursor: keyset (lastMessageAt with µs, id) for SQL, and the search index's sort key. */
interface ListCursor {
  t: string;
  i: string;
  k: number;
}
const isListCursor = (v: unknown): v is ListCursor => {
  const c = v as ListCursor;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.t === 'string' &&
    !Number.isNaN(Date.parse(c.t)) &&
    typeof c.i === 'string' &&
    /^[0-9a-f-]{36}$/i.test(c.i) &&
    typeof c.k === 'number' &&
    Number.isFinite(c.k)
  );
};

export function listCursorOf(c: ConversationRecord): string {
  return encodeCursor({ t: c.lastMessageAtText, i: c.id, k: sortKeyOf(c.lastMessageAt, c.id) } satisfies ListCursor);
}

export interface ConversationPage {
  edges: { cursor: string; node: ConversationRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Resolved only when the client asks for totalCount. */
  totalCount: () => Promise<number>;
}

export interface ListArgs {
  filter?: ConversationFilterInput | null;
  first?: number | null;
  after?: string | null;
}

const SCORE = (field: string, v: number | null | undefined) => {
  if (v == null) return undefined;
  if (v < 0 || v > 100) throw new BadUserInputError(`filter.${field}`, 'must be between 0 and 100');
  return v;
};

@Injectable()
export class ConversationsService {
  constructor(private readonly searchIndex: SearchIndexService) {}

  /** Reviewed conversations, newest lastMessageAt first; through Meilisearch when filter.search is set. */
  async list(sql: Sql, loaders: Loaders, workspaceId: string, args: ListArgs): Promise<ConversationPage> {
    const first = pageSize(args.first, 20);
    const after = decodeCursor(args.after, isListCursor);
    const f = args.filter ?? {};
    const minQ = SCORE('minQualityScore', f.minQualityScore);
    const maxQ = SCORE('maxQualityScore', f.maxQualityScore);
    const tagNames = (f.tags ?? []).map((t) => t.trim()).filter((t) => t !== '');
    const query = f.search?.trim() ?? '';
    if (query.length > 500) throw new BadUserInputError('filter.search', 'must be at most 500 characters');

    if (query !== '') {
      return this.searchPage(
        sql,
        loaders,
        workspaceId,
        query,
        { ...f, minQualityScore: minQ, maxQualityScore: maxQ },
        tagNames,
        first,
        after,
      );
    }

    const where = ['c.workspace_id = ?', 'c.visible'];
    const params: unknown[] = [workspaceId];
    if (f.statuses?.length) {
      where.push('c.status = any(?::text[])');
      params.push(f.statuses);
    }
    if (f.sources?.length) {
      where.push('c.source = any(?::text[])');
      params.push(f.sources);
    }
    if (minQ !== undefined) {
      where.push('c.quality_score >= ?');
      params.push(minQ);
    }
    if (maxQ !== undefined) {
      where.push('c.quality_score <= ?');
      params.push(maxQ);
    }
    if (f.from) {
      where.push('c.last_message_at >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('c.last_message_at <= ?');
      params.push(f.to);
    }
    if (tagNames.length) {
      // every requested tag (case-insensitive) must be on the conversation
      where.push(`c.id in (
        select ct.conversation_id from conversation_tag ct join tag t on t.id = ct.tag_id
         where t.workspace_id = ? and t.name_key = any(select lower(x) from unnest(?::text[]) x)
         group by ct.conversation_id
        having count(*) = (select count(distinct lower(x)) from unnest(?::text[]) x))`);
      params.push(workspaceId, tagNames, tagNames);
    }
    const filterWhere = where.join(' and ');
    const filterParams = [...params];
    if (after) {
      where.push('(c.last_message_at, c.id) < (?::timestamptz, ?::uuid)');
      params.push(after.t, after.i);
    }
    // The contact and last message come along (prime the loaders): a page costs the same statements at any size.
    const rows =
      first === 0
        ? []
        : await sql.query(
            `select ${CONVERSATION_COLUMNS},
                    ct.id as "ct_id", ct.name as "ct_name", ct.phone as "ct_phone", ct.email as "ct_email",
                    lm.id as "lm_id", lm.conversation_id as "lm_conversationId", lm.seq as "lm_seq", lm.role as "lm_role",
                    lm.text as "lm_text", lm.sent_at as "lm_sentAt"
               from conversation c
               join contact ct on ct.id = c.contact_id
               left join message lm on lm.id = c.last_message_id
              where ${where.join(' and ')}
              order by c.last_message_at desc, c.id desc
              limit ?`,
            [...params, first + 1],
          );
    const page = rows.slice(0, first).map((r) => this.primeFromJoin(loaders, r));
    return this.connection(page, rows.length > first, async () => {
      const row = await sql.one<{ n: string }>(`select count(*) as n from conversation c where ${filterWhere}`, filterParams);
      return Number(row?.n ?? 0);
    });
  }

  private async searchPage(
    sql: Sql,
    loaders: Loaders,
    workspaceId: string,
    query: string,
    f: ConversationFilterInput,
    tagNames: string[],
    first: number,
    after: ListCursor | undefined,
  ): Promise<ConversationPage> {
    // The index holds tag names as written: map the requested ones through name_key; an unknown tag matches nothing.
    let tags: string[] | undefined;
    if (tagNames.length) {
      const found = await sql.query<{ name: string }>(
        'select name from tag where workspace_id = ? and name_key = any(select lower(x) from unnest(?::text[]) x)',
        [workspaceId, tagNames],
      );
      const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
      if (found.length < wanted.size) return this.connection([], false, async () => 0);
      tags = found.map((t) => t.name);
    }
    const result = await this.searchIndex.search({
      workspaceId,
      query,
      statuses: f.statuses ?? undefined,
      sources: f.sources ?? undefined,
      tags,
      minQualityScore: f.minQualityScore ?? undefined,
      maxQualityScore: f.maxQualityScore ?? undefined,
      from: f.from ?? undefined,
      to: f.to ?? undefined,
      beforeSortKey: after?.k,
      limit: first + 1,
    });
    const ids = result.ids.slice(0, first);
    // PostgreSQL is the truth: re-check workspace and visibility, keep the index's order.
    const rows = ids.length
      ? await sql.query(
          `select ${CONVERSATION_COLUMNS} from conversation c where c.id = any(?::uuid[]) and c.workspace_id = ? and c.visible`,
          [ids, workspaceId],
        )
      : [];
    const byId = new Map(rows.map((r) => [String(r.id), conversationRecord(r)]));
    const page = ids.map((id) => byId.get(id)).filter((c): c is ConversationRecord => c !== undefined);
    for (const c of page) loaders.conversation.prime(c.id, c);
    return this.connection(page, result.ids.length > first, async () => result.total);
  }

  private connection(page: ConversationRecord[], hasNextPage: boolean, totalCount: () => Promise<number>): ConversationPage {
    const edges = page.map((node) => ({ cursor: listCursorOf(node), node }));
    let total: Promise<number> | undefined;
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: () => (total ??= totalCount()),
    };
  }

  private primeFromJoin(loaders: Loaders, r: Record<string, unknown>): ConversationRecord {
    const c = conversationRecord(r);
    loaders.conversation.prime(c.id, c);
    const contact: ContactRecord = {
      id: String(r.ct_id),
      name: r.ct_name as string | null,
      phone: r.ct_phone as string | null,
      email: r.ct_email as string | null,
    };
    loaders.contact.prime(contact.id, contact);
    if (r.lm_id) {
      const m = messageRecord({
        id: r.lm_id,
        conversationId: r.lm_conversationId,
        seq: r.lm_seq,
        role: r.lm_role,
        text: r.lm_text,
        sentAt: r.lm_sentAt,
      });
      loaders.message.prime(m.id, m);
    }
    return c;
  }

  /** Visible conversations per status: every status of the enum, in its order, zeros included. */
  async statusCounts(sql: Sql, workspaceId: string): Promise<{ status: ConversationStatus; count: number }[]> {
    const rows = await sql.query<{ status: string; n: string }>(
      'select status, count(*) as n from conversation where workspace_id = ? and visible group by status',
      [workspaceId],
    );
    const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
    return CONVERSATION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  /** The workspace's tags that are on at least one conversation, by name. */
  tags(sql: Sql, workspaceId: string): Promise<TagRecord[]> {
    return sql.query<TagRecord>(
      `select t.id, t.name from tag t
        where t.workspace_id = ? and exists (select 1 from conversation_tag ct where ct.tag_id = t.id)
        order by t.name_key, t.id`,
      [workspaceId],
    );
  }
}
