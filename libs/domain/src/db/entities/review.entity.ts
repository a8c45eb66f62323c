import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConversationStatus } from './enums';

// Every review is kept; the conversation shows the newest. (conversationId, throughSeq) is unique,
// so a retried review activity cannot store the same review twice.
export const ReviewSchema = defineEntity({
  name: 'Review',
  tableName: 'review',
  properties: {
    id: p.uuid().primary(),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    throughSeq: p.integer(),
    summary: p.text(),
    qualityScore: p.integer(),
    suggestedStatus: p.string().$type<ConversationStatus>(),
    reviewer: p.text(),
    reviewedAt: p.datetime(),
  },
});
export type Review = InferEntity<typeof ReviewSchema>;
