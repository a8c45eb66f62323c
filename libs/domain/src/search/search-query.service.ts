import { Injectable } from '@nestjs/common';
import type { SearchParams, SearchResponse } from 'meilisearch';
import type { ConversationOrder, ValidFilter } from '../conversations/conversation-filter';
import { unavailable } from '../errors/domain-error';
import { foldSharpS } from './german-spellings';
import type { Highlight } from './highlight';
import { highlightsOf, messageSeqsToRead, type SearchHitDocument } from './hit-highlights';
import { MatchedMessages } from './matched-messages.repository';
import { MeilisearchProvider } from './meilisearch.provider';
import { normalizePhoneQuery } from './phone-spellings';
import {
  decodeNewestCursor,
  decodeRelevanceCursor,
  encodeSearchCursor,
  locateAfter,
  newestAfterFilter,
  type NewestKey,
  type RelevanceCursor,
} from './search-cursor';
import { searchFilters } from './search-filter';

export interface SearchPageRequest {
  workspaceId: string;
  /** filter.search is not empty. */
  filter: ValidFilter;
  order: ConversationOrder;
  after: string | undefined;
  limit: number;
}

export interface SearchHit {
  id: string;
  cursor: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Each hit's highlights by id; reads the matched messages' texts (one statement), so it can run beside the rows' read. */
  highlights: () => Promise<Map<string, Highlight[]>>;
  hasNextPage: boolean;
}

/** What a page retrieves of each document: the key of its cursor and the short fields its highlights quote. */
const RETRIEVED: (keyof SearchHitDocument)[] = [
  'id',
  'lastMessageAt',
  'title',
  'contactName',
  'phones',
  'phoneDigits',
  'email',
  'tags',
  'notes',
  'firstSeq',
];
const KEY_ONLY: (keyof SearchHitDocument)[] = ['id', 'lastMessageAt'];
// How many hits may have moved across the previous page's end and still be found with one request.
const SLACK = 5;

/** The query as sent: a phone number as its digits, "ß" as "ss". */
export const meiliQuery = (search: string): string => foldSharpS(normalizePhoneQuery(search));

interface Read {
  relevance: boolean;
  /** Key-only reads locate a page; full reads carry what highlights need. */
  full: boolean;
  offset: number;
  limit: number;
  newestAfter?: NewestKey;
}

/** The parameters of one read (every word must match: matchingStrategy "all"). */
function searchParams(filters: readonly string[], r: Read): SearchParams {
  const filter = r.newestAfter ? [...filters, newestAfterFilter(r.newestAfter)] : filters;
  return {
    filter: filter.join(' AND '),
    matchingStrategy: 'all',
    ...(r.relevance ? { showRankingScore: true } : { sort: ['lastMessageAt:desc', 'id:desc'] }),
    attributesToRetrieve: r.full ? RETRIEVED : KEY_ONLY,
    showMatchesPosition: r.full,
    offset: r.offset,
    limit: r.limit,
  };
}

/** The Meilisearch request of a first page (the benchmark sends it straight to Meilisearch beside the API). */
export function firstPageRequest(
  workspaceId: string,
  filter: ValidFilter,
  order: ConversationOrder,
  first: number,
): SearchParams & { q: string } {
  const params = searchParams(searchFilters(workspaceId, filter), {
    relevance: order === 'RELEVANCE',
    full: true,
    offset: 0,
    limit: first + 1,
  });
  return { ...params, q: meiliQuery(filter.search) };
}

/**
 * Searches the workspace's reviewed conversations in Meilisearch (the other filters applied there
 * too), in relevance or newest order, each hit with its highlights; see search-cursor.ts for paging.
 */
@Injectable()
export class SearchQueryService {
  constructor(
    private readonly meili: MeilisearchProvider,
    private readonly matchedMessages: MatchedMessages,
  ) {}

