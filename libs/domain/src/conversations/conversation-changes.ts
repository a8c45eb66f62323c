import { sql } from 'kysely';
import type { Executor } from '../database/schema';
import type { ChangeKind } from '../events/domain-events';
import { publishEvents, type EventInput } from '../events/event-publisher';
import type { Actor } from './entities/actor';
import type { ActivityKind } from './entities/activity.entity';
import type { ConversationStatus } from '@app/reviewer/vocabulary';

export interface ConversationChange {
  workspaceId: string;
  conversationId: string;
  change: ChangeKind;
  /** Also announce conversation.reviewed (a finished review). */
  reviewed?: boolean;
}

/** What goes into SET of a statement that changes what readers see: the search index follows `version`. */
export const VERSION_BUMP = { version: sql<number>`version + 1`, updated_at: sql<Date>`now()` };

/**
 * The one rule of every visible change: the conversation's version is bumped (the search sync
 * re-indexes it) and the change is published, in the caller's transaction — so subscribers and the
 * index hear of it exactly when it commits. Set-based: one statement each, however many conversations.
 */
export async function markChanged(tx: Executor, changes: ConversationChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx
    .updateTable('conversation')
    .set(VERSION_BUMP)
    .where('id', '=', sql<string>`any(${changes.map((c) => c.conversationId)}::uuid[])`)
    .execute();
  const events: EventInput[] = [];
  for (const c of changes) {
    events.push({ type: 'conversation.changed', workspaceId: c.workspaceId, conversationId: c.conversationId, change: c.change });
    if (c.reviewed) events.push({ type: 'conversation.reviewed', workspaceId: c.workspaceId, conversationId: c.conversationId });
  }
  await publishEvents(tx, events);
}

export interface ActivityInput {
  workspaceId: string;
  conversationId: string;
  kind: ActivityKind;
  actor: Actor;
  fromStatus?: ConversationStatus | null;
  toStatus?: ConversationStatus | null;
  tag?: string | null;
  noteId?: string | null;
}

/** The activity trail: who did what, written beside the change it records. */
export async function recordActivities(tx: Executor, activities: ActivityInput[]): Promise<void> {
  if (activities.length === 0) return;
  await tx
    .insertInto('activity')
    .values(
      activities.map((a) => ({
        workspace_id: a.workspaceId,
        conversation_id: a.conversationId,
        kind: a.kind,
        actor_kind: a.actor.kind,
        actor_name: a.actor.name,
        actor_member_id: a.actor.memberId,
        from_status: a.fromStatus ?? null,
        to_status: a.toStatus ?? null,
        tag: a.tag ?? null,
        note_id: a.noteId ?? null,
      })),
    )
    .execute();
}
