// Bulk seeding straight in SQL (generate_series, one transaction per batch) on the current schema:
// contacts, conversations (reviewed and visible), messages (already signaled: the outbox relay leaves
// them alone), one review each with its criteria, the activity trail (REVIEWED, NOTE_ADDED), tags and
// notes. Italian/English text, Italian mobile numbers. Ids are deterministic per workspace, so
// reseeding adds from where it stopped.
//
// As a command: DATABASE_URL=… WORKSPACE_ID=… node bench/seed.ts [conversations=100000] [messagesPerConversation=10]
// then fill the search index with `npm run reindex` (same env + MEILI_*).
import pg from 'pg';
import { AGENT, CITIES, CUST_ASK, CUST_OPEN, CUST_TAIL, FIRST, LAST, PRODUCTS, STATUSES, SUMMARY, TAGS } from './seed-data.ts';

const lit = (arr: readonly string[]): string => `array[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (arr: readonly string[], expr: string): string => `(${lit(arr)})[1 + ((${expr}) % ${arr.length})]`;
const CRITERIA = `'[{"key":"answer","label":"Answer","score":70,"comment":"Seeded.","evidence":[]},{"key":"next_step","label":"Next step","score":60,"comment":"Seeded.","evidence":[]},{"key":"tone","label":"Tone","score":80,"comment":"Seeded.","evidence":[]},{"key":"responsiveness","label":"Responsiveness","score":75,"comment":"Seeded.","evidence":[]}]'::jsonb`;

export interface SeedOptions {
  databaseUrl: string;
  workspaceId: string;
  /** conversation numbers from..to, inclusive, 1-based */
  from: number;
  to: number;
  /** mean messages per conversation (4 … 2·mean − 4) */
  perConversation?: number;
  batch?: number;
  log?: (m: string) => void;
}

export interface SeedResult {
  conversations: number;
  messages: number;
  ms: number;
}

const BATCH_TABLE = (spread: number) => `create temp table seed_batch on commit drop as
  select g,
         md5($1::text || ':ct:' || g)::uuid as contact_id,
         md5($1::text || ':cv:' || g)::uuid as id,
         case when g % 3 = 0 then 'WIDGET' else 'WHATSAPP' end as source,
         lpad(((g::bigint * 7919 + 470000000) % 1000000000)::text, 9, '0') as phone9,
         case when g % 15 = 0 then null else ${pick(FIRST, 'g * 7')} || ' ' || ${pick(LAST, 'g * 13 + g / 7')} end as name,
         4 + ((g * 31) % ${spread}) as mc,
         now() - ((g::bigint * 104729) % 15552000) * interval '1 second' - random() * interval '1 second' as lma,
         ${pick(STATUSES, 'g * 11 + g / 5')} as status,
         (g * 37 + g / 3) % 101 as q,
         ${pick(PRODUCTS, 'g * 17 + g / 11')} as product,
         ${pick(CITIES, 'g * 5 + g / 13')} as city
    from generate_series($2::int, $3::int) g`;

const CONTACTS = `insert into contact (id, workspace_id, name, phone, email, created_at)
  select contact_id, $1::uuid, name,
         case when source = 'WHATSAPP' or g % 2 = 0 then '+393' || phone9 end,
         case when g % 3 <> 1 and name is not null then lower(replace(name, ' ', '.')) || g || '@example.com' end,
         lma - interval '1 hour'
    from seed_batch`;

const CONVERSATIONS = `insert into conversation (id, workspace_id, source, conversation_key, contact_id, title, status, status_origin,
                             suggested_status, visible, last_message_at, last_message_id, message_count, quality_score,
                             reviewed_at, version, indexed_version, created_at, updated_at)
  select id, $1::uuid, source,
         case when source = 'WHATSAPP' then '393' || phone9 else 'sess-' || substr(md5('s' || g), 1, 16) end,
         contact_id,
         coalesce(name, case when source = 'WHATSAPP' then '+393' || phone9 else 'Visitor ' || substr(md5('s' || g), 11, 6) end),
         status, 'AI', status, true, lma, md5($1::text || ':m:' || g || ':' || mc)::uuid, mc, q,
         lma + interval '10 minutes', 2, 2, lma - mc * interval '3 minutes', lma + interval '10 minutes'
    from seed_batch`;

const MESSAGES = `insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, kind, text, sent_at, received_at, signaled_at)
  select md5($1::text || ':m:' || g || ':' || s)::uuid, $1::uuid, id, s, source, 'seed-' || g || '-' || s,
         case when s % 2 = 1 then 'CUSTOMER' else 'AGENT' end, 'text',
         case when s % 2 = 1
           then ${pick(CUST_OPEN, 'g + s * 3')} || ' ' || ${pick(CUST_ASK, 'g * 3 + s * 7')} || ' ' || product || ' '
                || ${pick(CUST_TAIL, 'g + s')} || ' ' || city
                || case when s = 1 and source = 'WIDGET' and g % 2 = 0
                     then '. Il mio numero è +39 3' || substr(phone9, 1, 2) || ' ' || substr(phone9, 3, 3) || ' ' || substr(phone9, 6) else '' end
           else ${pick(AGENT, 'g * 7 + s * 5')}
         end,
         lma - (mc - s) * interval '3 minutes', lma - (mc - s) * interval '3 minutes', lma - (mc - s) * interval '3 minutes'
    from seed_batch cross join lateral generate_series(1, mc) s`;

const REVIEWS = `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer, reviewed_at,
                       criteria, status_evidence, language)
  select $1::uuid, id, mc, ${pick(SUMMARY, 'g * 3 + g / 17')} || ' (' || product || ', ' || city || ')', q, status, 'builtin',
         lma + interval '10 minutes', ${CRITERIA}, '[]'::jsonb, case when g % 4 = 0 then 'en' else 'it' end
    from seed_batch`;

const TAGGINGS = `insert into conversation_tag (conversation_id, tag_id)
  select sb.id, t.id from seed_batch sb
    join tag t on t.workspace_id = $1::uuid
              and (  (sb.g % 3 = 0 and t.name = (${lit(TAGS)})[1 + (sb.g / 3) % ${TAGS.length}])
                  or (sb.g % 7 = 0 and t.name = (${lit(TAGS)})[1 + (sb.g / 7 + 5) % ${TAGS.length}]))
  on conflict do nothing`;

const NOTES = `insert into note (id, workspace_id, conversation_id, body, created_at, author_kind, author_name)
  select md5($1::text || ':n:' || g)::uuid, $1::uuid, id,
         'Richiamare ' || coalesce(name, 'il cliente') || ' per ' || product || ' (' || city || ')', lma + interval '1 hour', 'API_TOKEN', 'API'
    from seed_batch where g % 10 = 0`;

const ACTIVITY = `insert into activity (workspace_id, conversation_id, kind, actor_kind, actor_name, from_status, to_status, note_id, at)
  select $1::uuid, id, 'REVIEWED', 'AI', 'builtin', 'IN_PROGRESS', status, null, lma + interval '10 minutes' from seed_batch
  union all
  select $1::uuid, id, 'NOTE_ADDED', 'API_TOKEN', 'API', null, null, md5($1::text || ':n:' || g)::uuid, lma + interval '1 hour'
    from seed_batch where g % 10 = 0`;

/** Seeds conversations number `from`..`to` of a workspace. */
export async function seed(o: SeedOptions): Promise<SeedResult> {
  const { workspaceId, from, to, perConversation = 10, batch = 10_000, log = () => {} } = o;
  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  const started = performance.now();
  let messages = 0;
  const spread = Math.max(1, 2 * perConversation - 8 + 1);
  try {
    // a bulk load: its commits need not wait for the disk (the data is regenerated on a crash anyway)
    await client.query('set synchronous_commit = off');
    await client.query(
      'insert into tag (workspace_id, name, name_key) select $1::uuid, t, lower(t) from unnest($2::text[]) t on conflict do nothing',
      [workspaceId, TAGS],
    );
    for (let a = from; a <= to; a += batch) {
      const b = Math.min(to, a + batch - 1);
      await client.query('begin');
      await client.query(BATCH_TABLE(spread), [workspaceId, a, b]);
      for (const statement of [CONTACTS, CONVERSATIONS]) await client.query(statement, [workspaceId]);
      messages += (await client.query(MESSAGES, [workspaceId])).rowCount ?? 0;
      for (const statement of [REVIEWS, TAGGINGS, NOTES, ACTIVITY]) await client.query(statement, [workspaceId]);
      await client.query('commit');
      log(`seeded conversations ${a}..${b} (${messages} messages so far, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    await client.query('analyze contact, conversation, message, review, tag, conversation_tag, note, activity');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  return { conversations: to - from + 1, messages, ms: performance.now() - started };
}

async function command(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const per = Number(process.argv[3] ?? 10);
  const { DATABASE_URL, WORKSPACE_ID } = process.env;
  if (!DATABASE_URL || !WORKSPACE_ID) {
    console.error('usage: DATABASE_URL=… WORKSPACE_ID=… node bench/seed.ts [conversations] [messagesPerConversation]');
    process.exit(2);
  }
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  const { rows } = await c.query<{ n: number }>('select count(*)::int as n from conversation where workspace_id = $1', [WORKSPACE_ID]);
  await c.end();
  const from = rows[0].n + 1;
  const r = await seed({
    databaseUrl: DATABASE_URL,
    workspaceId: WORKSPACE_ID,
    from,
    to: from + n - 1,
    perConversation: per,
    log: console.log,
  });
  console.log(`seeded ${r.conversations} conversations, ${r.messages} messages in ${(r.ms / 1000).toFixed(1)} s`);
}

if (import.meta.main) await command();