  async page(req: SearchPageRequest): Promise<SearchPage> {
    const relevance = req.order === 'RELEVANCE';
    const q = meiliQuery(req.filter.search);
    const filters = searchFilters(req.workspaceId, req.filter);
    const count = req.limit + 1;
    const { hits, offset } = relevance
      ? await this.relevanceHits(q, filters, decodeRelevanceCursor(req.after), count)
      : await this.newestHits(q, filters, decodeNewestCursor(req.after), count);
    const shown = hits.slice(0, req.limit);
    return {
      hits: shown.map((h, i) => ({
        id: h.id,
        cursor: encodeSearchCursor(
          relevance ? { s: h._rankingScore ?? 0, t: h.lastMessageAt, i: h.id, o: offset + i + 1 } : { t: h.lastMessageAt, i: h.id },
        ),
      })),
      highlights: async () => {
        const refs = shown.flatMap((h) => messageSeqsToRead(h).map((seq) => ({ conversationId: h.id, seq })));
        const texts = await this.matchedMessages.read(req.workspaceId, refs);
        return new Map(shown.map((h) => [h.id, highlightsOf(h, texts.get(h.id) ?? new Map())]));
      },
      hasNextPage: hits.length > req.limit,
    };
  }

  /** Every match's id, newest first, `batch` at a time (bulk actions, export). */
  async *allIds(workspaceId: string, filter: ValidFilter, batch: number): AsyncGenerator<string[]> {
    const q = meiliQuery(filter.search);
    const filters = searchFilters(workspaceId, filter);
    let newestAfter: NewestKey | undefined;
    for (;;) {
      const hits = await this.search(q, searchParams(filters, { relevance: false, full: false, offset: 0, limit: batch, newestAfter }));
      if (hits.length) yield hits.map((h) => h.id);
      if (hits.length < batch) return;
      const last = hits[hits.length - 1];
      newestAfter = { t: last.lastMessageAt, i: last.id };
    }
  }

  /** `count` hits in newest order after the cursor: a keyset filter, always from the first position. */
  private async newestHits(
    q: string,
    filters: string[],
    after: NewestKey | undefined,
    count: number,
  ): Promise<{ hits: SearchHitDocument[]; offset: number }> {
    return {
      hits: await this.search(q, searchParams(filters, { relevance: false, full: true, offset: 0, limit: count, newestAfter: after })),
      offset: 0,
    };
  }

  /**
   * `count` hits in relevance order after the cursor, and the position of the first. Normally one
   * read: a window from SLACK before the previous page's end. When more hits than that moved
   * meanwhile, key-only windows look further (before, or past), then the page is read where the key is.
   */
  private async relevanceHits(
    q: string,
    filters: string[],
    after: RelevanceCursor | undefined,
    count: number,
  ): Promise<{ hits: SearchHitDocument[]; offset: number }> {
    const read = (offset: number, limit: number, full = true) =>
      this.search(q, searchParams(filters, { relevance: true, full, offset, limit }));
    if (!after) return { hits: await read(0, count), offset: 0 };
    let from = Math.max(0, after.o - SLACK);
    let size = after.o - from + count + SLACK;
    let full = true;
    for (;;) {
      const window = await read(from, size, full);
      const keys = window.map((h) => ({ s: h._rankingScore ?? 0, t: h.lastMessageAt, i: h.id }));
      const found = locateAfter(keys, from, after, window.length === size);
      if ('at' in found) {
        const start = from + found.at;
        const enough = window.length - found.at >= count || window.length < size;
        if (full && enough) return { hits: window.slice(found.at, found.at + count), offset: start };
        return { hits: await read(start, count), offset: start };
      }
      full = false;
      if (found.look === 'before') [from, size] = [0, from + size];
      else [from, size] = [from + size, size * 2];
    }
  }

  /** The exact number of matches of a page's search (no hits asked for). */
  async total(workspaceId: string, filter: ValidFilter): Promise<number> {
    const params = { filter: searchFilters(workspaceId, filter).join(' AND '), matchingStrategy: 'all', hitsPerPage: 0, page: 1 } as const;
    return (await this.request(meiliQuery(filter.search), params)).totalHits ?? 0;
  }

  private async search(q: string, params: SearchParams): Promise<SearchHitDocument[]> {
    return (await this.request(q, params)).hits;
  }

  private async request<S extends SearchParams>(q: string, params: S): Promise<SearchResponse<SearchHitDocument, S>> {
    try {
      return await this.meili.index.search<SearchHitDocument, S>(q, params);
    } catch (err) {
      throw unavailable('meilisearch', 'search is not available right now; retry later', err);
    }
  }
}
