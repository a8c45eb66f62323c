import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ReviewCriterion, ReviewEvidence } from '@app/reviewer/reviewer';
import type { ConversationStatus } from '@app/reviewer/vocabulary';

// Every review is kept; the conversation shows the newest. (conversationId, throughSeq) is unique,
// so a retried review activity cannot store the same review twice.
export const ReviewSchema = defineEntity({
  name: 'Review',
  tableName: 'review',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    throughSeq: p.integer(),
    summary: p.text(),
    qualityScore: p.integer(),
    suggestedStatus: p.string().$type<ConversationStatus>(),
    /** e.g. `builtin`, `openai:<model>`, or `failed:<reason>` when every attempt failed. */
    reviewer: p.text(),
    criteria: p.json<ReviewCriterion[]>().defaultRaw(`'[]'`),
    statusEvidence: p.json<ReviewEvidence[]>().defaultRaw(`'[]'`),
    language: p.text().nullable(),
    /** Older messages the review did not read (a long conversation is reviewed by its newest window). */
    omittedMessages: p.integer().defaultRaw('0'),
    failed: p.boolean().defaultRaw('false'),
    reviewedAt: p.datetime().defaultRaw('now()'),
  },
});
export type Review = InferEntity<typeof ReviewSchema>;
