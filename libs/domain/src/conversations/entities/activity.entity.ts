import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConversationStatus } from '@app/reviewer/vocabulary';
import type { ActorKind } from './actor';

export const ACTIVITY_KINDS = ['REVIEWED', 'STATUS_CHANGED', 'TAG_ADDED', 'TAG_REMOVED', 'NOTE_ADDED'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What happened to a conversation and who did it: the trail people read, newest first. */
export const ActivitySchema = defineEntity({
  name: 'Activity',
  tableName: 'activity',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    kind: p.string().$type<ActivityKind>(),
    actorKind: p.string().$type<ActorKind>(),
    actorName: p.text(),
    actorMemberId: p.uuid().nullable(),
    fromStatus: p.string().$type<ConversationStatus>().nullable(),
    toStatus: p.string().$type<ConversationStatus>().nullable(),
    tag: p.text().nullable(),
    noteId: p.uuid().nullable(),
    at: p.datetime().defaultRaw('now()'),
  },
});
export type Activity = InferEntity<typeof ActivitySchema>;
