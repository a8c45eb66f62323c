// What the search medium tests share: the domain on a fresh database with an index of its own
// (settings applied, deleted afterwards), conversations seeded through the domain and indexed by the
// real sync, and searches through ConversationQueries.page as GraphQL calls it.
import { ConversationCommands, ConversationQueries, SearchIndexService, type ConversationEdge, type ConversationOrder } from '@app/domain';
import { MeilisearchProvider } from '../../libs/domain/src/search/meilisearch.provider';
import { medium, type Medium } from '../support/medium';
import { seedConversation, type SeedOptions } from '../support/seed';

const PERSON = { kind: 'MEMBER', name: 'Ada', memberId: null } as const;

export interface SearchOptions {
  first?: number;
  after?: string;
  orderBy?: ConversationOrder;
  filter?: Record<string, unknown>;
  /** Ask for the total with the page (as a query selecting totalCount does). */
  withTotal?: boolean;
}

export interface SearchKit {
  m: Medium;
  /** A conversation of the workspace, reviewed (visible), with notes and tags if given; its id and message ids. */
  seed(workspaceId: string, o: SeedOptions & { notes?: string[]; tags?: string[] }): Promise<{ id: string; messageIds: string[] }>;
  /** Indexes everything that is behind, as the worker's loop does. */
  sync(): Promise<void>;
  search(
    workspaceId: string,
    search: string,
    o?: SearchOptions,
  ): Promise<{ edges: ConversationEdge[]; ids: string[]; hasNextPage: boolean; total: () => Promise<number> }>;
  /** Every page of a search, `first` at a time; `between` runs after each page, with the ids served so far. */
  pageAll(
    workspaceId: string,
    search: string,
    first: number,
    o?: SearchOptions & { between?: (page: number, served: string[]) => Promise<void> },
  ): Promise<string[]>;
  close(): Promise<void>;
}

export async function searchKit(): Promise<SearchKit> {
  const m = await medium();
  const indexer = m.get(SearchIndexService);
  await indexer.ensureIndex();
  const queries = m.get(ConversationQueries);
  const commands = m.get(ConversationCommands);

  const search: SearchKit['search'] = async (workspaceId, text, o = {}) => {
    const page = await queries.page(workspaceId, {
      filter: { search: text, ...o.filter },
      first: o.first ?? 20,
      after: o.after,
      orderBy: o.orderBy,
      withTotal: o.withTotal,
    });
    return { edges: page.edges, ids: page.edges.map((e) => e.row.conversation.id), hasNextPage: page.hasNextPage, total: page.totalCount };
  };

  return {
    m,
    async seed(workspaceId, o) {
      const c = await seedConversation(m, workspaceId, { reviewed: o.reviewed ?? 'INFO_ONLY', ...o });
      for (const body of o.notes ?? []) await commands.addNote(workspaceId, PERSON, c.id, body);
      for (const tag of o.tags ?? []) await commands.addTag(workspaceId, PERSON, c.id, tag);
      return c;
    },
    async sync() {
      while ((await indexer.syncPending()) !== 0);
    },
    search,
    async pageAll(workspaceId, text, first, o = {}) {
      const ids: string[] = [];
      let after: string | undefined;
      for (let page = 1; ; page++) {
        const p = await search(workspaceId, text, { ...o, first, after });
        ids.push(...p.ids);
        if (!p.hasNextPage) return ids;
        after = p.edges[p.edges.length - 1].cursor;
        await o.between?.(page, [...ids]);
      }
    },
    async close() {
      const meili = m.get(MeilisearchProvider);
      await meili.client.tasks.waitForTask((await meili.client.deleteIndex(meili.indexUid)).taskUid);
      await m.close();
    },
  };
}

/** The words a highlight marks, as its text has them. */
export const marked = (h: { text: string; matches: { start: number; length: number }[] }): string[] =>
  h.matches.map((r) => h.text.slice(r.start, r.start + r.length));
