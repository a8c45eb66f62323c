import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ActorKind } from './actor';

export const NoteSchema = defineEntity({
  name: 'Note',
  tableName: 'note',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    body: p.text(),
    authorKind: p.string().$type<ActorKind>(),
    /** The author's name when the note was written (a member renamed or removed later keeps it). */
    authorName: p.text(),
    authorMemberId: p.uuid().nullable(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type Note = InferEntity<typeof NoteSchema>;
