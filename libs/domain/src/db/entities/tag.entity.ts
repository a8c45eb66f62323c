import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const TagSchema = defineEntity({
  name: 'Tag',
  tableName: 'tag',
  properties: {
    id: p.uuid().primary(),
    workspaceId: p.uuid(),
    name: p.text(),
    // lower-cased name: tags are unique per workspace regardless of case
    nameKey: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Tag = InferEntity<typeof TagSchema>;

export const ConversationTagSchema = defineEntity({
  name: 'ConversationTag',
  tableName: 'conversation_tag',
  properties: {
    conversationId: p.uuid().primary(),
    tagId: p.uuid().primary(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ConversationTag = InferEntity<typeof ConversationTagSchema>;
