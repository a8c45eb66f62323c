import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import type { ConversationOrder, ValidFilter } from '../conversations/conversation-filter';
import { unavailable } from '../errors/domain-error';
import { foldSharpS } from './german-spellings';
import type { Highlight } from './highlight';
import { highlightsOf, messageSeqsToRead, type SearchHitDocument } from './hit-highlights';
import { MatchedMessages } from './matched-messages.repository';
import { MeilisearchProvider } from './meilisearch.provider';
import { normalizePhoneQuery } from './phone-spellings';
import { decodeSearchCursor, encodeSearchCursor, locateAfter, newestAfterFilter, type NewestKey, type RelevanceCursor } from './search-cursor';
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
  highlights: Highlight[];
}

export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
  /** The exact number of matches; asked of Meilisearch only when called. */
  total: () => Promise<number>;
}

/** What a page retrieves of each document: the key of its cursor and the short fields its highlights quote. */
const RETRIEVED = ['id', 'lastMessageAt', 'title', 'contactName', 'phones', 'phoneDigits', 'email', 'tags', 'notes', 'firstSeq'];
const KEY_ONLY = ['id', 'lastMessageAt'];
const NEWEST_SORT = ['lastMessageAt:desc', 'id:desc'];
// How many hits may have moved across the previous page's end and still be found with one request.
const SLACK = 5;

/** The query as sent: a phone number as its digits, "ß" as "ss". */
export const meiliQuery = (search: string): string => foldSharpS(normalizePhoneQuery(search));

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
    const after = decodeSearchCursor(req.after, relevance);
    const q = meiliQuery(req.filter.search);
    const filters = searchFilters(req.workspaceId, req.filter);
    const { hits, offset } = relevance
      ? await this.relevanceHits(q, filters, after as RelevanceCursor | undefined, req.limit + 1)
      : { hits: await this.newestHits(q, filters, after, req.limit + 1, RETRIEVED), offset: 0 };
    const shown = hits.slice(0, req.limit);
    const texts = await this.matchedMessages.read(
      req.workspaceId,
      shown.flatMap((h) => messageSeqsToRead(h).map((seq) => ({ conversationId: h.id, seq }))),
    );
    return {
      hits: shown.map((h, i) => ({
        id: h.id,
        cursor: encodeSearchCursor(relevance ? { s: h._rankingScore ?? 0, t: h.lastMessageAt, i: h.id, o: offset + i + 1 } : { t: h.lastMessageAt, i: h.id }),
        highlights: highlightsOf(h, texts.get(h.id) ?? new Map()),
      })),
      hasNextPage: hits.length > req.limit,
      total: () => this.total(q, filters),
    };
  }

  /** Every match's id, newest first, `batch` at a time (bulk actions, export). */
  async *allIds(workspaceId: string, filter: ValidFilter, batch: number): AsyncGenerator<string[]> {
    const q = meiliQuery(filter.search);
    const filters = searchFilters(workspaceId, filter);
    let after: NewestKey | undefined;
    for (;;) {
      const hits = await this.newestHits(q, filters, after, batch, KEY_ONLY);
      if (hits.length) yield hits.map((h) => h.id);
      if (hits.length < batch) return;
      const last = hits[hits.length - 1];
      after = { t: last.lastMessageAt, i: last.id };
    }
  }

  private newestHits(q: string, filters: string[], after: NewestKey | undefined, limit: number, retrieve: string[]): Promise<SearchHitDocument[]> {
    const filter = after ? [...filters, newestAfterFilter(after)] : filters;
    return this.search(q, { filter: filter.join(' AND '), sort: NEWEST_SORT, attributesToRetrieve: retrieve, showMatchesPosition: retrieve === RETRIEVED, limit });
  }

  /**
   * `count` hits in relevance order after the cursor, and the position of the first. Normally one
   * request: a window from SLACK before the previous page's end. When more hits than that moved
   * meanwhile, key-only windows look further (before, or past), then the page is read where the key is.
   */
  private async relevanceHits(q: string, filters: string[], after: RelevanceCursor | undefined, count: number): Promise<{ hits: SearchHitDocument[]; offset: number }> {
    const read = (offset: number, limit: number, retrieve = RETRIEVED) =>
      this.search(q, { filter: filters.join(' AND '), attributesToRetrieve: retrieve, showMatchesPosition: retrieve === RETRIEVED, showRankingScore: true, offset, limit });
    if (!after) return { hits: await read(0, count), offset: 0 };
    let from = Math.max(0, after.o - SLACK);
    let size = after.o - from + count + SLACK;
    let retrieve = RETRIEVED;
    for (;;) {
      const window = await read(from, size, retrieve);
      const keys = window.map((h) => ({ s: h._rankingScore ?? 0, t: h.lastMessageAt, i: h.id }));
      const found = locateAfter(keys, from, after, window.length === size);
      if ('at' in found) {
        const start = from + found.at;
        const enough = window.length - found.at >= count || window.length < size;
        if (retrieve === RETRIEVED && enough) return { hits: window.slice(found.at, found.at + count), offset: start };
        return { hits: await read(start, count), offset: start };
      }
      retrieve = KEY_ONLY;
      if (found.look === 'before') [from, size] = [0, from + size];
      else [from, size] = [from + size, size * 2];
    }
  }

  private async total(q: string, filters: string[]): Promise<number> {
    try {
      const r = await this.meili.index.search(q, { filter: filters.join(' AND '), matchingStrategy: 'all', hitsPerPage: 0, page: 1 });
      return r.totalHits;
    } catch (err) {
      throw unavailable('meilisearch', 'search is not available right now; retry later', err);
    }
  }

  private async search(q: string, params: SearchParams): Promise<SearchHitDocument[]> {
    try {
      const r = await this.meili.index.search<SearchHitDocument>(q, { ...params, matchingStrategy: 'all' });
      return r.hits;
    } catch (err) {
      throw unavailable('meilisearch', 'search is not available right now; retry later', err);
    }
  }
}
