import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ReviewInput, ReviewResult } from '@app/reviewer/reviewer';
import type { ConversationStatus } from '@app/reviewer/vocabulary';
import { Db } from '../database/db.service';
import { gone } from '../errors/domain-error';
import { markChanged, recordActivities } from './conversation-changes';
import { AI_ACTOR, SYSTEM_ACTOR } from './entities/actor';

export interface StoredReview {
  throughSeq: number;
  status: ConversationStatus;
  reviewedAt: Date;
}

export interface ReviewWindow {
  workspaceId: string;
  input: ReviewInput;
}

/**
 * The review side of the aggregate: what a review reads (a bounded window of the newest messages),
 * and storing its result — the review kept beside every earlier one, the conversation's suggested
 * status (and status, unless a person set it), its score, and visibility — as one change.
 */
@Injectable()
export class ConversationReviews {
  constructor(private readonly db: Db) {}

  /** A review already stored through `throughSeq` or later (a retried activity finds it). */
  async stored(conversationId: string, throughSeq: number): Promise<StoredReview | undefined> {
    const row = await this.db.kysely
      .selectFrom('review as r')
      .innerJoin('conversation as c', 'c.id', 'r.conversation_id')
      .select(['r.through_seq', 'r.reviewed_at', 'c.status'])
      .where('r.conversation_id', '=', conversationId)
      .where('r.through_seq', '>=', throughSeq)
      .orderBy('r.through_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && { throughSeq: row.through_seq, status: row.status, reviewedAt: row.reviewed_at };
  }

  /**
   * The conversation as of message `throughSeq`: its newest `maxMessages` messages whose texts fit in
   * `maxChars` (always at least the last one), and how many older ones were left out.
   */
  async window(conversationId: string, throughSeq: number, maxMessages: number, maxChars: number): Promise<ReviewWindow> {
    const conv = await this.db.kysely
      .selectFrom('conversation as c')
      .innerJoin('contact as ct', 'ct.id', 'c.contact_id')
      .select(['c.workspace_id', 'c.source', 'ct.name', 'ct.phone', 'ct.email'])
      .where('c.id', '=', conversationId)
      .executeTakeFirst();
    if (!conv) throw gone(`conversation ${conversationId} does not exist`);
    const newest = await this.db.kysely
      .selectFrom('message')
      .select(['id', 'seq', 'role', 'text', 'sent_at', sql<number>`sum(length(text)) over (order by seq desc)`.as('chars')])
      .where('conversation_id', '=', conversationId)
      .where('seq', '<=', throughSeq)
      .orderBy('seq', 'desc')
      .limit(maxMessages)
      .execute();
    const kept = newest.filter((m, i) => i === 0 || Number(m.chars) <= maxChars).reverse();
    const firstSeq = kept[0]?.seq ?? throughSeq + 1;
    return {
      workspaceId: conv.workspace_id,
      input: {
        source: conv.source,
        contact: { name: conv.name, phone: conv.phone, email: conv.email },
        messages: kept.map((m) => ({ id: m.id, role: m.role, text: m.text, sentAt: m.sent_at })),
        omittedMessages: Math.max(0, firstSeq - 1),
      },
    };
  }

  /** Stores the review and shows the conversation; idempotent per (conversation, throughSeq). */
  async apply(conversationId: string, throughSeq: number, result: ReviewResult, omittedMessages: number): Promise<StoredReview> {
    return this.store(conversationId, throughSeq, {
      summary: result.summary,
      qualityScore: result.qualityScore,
      suggestedStatus: result.suggestedStatus,
      reviewer: result.reviewer,
      criteria: result.criteria,
      statusEvidence: result.statusEvidence,
      language: result.language,
      omittedMessages,
      failed: false,
    });
  }

  /**
   * Every attempt failed: a review marked failed is stored (status, score and suggestion unchanged)
   * and the conversation becomes visible anyway, instead of staying hidden forever.
   */
  async applyFailure(conversationId: string, throughSeq: number, reason: string): Promise<StoredReview> {
    const current = await this.db.kysely
      .selectFrom('conversation')
      .select(['status', 'quality_score'])
      .where('id', '=', conversationId)
      .executeTakeFirst();
    if (!current) throw gone(`conversation ${conversationId} does not exist`);
    const short = reason.replace(/\s+/g, ' ').trim().slice(0, 120) || 'unknown';
    return this.store(conversationId, throughSeq, {
      summary: `The AI review could not be produced (${short}). The conversation is shown without a new review.`,
      qualityScore: current.quality_score ?? 0,
      suggestedStatus: current.status,
      reviewer: `failed:${short}`,
      criteria: [],
      statusEvidence: [],
      language: null,
      omittedMessages: 0,
      failed: true,
    });
  }

  private async store(
    conversationId: string,
    throughSeq: number,
    r: Omit<ReviewResult, 'language'> & { language: string | null; omittedMessages: number; failed: boolean },
  ): Promise<StoredReview> {
    return this.db.transaction(async (tx) => {
      const before = await tx
        .selectFrom('conversation')
        .select(['workspace_id', 'status', 'status_origin'])
        .where('id', '=', conversationId)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw gone(`conversation ${conversationId} does not exist`);
      const inserted = await tx
        .insertInto('review')
        .values({
          workspace_id: before.workspace_id,
          conversation_id: conversationId,
          through_seq: throughSeq,
          summary: r.summary,
          quality_score: r.qualityScore,
          suggested_status: r.suggestedStatus,
          reviewer: r.reviewer,
          criteria: sql<ReviewResult['criteria']>`${JSON.stringify(r.criteria)}::jsonb`,
          status_evidence: sql<ReviewResult['statusEvidence']>`${JSON.stringify(r.statusEvidence)}::jsonb`,
          language: r.language,
          omitted_messages: r.omittedMessages,
          failed: r.failed,
        })
        .onConflict((oc) => oc.columns(['conversation_id', 'through_seq']).doNothing())
        .returning('reviewed_at')
        .executeTakeFirst();
      if (!inserted) {
        const stored = await this.stored(conversationId, throughSeq);
        return stored ?? { throughSeq, status: before.status, reviewedAt: new Date() };
      }
      const status = r.failed || before.status_origin === 'MANUAL' ? before.status : r.suggestedStatus;
      await tx
        .updateTable('conversation')
        .set({
          suggested_status: r.suggestedStatus,
          status,
          quality_score: r.qualityScore,
          visible: true,
          reviewed_at: inserted.reviewed_at,
        })
        .where('id', '=', conversationId)
        .execute();
      await recordActivities(tx, [
        {
          workspaceId: before.workspace_id,
          conversationId,
          kind: 'REVIEWED',
          actor: r.failed ? SYSTEM_ACTOR : AI_ACTOR(r.reviewer),
          fromStatus: before.status,
          toStatus: status,
        },
      ]);
      await markChanged(tx, [{ workspaceId: before.workspace_id, conversationId, change: 'review', reviewed: true }]);
      return { throughSeq, status, reviewedAt: inserted.reviewed_at };
    });
  }
}
