// 3. Queries at scale, each through GraphQL (node:http keep-alive) beside its raw limit: the same
// statements the request runs — the domain's own repositories on a pg pool in the bench process,
// phased as the resolvers and DataLoaders phase them — and, for search, the Meilisearch requests
// alone (recorded from the search service, replayed as sent).
import type pg from 'pg';
import type { Domain, MeiliRequest } from '../lib/dist.ts';
import { log, now, round, summarize, type Summary } from '../lib/stats.ts';
import type { BenchSystem } from '../lib/system.ts';
import { SEARCH_TERMS } from '../seed-data.ts';
import { DETAIL, LIST, LIST_COUNT, SEARCH, STATS, type ListData } from './query-documents.ts';

export interface QueryFigure {
  name: string;
  app: Summary;
  raw: Summary;
  ratioP50: number | null;
  /** goal: app p50 ≤ 2 × raw p50 (null: no such goal for this figure) */
  goalP50Within2x: boolean | null;
  /** goal: app p99 below this (ms) */
  p99Limit: number | null;
  p99Met: boolean | null;
  /** search only: the Meilisearch requests alone, and app ÷ that (the goal's ratio for search, as the issue measured it) */
  meiliAlone?: Summary;
  ratioToMeiliP50?: number | null;
  errors: number;
}

export interface QueryFigures {
  page: number;
  pageMatches: boolean;
  searchHits: Record<string, number | null>;
  figures: QueryFigure[];
}

interface Figure {
  app: (i: number) => Promise<unknown>;
  raw: (i: number) => Promise<unknown>;
  meili?: (i: number) => Promise<unknown>;
  goal2x: boolean;
  p99Limit: number | null;
}

const FILTER = { statuses: ['QUOTE_REQUEST', 'POTENTIAL_CUSTOMER', 'FOLLOW_UP'], minQualityScore: 60 };

export async function benchQueries(
  sys: BenchSystem,
  pool: pg.Pool,
  d: Domain,
  o: { requests: number; warmup: number; repeats: number; conversations: number },
): Promise<QueryFigures> {
  const ws = sys.workspace.id;
  const gql = (q: string, v: Record<string, unknown>) => sys.gql<ListData>(q, v);
  // the page's statement with what the list shows beside each row (last message, tags, latest review), as the API reads it
  const ROW_EXTRAS = { tags: true, review: true };
  const listRaw = (filter: object, after?: { t: string; i: string }) => d.list.page(ws, d.validateFilter(filter), after, 21, ROW_EXTRAS);

  // page 200 (or the last there is): the cursor of the row just before it, as the API encodes it
  const pageNo = Math.min(200, Math.floor(o.conversations / 20));
  const before = (await d.list.page(ws, d.validateFilter({}), undefined, (pageNo - 1) * 20)).at(-1)?.conversation;
  if (!before) throw new Error('no conversations to page through');
  const afterKey = { t: before.lastMessageAtText, i: before.id };
  const cursor = d.listCursorOf(before);
  const detailIds = (
    await pool.query<{ id: string }>('select id from conversation where workspace_id = $1 order by md5(id::text) limit 300', [ws])
  ).rows.map((r) => r.id);

  const detailRaw = async (id: string) => {
    const [c] = await d.reader.conversations(ws, [id]);
    const [, , , , , , activity] = await Promise.all([
      d.reader.contacts(ws, [c.contactId]),
      d.reader.messagePages(ws, [{ conversationId: id, afterSeq: 0, limit: 51 }]),
      d.reader.tags(ws, [id]),
      d.reader.notes(ws, [id]),
      d.reader.latestReviews(ws, [id]),
      d.reader.reviews(ws, [id]),
      d.reader.activityPage(ws, id, undefined, 31),
    ]);
    // activity.note: a third phase, by note id (the notes field's loader is keyed by conversation)
    const noteIds = activity.flatMap((a) => (a.noteId ? [a.noteId] : []));
    if (noteIds.length) await d.reader.notesById(ws, noteIds);
  };
  const searchRaw = (i: number) =>
    d.queries.page(ws, { filter: { search: SEARCH_TERMS[i % SEARCH_TERMS.length] }, first: 20, include: ROW_EXTRAS });
  // the Meilisearch requests of each term's page, recorded once, replayed as sent
  const meiliOf: MeiliRequest[][] = [];
  for (let i = 0; i < SEARCH_TERMS.length; i++) meiliOf.push(await d.meiliRequestsOf(() => searchRaw(i)));
  const meiliAuth = { authorization: `Bearer ${sys.stack.meiliMasterKey}`, 'content-type': 'application/json' };
  const meiliAlone = async (i: number) => {
    for (const r of meiliOf[i % meiliOf.length]) {
      const res = await sys.meiliHttp.request(r.method, r.path, r.body, meiliAuth);
      if (res.status !== 200) throw new Error(`meilisearch ${res.status} ${res.text.slice(0, 200)}`);
    }
  };

  const figures: Record<string, Figure> = {
    'list: first page': { app: () => gql(LIST, {}), raw: () => listRaw({}), goal2x: true, p99Limit: 25 },
    'list: filtered page (statuses + minQualityScore)': {
      app: () => gql(LIST, { f: FILTER }),
      raw: () => listRaw(FILTER),
      goal2x: true,
      p99Limit: 25,
    },
    [`list: page ${pageNo} by cursor`]: {
      app: () => gql(LIST, { after: cursor }),
      raw: () => listRaw({}, afterKey),
      goal2x: true,
      p99Limit: 25,
    },
    'list: first page + totalCount (the console asks for it)': {
      app: () => gql(LIST_COUNT, {}),
      raw: () => Promise.all([listRaw({}), d.list.count(ws, d.validateFilter({}))]),
      goal2x: false,
      p99Limit: null,
    },
    'detail: the console conversation query': {
      app: (i) => gql(DETAIL, { id: detailIds[i % detailIds.length] }),
      raw: (i) => detailRaw(detailIds[i % detailIds.length]),
      goal2x: true,
      p99Limit: 25,
    },
    'search: conversations(filter: {search}) with highlights': {
      app: (i) => gql(SEARCH, { f: { search: SEARCH_TERMS[i % SEARCH_TERMS.length] } }),
      raw: searchRaw,
      meili: meiliAlone,
      goal2x: true,
      p99Limit: 25,
    },
    'stats: last 30 days (the overview)': {
      app: () => gql(STATS, { timeZone: 'UTC' }),
      raw: () => d.stats.stats(ws, null, null, 'UTC'),
      goal2x: false,
      p99Limit: 50,
    },
  };

  // sanity: the app's page 200 begins where the domain's does
  const appPage = await gql(LIST, { after: cursor });
  const rawPage = await d.list.page(ws, d.validateFilter({}), afterKey, 21);
  const pageMatches = appPage.conversations.edges[0]?.node.id === rawPage[0]?.conversation.id;
  if (!pageMatches) log(`!! page ${pageNo}: app and raw disagree on the first row`);
  const searchHits: Record<string, number | null> = {};
  for (const q of SEARCH_TERMS) searchHits[q] = (await gql(LIST_COUNT, { f: { search: q } })).conversations.totalCount ?? null;

  const out: QueryFigures = { page: pageNo, pageMatches, searchHits, figures: [] };
  for (const [name, f] of Object.entries(figures)) out.figures.push(await measure(name, f, o));
  return out;
}

