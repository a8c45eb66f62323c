// What the benchmarks take from the build (dist/, CommonJS from swc): the workflow contract, the
// builtin reviewer and the domain's own repositories, so that every limit runs the application's
// exact statements and shapes. Typed here by hand, as narrowly as the benchmarks use them: the
// application's sources are not type-checked under this configuration.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import { Meilisearch } from 'meilisearch';
import type pg from 'pg';
import { ROOT } from '../../scripts/paths.ts';

const requireBuilt = createRequire(import.meta.url);
const load = <T>(file: string): T => requireBuilt(path.join(ROOT, 'dist', file)) as T;

interface SearchAttributeKey {
  name: string;
  type: 'KEYWORD' | 'BOOL' | 'DATETIME';
}

export interface Contract {
  CONVERSATION_TASK_QUEUE: string;
  CONVERSATION_WORKFLOW_TYPE: string;
  MESSAGE_SIGNAL: string;
  SA: Record<'workspaceId' | 'conversationId' | 'source' | 'status' | 'reviewed' | 'lastMessageAt', SearchAttributeKey>;
  conversationWorkflowId(conversationId: string): string;
}

export const contract = (): Contract => load<Contract>('libs/workflows/src/conversation.contract.js');

export interface ReviewMessage {
  id: string;
  role: string;
  text: string;
  sentAt: Date;
}
export interface ReviewInput {
  source: string;
  contact: { name: string | null; phone: string | null; email: string | null };
  messages: ReviewMessage[];
  omittedMessages?: number;
}
export interface Reviewer {
  review(input: ReviewInput): Promise<unknown>;
}

export function builtinReviewer(): Reviewer {
  const { BuiltinReviewer } = load<{ BuiltinReviewer: new () => Reviewer }>('libs/reviewer/src/builtin/builtin.reviewer.js');
  return new BuiltinReviewer();
}

/** The subset of the domain's `Db` its repositories use: Kysely on a pg pool, prepared lookups, and transactions. */
export interface DbLike {
  kysely: Kysely<unknown>;
  prepared<R>(compiled: CompiledQuery<R>): Promise<R[]>;
  transaction<T>(fn: (tx: unknown) => Promise<T>): Promise<T>;
}

interface PreparedStatements {
  PreparingClient: typeof pg.Client;
  runPrepared: <R>(kysely: Kysely<unknown>, compiled: CompiledQuery<R>) => Promise<R[]>;
}
const preparedStatements = () => load<PreparedStatements>('libs/domain/src/database/prepared-statements.js');

/** The client class of the app's pool: the statements it prepares are prepared on the bench's pool too. */
export const preparingClient = (): typeof pg.Client => preparedStatements().PreparingClient;

/** The domain's Db on a pool made with `preparingClient()`. */
export function dbOn(pool: pg.Pool): DbLike {
  const kysely = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  const { runPrepared } = preparedStatements();
  return { kysely, prepared: (compiled) => runPrepared(kysely, compiled), transaction: (fn) => kysely.transaction().execute(fn) };
}

