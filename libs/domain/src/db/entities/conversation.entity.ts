import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConversationSource, ConversationStatus, StatusOrigin } from './enums';

export const ConversationSchema = defineEntity({
  name: 'Conversation',
  tableName: 'conversation',
  properties: {
    id: p.uuid().primary(),
    workspaceId: p.uuid(),
    source: p.string().$type<ConversationSource>(),
    conversationKey: p.text(),
    contactId: p.uuid(),
    title: p.text(),
    status: p.string().$type<ConversationStatus>(),
    statusOrigin: p.string().$type<StatusOrigin>(),
    suggestedStatus: p.string().$type<ConversationStatus>().nullable(),
    visible: p.boolean(),
    lastMessageAt: p.datetime(),
    lastMessageId: p.uuid().nullable(),
    messageCount: p.integer(),
    qualityScore: p.integer().nullable(),
    reviewedAt: p.datetime().nullable(),
    // version is bumped by every change the search index shows; indexedVersion is what Meilisearch has
    version: p.integer(),
    indexedVersion: p.integer(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Conversation = InferEntity<typeof ConversationSchema>;
