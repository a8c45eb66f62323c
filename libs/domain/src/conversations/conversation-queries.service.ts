import { Injectable } from '@nestjs/common';
import { pageSize } from '../common/cursor';
import type { Highlight } from '../search/highlight';
import { SearchQueryService } from '../search/search-query.service';
import { validateFilter, type ConversationFilter, type ConversationOrder } from './conversation-filter';
import { ConversationListRepository, type ListInclude, type ListRow } from './conversation-list.repository';
import { ConversationReader } from './conversation-reader.repository';
import { decodeListCursor, listCursorOf, type ListCursor } from './list-cursor';
import { CONVERSATION_STATUSES, type ConversationStatus } from '@app/reviewer/vocabulary';
import { Db } from '../database/db.service';
import type { TagRecord } from './records';

export interface ConversationEdge {
  cursor: string;
  row: ListRow;
  /** Why the conversation matched filter.search: best first; empty without a search. */
  highlights: Highlight[];
}

export interface ConversationPage {
  edges: ConversationEdge[];
  hasNextPage: boolean;
  /** Resolved only when asked for (an exact count costs a statement or a search). */
  totalCount: () => Promise<number>;
}

export interface ListRequest {
  filter?: ConversationFilter | null;
  first?: number | null;
  after?: string | null;
  /** Default: RELEVANCE when filter.search is set, else NEWEST. */
  orderBy?: ConversationOrder | null;
  /** The total will be asked for: counted (or searched) beside the page instead of after it. */
  withTotal?: boolean;
  /** What the page shows beside each row, read in the row's statement. */
  include?: ListInclude;
}

/** Every reader of the conversation list goes through here: GraphQL, the export, bulk actions. */
@Injectable()
export class ConversationQueries {
  constructor(
    private readonly list: ConversationListRepository,
    private readonly reader: ConversationReader,
    private readonly search: SearchQueryService,
    private readonly db: Db,
  ) {}

  async page(workspaceId: string, req: ListRequest): Promise<ConversationPage> {
    const first = pageSize(req.first, 20);
    const filter = validateFilter(req.filter);
    const searched = filter.search !== '';
    const totalCount = once(() => (searched ? this.search.total(workspaceId, filter) : this.list.count(workspaceId, filter)));
    // started now, awaited by whoever reads it (a failure surfaces there, not as an unhandled rejection here)
    if (req.withTotal) totalCount().catch(() => undefined);
    if (searched) {
      const order = req.orderBy ?? 'RELEVANCE';
      const found = await this.search.page({ workspaceId, filter, order, after: req.after ?? undefined, limit: first });
      // the rows and the texts the highlights quote are read at once
      const [rows, highlights] = await Promise.all([
        this.list.rowsByIds(
          workspaceId,
          found.hits.map((h) => h.id),
          req.include,
        ),
        found.highlights(),
      ]);
      const byId = new Map(rows.map((r) => [r.conversation.id, r]));
      // PostgreSQL is the truth: a hit the database no longer shows (another workspace, hidden) is dropped.
      const edges = found.hits.flatMap((h) => {
        const row = byId.get(h.id);
        return row ? [{ cursor: h.cursor, row, highlights: highlights.get(h.id) ?? [] }] : [];
      });
      return { edges, hasNextPage: found.hasNextPage, totalCount };
    }
    const after = decodeListCursor(req.after);
    const rows = await this.list.page(workspaceId, filter, after, first + 1, req.include);
    const edges = rows.slice(0, first).map((row) => ({ cursor: listCursorOf(row.conversation), row, highlights: [] }));
    return { edges, hasNextPage: rows.length > first, totalCount };
  }

  /** The ids of every conversation the filter matches, in list order, a batch at a time. */
  async *matchingIds(
    workspaceId: string,
    filterInput: ConversationFilter | null | undefined,
    batch = 1_000,
    prefix = 'filter',
  ): AsyncGenerator<string[]> {
    const filter = validateFilter(filterInput, prefix);
    if (filter.search !== '') {
      yield* this.search.allIds(workspaceId, filter, batch);
      return;
    }
    let after: ListCursor | undefined;
    for (;;) {
      const rows = await this.list.ids(workspaceId, filter, after, batch);
      if (rows.length) yield rows.map((r) => r.id);
      if (rows.length < batch) return;
      after = rows[rows.length - 1].cursor;
    }
  }

  /** Visible conversations per status: every status of the enum, in its order, zeros included. */
  async statusCounts(workspaceId: string): Promise<{ status: ConversationStatus; count: number }[]> {
    const rows = await this.db.kysely
      .selectFrom('conversation')
      .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('visible', '=', true)
      .groupBy('status')
      .execute();
    const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
    return CONVERSATION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  tagsInUse(workspaceId: string): Promise<TagRecord[]> {
    return this.reader.tagsInUse(workspaceId);
  }
}

function once(load: () => Promise<number>): () => Promise<number> {
  let p: Promise<number> | undefined;
  return () => (p ??= load());
}
