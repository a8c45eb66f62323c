import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { ConversationOrder, ValidFilter } from '../conversations/conversation-filter';
import { unavailable } from '../errors/domain-error';
import { normalizePhoneQuery } from './conversation-document';
import type { Highlight } from './highlight';
import { MeilisearchProvider } from './meilisearch.provider';

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

/** RELEVANCE pages by position in Meilisearch's ranking; NEWEST by the list's sort key (stable while conversations arrive). */
type SearchCursor = { o: number } | { k: number };
const isSearchCursor = (v: unknown): v is SearchCursor => {
  const c = v as Record<string, unknown>;
  return typeof c === 'object' && c !== null && ((Number.isInteger(c.o) && (c.o as number) >= 0) || Number.isSafeInteger(c.k));
};

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Searches the workspace's reviewed conversations in Meilisearch (filters applied there too). */
@Injectable()
export class SearchQueryService {
  constructor(private readonly meili: MeilisearchProvider) {}

  async page(req: SearchPageRequest): Promise<SearchPage> {
    const after = decodeCursor(req.after, isSearchCursor);
    const base = this.filters(req.workspaceId, req.filter);
    const q = normalizePhoneQuery(req.filter.search);
    const newest = req.order === 'NEWEST';
    const offset = !newest && after && 'o' in after ? after.o : 0;
    const beforeKey = newest && after && 'k' in after ? after.k : undefined;
    const filter = beforeKey === undefined ? base : [...base, `sortKey < ${beforeKey}`];
    let result;
    try {
      result = await this.meili.index.search(q, {
        filter: filter.join(' AND '),
        matchingStrategy: 'all',
        sort: newest ? ['sortKey:desc'] : undefined,
        attributesToRetrieve: ['id', 'sortKey', 'lastMessageAt'],
        offset,
        limit: req.limit + 1,
      });
    } catch (err) {
      throw unavailable('meilisearch', 'search is not available right now; retry later', err);
    }
    const hits = (result.hits as unknown as { id: string; sortKey: number }[]).slice(0, req.limit);
    return {
      hits: hits.map((h, i) => ({
        id: h.id,
        cursor: encodeCursor(newest ? { k: h.sortKey } : { o: offset + i + 1 }),
        highlights: [],
      })),
      hasNextPage: result.hits.length > req.limit,
      total: () => this.total(q, base),
    };
  }

  /** Every match's id, newest first, `batch` at a time (bulk actions, export). */
  async *allIds(workspaceId: string, filter: ValidFilter, batch: number): AsyncGenerator<string[]> {
    const base = this.filters(workspaceId, filter);
    const q = normalizePhoneQuery(filter.search);
    let beforeKey: number | undefined;
    for (;;) {
      let result;
      try {
        result = await this.meili.index.search(q, {
          filter: (beforeKey === undefined ? base : [...base, `sortKey < ${beforeKey}`]).join(' AND '),
          matchingStrategy: 'all',
          sort: ['sortKey:desc'],
          attributesToRetrieve: ['id', 'sortKey'],
          limit: batch,
        });
      } catch (err) {
        throw unavailable('meilisearch', 'search is not available right now; retry later', err);
      }
      const hits = result.hits as unknown as { id: string; sortKey: number }[];
      if (hits.length) yield hits.map((h) => h.id);
      if (hits.length < batch) return;
      beforeKey = hits[hits.length - 1].sortKey;
    }
  }

  private async total(q: string, filter: string[]): Promise<number> {
    try {
      const r = await this.meili.index.search(q, { filter: filter.join(' AND '), matchingStrategy: 'all', hitsPerPage: 0, page: 1 });
      return (r as unknown as { totalHits?: number }).totalHits ?? 0;
    } catch (err) {
      throw unavailable('meilisearch', 'search is not available right now; retry later', err);
    }
  }

  private filters(workspaceId: string, f: ValidFilter): string[] {
    const base = [`workspaceId = ${quote(workspaceId)}`, 'visible = true'];
    if (f.statuses.length) base.push(`status IN [${f.statuses.map(quote).join(', ')}]`);
    if (f.sources.length) base.push(`source IN [${f.sources.map(quote).join(', ')}]`);
    // the index keeps tag names as written; a tag filter matches them case-insensitively via tagKeys
    for (const t of f.tags) base.push(`tagKeys = ${quote(t.toLowerCase())}`);
    if (f.minQualityScore !== undefined) base.push(`qualityScore >= ${f.minQualityScore}`);
    if (f.maxQualityScore !== undefined) base.push(`qualityScore <= ${f.maxQualityScore}`);
    if (f.from) base.push(`lastMessageAt >= ${f.from.getTime()}`);
    if (f.to) base.push(`lastMessageAt <= ${f.to.getTime()}`);
    return base;
  }
}