async function measure(name: string, f: Figure, o: { requests: number; warmup: number; repeats: number }): Promise<QueryFigure> {
  const kinds = (['app', 'raw', 'meili'] as const).filter((k) => f[k]);
  const samples: Record<string, number[]> = { app: [], raw: [], meili: [] };
  let errors = 0;
  for (const kind of kinds) for (let i = 0; i < o.warmup; i++) await f[kind]?.(i);
  for (let r = 0; r < o.repeats; r++) {
    for (const kind of r % 2 === 0 ? kinds : [...kinds].reverse()) {
      const deadline = now() + 60_000;
      for (let i = 0; i < o.requests && now() < deadline; i++) {
        const t0 = now();
        try {
          await f[kind]?.(i);
          samples[kind].push(now() - t0);
        } catch (err) {
          if (errors++ === 0) log(`!! ${name} ${kind}: ${(err as Error).message}`);
        }
      }
    }
  }
  const app = summarize(samples.app);
  const raw = summarize(samples.raw);
  const ratio = (base: Summary) => (app.p50 && base.p50 ? round(app.p50 / base.p50, 2) : null);
  const ratioP50 = ratio(raw);
  const meiliAlone = f.meili ? summarize(samples.meili) : undefined;
  const judged = meiliAlone ? ratio(meiliAlone) : ratioP50;
  const fig: QueryFigure = {
    name,
    app,
    raw,
    ratioP50,
    goalP50Within2x: f.goal2x ? judged !== null && judged <= 2 : null,
    p99Limit: f.p99Limit,
    p99Met: f.p99Limit !== null && app.p99 !== null ? app.p99 < f.p99Limit : null,
    ...(meiliAlone ? { meiliAlone, ratioToMeiliP50: judged } : {}),
    errors,
  };
  log(
    `query ${name}: app p50 ${app.p50} p99 ${app.p99} | raw p50 ${raw.p50} p99 ${raw.p99} ms | ×${ratioP50}${fig.meiliAlone ? ` | meili alone p50 ${fig.meiliAlone.p50}` : ''}`,
  );
  return fig;
}
