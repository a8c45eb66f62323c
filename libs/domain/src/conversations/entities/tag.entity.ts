import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const TagSchema = defineEntity({
  name: 'Tag',
  tableName: 'tag',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    name: p.text(),
    /** The lower-cased name: tags are unique per workspace regardless of case. */
    nameKey: p.text(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type Tag = InferEntity<typeof TagSchema>;

export const ConversationTagSchema = defineEntity({
  name: 'ConversationTag',
  tableName: 'conversation_tag',
  properties: {
    conversationId: p.uuid().primary(),
    tagId: p.uuid().primary(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type ConversationTag = InferEntity<typeof ConversationTagSchema>;
