// 3. Queries at scale, each through GraphQL (node:http keep-alive) beside its raw limit: the SQL the
// resolvers run (same column lists, imported from dist; loaders run in parallel like DataLoader's
// batches) on a pg Pool, and the same multi-search POSTed straight to Meilisearch.
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from '../scripts/stack/build.mjs';
import { SEARCH_TERMS } from './seed.mjs';
import { log, now, round, summarize } from './lib/util.mjs';

const require = createRequire(import.meta.url);
const { CONVERSATION_COLUMNS, MESSAGE_COLUMNS } = require(path.join(ROOT, 'dist/apps/api/src/graphql/conversations/records.js'));

const LIST_FIELDS = `edges { cursor node { id title source status lastMessageAt messageCount
  contact { name phone } lastMessage { text role sentAt } tags { name } review { qualityScore suggestedStatus } } }
  pageInfo { hasNextPage endCursor }`;
const LIST = `query($f: ConversationFilter, $after: String) { conversations(filter: $f, first: 20, after: $after) { ${LIST_FIELDS} } }`;
const LIST_COUNT = `query($f: ConversationFilter) { conversations(filter: $f, first: 20) { totalCount ${LIST_FIELDS} } }`;
const DETAIL = `query($id: ID!) { conversation(id: $id) { id title source status statusOrigin messageCount lastMessageAt visible createdAt
  contact { id name phone email }
  messages(first: 50) { totalCount edges { cursor node { id role text sentAt } } pageInfo { hasNextPage endCursor } }
  notes { id body createdAt } tags { id name }
  review { summary qualityScore suggestedStatus reviewedAt reviewer } } }`;

const FILTER = { statuses: ['QUOTE_REQUEST', 'POTENTIAL_CUSTOMER', 'FOLLOW_UP'], minQualityScore: 60 };

const LIST_SQL = (extraWhere) => `select ${CONVERSATION_COLUMNS},
        ct.id as "ct_id", ct.name as "ct_name", ct.phone as "ct_phone", ct.email as "ct_email",
        lm.id as "lm_id", lm.conversation_id as "lm_conversationId", lm.seq as "lm_seq", lm.role as "lm_role",
        lm.text as "lm_text", lm.sent_at as "lm_sentAt"
   from conversation c
   join contact ct on ct.id = c.contact_id
   left join message lm on lm.id = c.last_message_id
  where c.workspace_id = $1 and c.visible ${extraWhere}
  order by c.last_message_at desc, c.id desc
  limit 21`;
const TAGS_SQL = `select ct.conversation_id as "conversationId", t.id, t.name from conversation_tag ct join tag t on t.id = ct.tag_id
  where ct.conversation_id = any($1::uuid[]) and t.workspace_id = $2 order by t.name_key, t.id`;
const REVIEW_SQL = `select distinct on (conversation_id) conversation_id as "conversationId", summary, quality_score as "qualityScore",
       reviewed_at as "reviewedAt", suggested_status as "suggestedStatus", reviewer
  from review where conversation_id = any($1::uuid[]) and workspace_id = $2 order by conversation_id, through_seq desc`;

/** sortKeyOf from libs/domain/src/search/conversation-document.ts */
const sortKeyOf = (d, id) => d.getTime() * 1000 + (parseInt(id.replace(/-/g, '').slice(-3), 16) % 1000);
const cursorOf = (t, id, d) => Buffer.from(JSON.stringify({ t, i: id, k: sortKeyOf(d, id) }), 'utf8').toString('base64url');

/**
 * @param {import('./lib/system.mjs').BenchSystem} sys
 * @param {import('pg').Pool} pg
 * @param {{ requests: number, warmup: number, repeats: number, conversations: number }} o
 */
