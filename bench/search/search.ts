// Search p50 through GraphQL beside the same request sent straight to Meilisearch (highlights
// included: the request is the search service's own, from dist), at a scale seeded like the main
// benchmark. Both over node:http keep-alive clients (Node's fetch costs ~44 ms a request here).
//
//   node bench/search/search.ts                  # 100,000 conversations / 1,000,000 messages
//   BENCH_SEARCH_SCALE=10000 BENCH_SEARCH_REQUESTS=200 node bench/search/search.ts
//
// Prints one line per figure and the JSON of all of them; the main benchmark can import benchSearch.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../../scripts/paths.ts';
import { installShutdownHandlers } from '../../scripts/stack/shutdown.ts';
import { log, now, round, summarize, type Summary } from '../lib/stats.ts';
import { BenchSystem } from '../lib/system.ts';
import { SEARCH_TERMS } from '../seed-data.ts';
import { prepareScale } from '../sections/data.ts';

const ROW = 'id title source status lastMessageAt lastMessage { id text role } tags { id name } review { qualityScore }';
const HIGHLIGHTS = 'highlights { field text messageId matches { start length } }';
const PAGE = `query($f: ConversationFilter) { conversations(filter: $f, first: 20) { pageInfo { hasNextPage endCursor } edges { cursor ${HIGHLIGHTS} node { ${ROW} } } } }`;
const PAGE_COUNT = `query($f: ConversationFilter) { conversations(filter: $f, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor ${HIGHLIGHTS} node { ${ROW} } } } }`;

/** Besides the seeded words: a full name, an exact phone (conversation 1's) and its last 7 digits. */
const TERMS = [...SEARCH_TERMS, 'Giulia Rossi', '+39 347 000 7919', '0007919'];

interface ServiceRequests {
  validateFilter(f: object): unknown;
  firstPageRequest(workspaceId: string, f: unknown, order: 'RELEVANCE' | 'NEWEST', first: number): Record<string, unknown>;
}

function serviceRequests(): ServiceRequests {
  const load = createRequire(import.meta.url);
  load('reflect-metadata');
  const dist = (f: string) => load(path.join(ROOT, 'dist/libs/domain/src', f)) as Record<string, unknown>;
  return {
    validateFilter: dist('conversations/conversation-filter.js').validateFilter as ServiceRequests['validateFilter'],
    firstPageRequest: dist('search/search-query.service.js').firstPageRequest as ServiceRequests['firstPageRequest'],
  };
}

export interface SearchFigure {
  name: string;
  app: Summary;
  raw: Summary;
  ratioP50: number | null;
  goalP50Within2x: boolean;
}

/** App and raw, interleaved per term so that both see the same cache and load. */
export async function benchSearch(sys: BenchSystem, requests: number, warmup: number): Promise<SearchFigure[]> {
  const svc = serviceRequests();
  const auth = { authorization: `Bearer ${sys.stack.meiliMasterKey}` };
  const body = (q: string) => svc.firstPageRequest(sys.workspace.id, svc.validateFilter({ search: q }), 'RELEVANCE', 20);
  const raw = async (b: Record<string, unknown>) => {
    const res = await sys.meiliHttp.request('POST', `/indexes/${sys.meiliIndex}/search`, b, auth);
    if (res.status !== 200) throw new Error(`Meilisearch ${res.status}: ${res.text.slice(0, 200)}`);
  };
  // totalCount: the service asks for it with a second search (hitsPerPage 0), only when selected
  const total = (q: string) => {
    const { q: sent, filter, matchingStrategy } = body(q);
    return { q: sent, filter, matchingStrategy, hitsPerPage: 0, page: 1 };
  };
  const figures: { name: string; app: (q: string) => Promise<unknown>; raw: (q: string) => Promise<unknown> }[] = [
    { name: 'search: first page, highlights', app: (q) => sys.gql(PAGE, { f: { search: q } }), raw: (q) => raw(body(q)) },
    {
      name: 'search: first page, highlights + totalCount',
      app: (q) => sys.gql(PAGE_COUNT, { f: { search: q } }),
      raw: async (q) => {
        await raw(body(q));
        await raw(total(q));
      },
    },
  ];
  const out: SearchFigure[] = [];
  for (const f of figures) {
    const samples = { app: [] as number[], raw: [] as number[] };
    for (let i = 0; i < warmup; i++) for (const kind of ['app', 'raw'] as const) await f[kind](TERMS[i % TERMS.length]);
    for (let i = 0; i < requests; i++) {
      const q = TERMS[i % TERMS.length];
      for (const kind of i % 2 === 0 ? (['app', 'raw'] as const) : (['raw', 'app'] as const)) {
        const t0 = now();
        await f[kind](q);
        samples[kind].push(now() - t0);
      }
    }
    const app = summarize(samples.app);
    const rawS = summarize(samples.raw);
    const ratio = app.p50 !== null && rawS.p50 ? round(app.p50 / rawS.p50) : null;
    out.push({ name: f.name, app, raw: rawS, ratioP50: ratio, goalP50Within2x: ratio !== null && ratio <= 2 });
    log(`${f.name}: app p50 ${app.p50} p99 ${app.p99} | Meilisearch p50 ${rawS.p50} p99 ${rawS.p99} ms | ×${ratio}`);
  }
  return out;
}

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SEARCH_SCALE ?? 100_000);
  const requests = Number(process.env.BENCH_SEARCH_REQUESTS ?? 500);
  const sys = new BenchSystem(process.env.BENCH_PERSISTENT === '1' ? 'persistent' : 'memory');
  let pool: pg.Pool | undefined;
  installShutdownHandlers({ shutdown: async () => void (await Promise.all([pool?.end(), sys.stop()])) });
  try {
    await sys.start();
    pool = new pg.Pool({ connectionString: sys.stack.databaseUrl, max: 4 });
    const data = await prepareScale(sys, pool, 0, scale, 10);
    const figures = await benchSearch(sys, requests, 50);
    process.stdout.write(`${JSON.stringify({ scale, data, figures }, null, 2)}\n`);
  } finally {
    await pool?.end();
    await sys.stop();
  }
}

if (import.meta.main) await main();
