import { sql, type Expression } from 'kysely';
import type { Executor } from '../database/schema';
import { EVENTS_CHANNEL, type ChangeKind, type EventType } from './domain-events';

export interface EventInput {
  type: EventType;
  workspaceId: string;
  conversationId: string;
  change?: ChangeKind | null;
  messageId?: string | null;
}

/**
 * Stores events and announces them, in the caller's transaction: listeners hear of them only on
 * commit, and a listener that was away replays them from the table.
 */
export async function publishEvents(tx: Executor, events: EventInput[]): Promise<void> {
  if (events.length === 0) return;
  await sql`
    with e as (
      insert into domain_event (workspace_id, conversation_id, type, change, message_id)
      select * from unnest(
        ${events.map((e) => e.workspaceId)}::uuid[], ${events.map((e) => e.conversationId)}::uuid[],
        ${events.map((e) => e.type)}::text[], ${events.map((e) => e.change ?? null)}::text[],
        ${events.map((e) => e.messageId ?? null)}::uuid[])
      returning id, workspace_id, conversation_id, type, change, message_id
    )
    select pg_notify(${EVENTS_CHANNEL}, ${eventJson(sql.ref('e'))}) from e`.execute(tx);
}

/** The NOTIFY payload of a stored event row (alias `e`), as ConversationEvent JSON. */
export function eventJson(e: Expression<unknown>): Expression<string> {
  return sql<string>`json_build_object('id', ${e}.id, 'type', ${e}.type, 'workspaceId', ${e}.workspace_id, 'conversationId', ${e}.conversation_id, 'change', ${e}.change, 'messageId', ${e}.message_id)::text`;
}