export interface ValidFilter {
  search: string;
  statuses: string[];
}
export interface ListCursor {
  t: string;
  i: string;
}
export interface ListRow {
  conversation: { id: string; contactId: string; lastMessageAtText: string };
}
export interface ListInclude {
  tags?: boolean;
  review?: boolean;
}
export interface Domain {
  list: {
    page(workspaceId: string, f: ValidFilter, after: ListCursor | undefined, limit: number, include?: ListInclude): Promise<ListRow[]>;
    count(workspaceId: string, f: ValidFilter): Promise<number>;
  };
  reader: {
    conversations(workspaceId: string, ids: readonly string[]): Promise<{ id: string; contactId: string }[]>;
    contacts(workspaceId: string, ids: readonly string[]): Promise<unknown[]>;
    messagePages(workspaceId: string, keys: { conversationId: string; afterSeq: number; limit: number }[]): Promise<unknown[]>;
    tags(workspaceId: string, ids: readonly string[]): Promise<unknown>;
    notes(workspaceId: string, ids: readonly string[]): Promise<Map<string, { id: string }[]>>;
    notesById(workspaceId: string, ids: readonly string[]): Promise<unknown[]>;
    latestReviews(workspaceId: string, ids: readonly string[]): Promise<unknown>;
    reviews(workspaceId: string, ids: readonly string[]): Promise<unknown>;
    activityPage(workspaceId: string, id: string, after: undefined, limit: number): Promise<{ noteId: string | null }[]>;
  };
  queries: {
    page(
      workspaceId: string,
      req: { filter?: object | null; first?: number; after?: string | null; include?: ListInclude },
    ): Promise<{ edges: { row: ListRow }[] }>;
  };
  reviews: {
    window(conversationId: string, throughSeq: number, maxMessages: number, maxChars: number): Promise<{ input: ReviewInput }>;
  };
  stats: { stats(workspaceId: string, from: Date | null, to: Date | null, timeZone: string): Promise<unknown> };
  validateFilter(f: object | null | undefined): ValidFilter;
  listCursorOf(c: { id: string; lastMessageAtText: string }): string;
  /** The Meilisearch requests the search service sends while `fn` runs, as sent. */
  meiliRequestsOf(fn: () => Promise<unknown>): Promise<MeiliRequest[]>;
}

export interface MeiliRequest {
  method: string;
  /** path and query, e.g. /indexes/x/search */
  path: string;
  body: string | undefined;
}

type HttpHook = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

/** The search service's Meilisearch client, on the app's own keep-alive transport, recording on demand. */
function recordingMeili(meili: { url: string; masterKey: string; index: string }) {
  const { keepAliveHttpClient } = load<{ keepAliveHttpClient: () => HttpHook }>('libs/domain/src/search/keep-alive-http-client.js');
  const inner = keepAliveHttpClient();
  let recording: MeiliRequest[] | undefined;
  const httpClient: HttpHook = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    recording?.push({
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return inner(input, init);
  };
  const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey, httpClient });
  const provider = { client, index: client.index(meili.index), indexUid: meili.index };
  const record = async (fn: () => Promise<unknown>): Promise<MeiliRequest[]> => {
    recording = [];
    try {
      await fn();
      return recording;
    } finally {
      recording = undefined;
    }
  };
  return { provider, record };
}

type Ctor<T> = new (...args: unknown[]) => T;

/** The domain's repositories and services on the bench's own pool (and Meilisearch, for search). */
export function domainOn(db: DbLike, meili: { url: string; masterKey: string; index: string }): Domain {
  requireBuilt('reflect-metadata');
  const m = <T>(file: string, name: string): T => load<Record<string, T>>(`libs/domain/src/${file}.js`)[name];
  const List = m<Ctor<Domain['list']>>('conversations/conversation-list.repository', 'ConversationListRepository');
  const Reader = m<Ctor<Domain['reader']>>('conversations/conversation-reader.repository', 'ConversationReader');
  const Reviews = m<Ctor<Domain['reviews']>>('conversations/conversation-reviews.service', 'ConversationReviews');
  const Stats = m<Ctor<Domain['stats']>>('stats/stats.service', 'StatsService');
  const Queries = m<Ctor<Domain['queries']>>('conversations/conversation-queries.service', 'ConversationQueries');
  const Search = m<Ctor<unknown>>('search/search-query.service', 'SearchQueryService');
  const Matched = m<Ctor<unknown>>('search/matched-messages.repository', 'MatchedMessages');
  const list = new List(db);
  const reader = new Reader(db);
  const { provider, record } = recordingMeili(meili);
  const search = new Search(provider, new Matched(db));
  return {
    list,
    reader,
    queries: new Queries(list, reader, search, db),
    reviews: new Reviews(db),
    stats: new Stats(db),
    validateFilter: m('conversations/conversation-filter', 'validateFilter'),
    listCursorOf: m('conversations/list-cursor', 'listCursorOf'),
    meiliRequestsOf: record,
  };
}