export async function benchQueries(sys, pg, o) {
  const ws = sys.workspaceId;
  const meiliAuth = { authorization: `Bearer ${sys.stack.meiliMasterKey}` };
  const gql = (query, variables) => sys.gql(query, variables);
  const loadersForPage = async (ids) => Promise.all([pg.query(TAGS_SQL, [ids, ws]), pg.query(REVIEW_SQL, [ids, ws])]);

  // page 200 (or the last page there is): the cursor of the row just before it, built as the API builds it
  const pageNo = Math.min(200, Math.floor(o.conversations / 20));
  const before = (
    await pg.query(
      `select c.id, c.last_message_at as d, to_char(c.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t
         from conversation c where c.workspace_id = $1 and c.visible order by c.last_message_at desc, c.id desc offset $2 limit 1`,
      [ws, (pageNo - 1) * 20 - 1],
    )
  ).rows[0];
  const cursor = cursorOf(before.t, before.id, before.d);
  const detailIds = (await pg.query('select id from conversation where workspace_id = $1 order by md5(id::text) limit 300', [ws])).rows.map(
    (r) => r.id,
  );

  const searchBody = (q) => {
    const common = { q, matchingStrategy: 'all', sort: ['sortKey:desc'], attributesToRetrieve: ['id'] };
    const filter = `workspaceId = "${ws}" AND visible = true`;
    return {
      queries: [
        { indexUid: sys.meiliIndex, ...common, filter, limit: 21 },
        { indexUid: sys.meiliIndex, ...common, filter, hitsPerPage: 0, page: 1 },
      ],
    };
  };

  /** @type {Record<string, { app: (i: number) => Promise<any>, raw: (i: number) => Promise<any>, goal: string, p99Limit?: number }>} */
  const figures = {
    'list: first page': {
      app: () => gql(LIST, {}),
      raw: async () => {
        const { rows } = await pg.query(LIST_SQL(''), [ws]);
        await loadersForPage(rows.slice(0, 20).map((r) => r.id));
      },
      p99Limit: 50,
    },
    'list: filtered page (statuses + minQualityScore)': {
      app: () => gql(LIST, { f: FILTER }),
      raw: async () => {
        const { rows } = await pg.query(LIST_SQL('and c.status = any($2::text[]) and c.quality_score >= $3'), [
          ws,
          FILTER.statuses,
          FILTER.minQualityScore,
        ]);
        await loadersForPage(rows.slice(0, 20).map((r) => r.id));
      },
      p99Limit: 50,
    },
    [`list: page ${pageNo} by cursor`]: {
      app: () => gql(LIST, { after: cursor }),
      raw: async () => {
        const { rows } = await pg.query(LIST_SQL('and (c.last_message_at, c.id) < ($2::timestamptz, $3::uuid)'), [ws, before.t, before.id]);
        await loadersForPage(rows.slice(0, 20).map((r) => r.id));
      },
      p99Limit: 50,
    },
    'list: first page + totalCount': {
      app: () => gql(LIST_COUNT, {}),
      raw: async () => {
        const [{ rows }] = await Promise.all([
          pg.query(LIST_SQL(''), [ws]),
          pg.query('select count(*) as n from conversation c where c.workspace_id = $1 and c.visible', [ws]),
        ]);
        await loadersForPage(rows.slice(0, 20).map((r) => r.id));
      },
      p99Limit: null, // an extra (not in the issue): what a UI showing the total pays
    },
    'detail: conversation(id) + messages(50), notes, tags, review': {
      app: (i) => gql(DETAIL, { id: detailIds[i % detailIds.length] }),
      raw: async (i) => {
        const id = detailIds[i % detailIds.length];
        const { rows } = await pg.query(
          `select ${CONVERSATION_COLUMNS} from conversation c where c.id = any($1::uuid[]) and c.workspace_id = $2`,
          [[id], ws],
        );
        await Promise.all([
          pg.query('select id, name, phone, email from contact where id = any($1::uuid[]) and workspace_id = $2', [
            [rows[0].contactId],
            ws,
          ]),
          pg.query(
            `select k.n as "keyIndex", ${MESSAGE_COLUMNS('m')}
               from unnest($1::uuid[], $2::int[]) with ordinality as k(conversation_id, after_seq, n)
              cross join lateral (
                select * from message x where x.conversation_id = k.conversation_id and x.seq > k.after_seq and x.workspace_id = $3
                 order by x.seq limit $4) m
              order by k.n, m.seq`,
            [[id], [0], ws, 51],
          ),
          pg.query(
            `select id, conversation_id as "conversationId", body, created_at as "createdAt" from note
              where conversation_id = any($1::uuid[]) and workspace_id = $2 order by created_at desc, id desc`,
            [[id], ws],
          ),
          pg.query(TAGS_SQL, [[id], ws]),
          pg.query(REVIEW_SQL, [[id], ws]),
        ]);
      },
    },
    'search: conversations(filter: {search})': {
      app: (i) => gql(LIST, { f: { search: SEARCH_TERMS[i % SEARCH_TERMS.length] } }),
      raw: async (i) => {
        const res = await sys.meiliHttp.request('POST', '/multi-search', searchBody(SEARCH_TERMS[i % SEARCH_TERMS.length]), meiliAuth);
        if (res.status !== 200) throw new Error(`meili ${res.status} ${res.text.slice(0, 200)}`);
      },
      p99Limit: 100,
    },
  };

  // sanity: the app's page equals the raw page
  const appPage = await gql(LIST, { after: cursor });
  const rawPage = await pg.query(LIST_SQL('and (c.last_message_at, c.id) < ($2::timestamptz, $3::uuid)'), [ws, before.t, before.id]);
  const pageMatches = appPage.conversations.edges[0]?.node.id === rawPage.rows[0]?.id;
  if (!pageMatches) log(`!! page ${pageNo}: app and raw disagree on the first row`);
  const searchHits = {};
  for (const q of SEARCH_TERMS) {
    const r = await sys.meiliHttp.request('POST', '/multi-search', searchBody(q), meiliAuth);
    searchHits[q] = r.body?.results?.[1]?.totalHits ?? null;
  }

  const out = { page: pageNo, pageMatches, searchHits, figures: [] };
  for (const [name, f] of Object.entries(figures)) {
    const samples = { app: [], raw: [] };
    let errors = 0;
    for (const kind of ['app', 'raw']) for (let i = 0; i < o.warmup; i++) await f[kind](i);
    for (let r = 0; r < o.repeats; r++) {
      for (const kind of r % 2 === 0 ? ['app', 'raw'] : ['raw', 'app']) {
        const deadline = now() + 60_000;
        for (let i = 0; i < o.requests && now() < deadline; i++) {
          const t0 = now();
          try {
            await f[kind](i);
            samples[kind].push(now() - t0);
          } catch (err) {
            if (errors++ === 0) log(`!! ${name} ${kind}: ${err.message}`);
          }
        }
      }
    }
    const app = summarize(samples.app);
    const raw = summarize(samples.raw);
    const fig = {
      name,
      app,
      raw,
      ratioP50: round(app.p50 / raw.p50, 2),
      goalP50Within2x: app.p50 <= 2 * raw.p50,
      p99Limit: f.p99Limit ?? null,
      p99Met: f.p99Limit ? app.p99 < f.p99Limit : null,
      errors,
    };
    out.figures.push(fig);
    log(`query ${name}: app p50 ${app.p50} p99 ${app.p99} | raw p50 ${raw.p50} p99 ${raw.p99} ms | ×${fig.ratioP50}`);
  }
  return out;
}
