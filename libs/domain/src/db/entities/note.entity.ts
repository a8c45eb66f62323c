import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const NoteSchema = defineEntity({
  name: 'Note',
  tableName: 'note',
  properties: {
    id: p.uuid().primary(),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    body: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Note = InferEntity<typeof NoteSchema>;
