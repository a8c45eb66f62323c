// Many reviewed, visible conversations at once, written with set-based SQL (generate_series) as
// ingestion and review would have left them: contact, one message, one review. For volume tests
// (bulk over thousands, the 100,000-row export) and hand-counted fixtures (stats).
import type { System } from '../../support/system';

export interface SeedOptions {
  /** SQL expressions over `g` (1…count); defaults in brackets. */
  source?: string; // ['WHATSAPP']
  status?: string; // ['IN_PROGRESS']
  qualityScore?: string; // [50 + g % 50]
  lastMessageAt?: string; // [now() - g seconds]
  name?: string; // ['Seeded ' || g]
  summary?: string; // ['Seeded review ' || g]
  /** Left for the search sync to index (default: marked indexed, no Meilisearch work). */
  index?: boolean;
}

/** Inserts `count` conversations into the workspace in one statement; their ids, in g order. */
export async function seedConversations(s: System, workspaceId: string, count: number, o: SeedOptions = {}): Promise<string[]> {
  const source = o.source ?? `'WHATSAPP'`;
  const status = o.status ?? `'IN_PROGRESS'`;
  const score = o.qualityScore ?? '50 + g % 50';
  const at = o.lastMessageAt ?? `now() - g * interval '1 second'`;
  const name = o.name ?? `'Seeded ' || g`;
  const summary = o.summary ?? `'Seeded review ' || g`;
  const rows = await s.sql<{ id: string }>(
    `with n as materialized (
       select g, gen_random_uuid() as contact_id, gen_random_uuid() as conversation_id, gen_random_uuid() as message_id,
              ${source} as source, ${status} as status, (${score})::int as score, (${at})::timestamptz as at, (${name})::text as name
         from generate_series(1, $2::int) g),
     contacts as (
       insert into contact (id, workspace_id, name, phone) select contact_id, $1, name, '+39' || lpad(g::text, 10, '0') from n),
     conversations as (
       insert into conversation (id, workspace_id, source, conversation_key, contact_id, title, status, suggested_status, visible,
                                 last_message_at, last_message_id, message_count, quality_score, reviewed_at, version, indexed_version)
       select conversation_id, $1, source, 'seed-' || conversation_id, contact_id, name, status, status, true,
              at, message_id, 1, score, at + interval '10 minutes', 1, ${o.index ? 0 : 1} from n),
     messages as (
       insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, text, sent_at, signaled_at)
       select message_id, $1, conversation_id, 1, source, 'seed-' || message_id, 'CUSTOMER', 'Hello from ' || name, at, now() from n),
     reviews as (
       insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer, reviewed_at)
       select $1, conversation_id, 1, ${summary}, score, status, 'builtin', at + interval '10 minutes' from n)
     select conversation_id as id from n order by g`,
    [workspaceId, count],
  );
  return rows.map((r) => r.id);
}
