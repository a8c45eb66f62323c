// Conversations written with SQL as ingestion and a review would have left them, for tests that need
// many rows (lists, filters, pages). The worker's search sync indexes them like any other change:
// wait for it with System.waitForIndexed before searching.
import { randomBytes } from 'node:crypto';
import type { System } from '../../support/system';

export interface SeedConversation {
  source?: 'WHATSAPP' | 'WIDGET';
  key?: string;
  name?: string | null;
  phone?: string | null;
  status?: string;
  qualityScore?: number;
  visible?: boolean;
  lastMessageAt: Date;
  /** Customer first, then alternating; one second apart, the last at lastMessageAt. */
  messages?: string[];
  tags?: string[];
  notes?: string[];
  /** A review through the last message (default: when visible). */
  review?: boolean;
}

// One statement per conversation: contact, conversation, messages, review, tags and notes.
const SEED = `
with ids as (select gen_random_uuid() as cid, gen_random_uuid() as last_mid),
ct as (insert into contact (workspace_id, name, phone) values ($1, $2, $3) returning id),
cv as (
  insert into conversation (id, workspace_id, source, conversation_key, contact_id, title, status, suggested_status, visible,
                            last_message_at, last_message_id, message_count, quality_score, reviewed_at)
  select ids.cid, $1, $4, $5, ct.id, $6, $7, $7, $8, $9, ids.last_mid, cardinality($10::text[]), $11, case when $8 then now() end
    from ids, ct
  returning id),
m as (
  insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, text, sent_at, signaled_at)
  select case when t.ord = cardinality($10::text[]) then ids.last_mid else gen_random_uuid() end, $1, ids.cid, t.ord, $4,
         'seed-' || ids.cid || '-' || t.ord, case when t.ord % 2 = 1 then 'CUSTOMER' else 'AGENT' end, t.text,
         $9::timestamptz - (cardinality($10::text[]) - t.ord) * interval '1 second', now()
    from ids, unnest($10::text[]) with ordinality as t(text, ord)
  returning id),
r as (
  insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer)
  select $1, ids.cid, cardinality($10::text[]), 'Seeded review', $11, $7, 'builtin' from ids where $12
  returning id),
tg as (
  insert into tag (workspace_id, name, name_key) select $1, x, lower(x) from unnest($13::text[]) as x
  on conflict (workspace_id, name_key) do update set name_key = excluded.name_key
  returning id),
ctg as (insert into conversation_tag (conversation_id, tag_id) select ids.cid, tg.id from ids, tg returning tag_id),
n as (
  insert into note (workspace_id, conversation_id, body, author_kind, author_name)
  select $1, ids.cid, b, 'API_TOKEN', 'API' from ids, unnest($14::text[]) as b
  returning id)
select cid as id from ids`;

/** Writes one conversation of `workspaceId` (nothing is published); its id. */
export async function seedConversation(sys: System, workspaceId: string, s: SeedConversation): Promise<string> {
  const source = s.source ?? 'WHATSAPP';
  const key = s.key ?? randomBytes(6).toString('hex');
  const phone = s.phone === undefined ? (source === 'WHATSAPP' ? `+${key}` : null) : s.phone;
  const name = s.name ?? null;
  const visible = s.visible ?? true;
  const [row] = await sys.sql<{ id: string }>(SEED, [
    workspaceId,
    name,
    phone,
    source,
    key,
    name ?? phone ?? `Visitor ${key.slice(-6)}`,
    s.status ?? 'IN_PROGRESS',
    visible,
    s.lastMessageAt,
    s.messages ?? ['Hello, I would like some information', 'Sure, how can I help?'],
    s.qualityScore ?? 70,
    s.review ?? visible,
    s.tags ?? [],
    s.notes ?? [],
  ]);
  return row.id;
}
