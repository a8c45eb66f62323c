import { Inject, Injectable } from '@nestjs/common';
import type { ReviewActivityInput, ReviewActivityResult } from '@app/workflows/conversation.contract';
import { Database } from '../db/database.service';
import type { ConversationSource, MessageRole } from '../db/entities/enums';
import { notifySql } from '../events/domain-events';
import { REVIEWER } from './reviewer.token';
import type { Reviewer } from '../review/reviewer';
import { SearchIndexService } from '../search/search-index.service';

interface ConversationRow {
  id: string;
  workspace_id: string;
  source: ConversationSource;
  status: string;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}

export class ConversationGoneError extends Error {}

/**
 * The review activity's work: review the conversation as of a message, store the review, update the
 * conversation, the search index and subscribers. Idempotent: a retry finds the stored review.
 */
@Injectable()
export class ConversationReviewService {
  constructor(
    private readonly db: Database,
    @Inject(REVIEWER) private readonly reviewer: Reviewer,
    private readonly search: SearchIndexService,
  ) {}

  async review({ conversationId, throughSeq }: ReviewActivityInput): Promise<ReviewActivityResult> {
    const done = await this.db.one<{ through_seq: number; reviewed_at: Date; status: string }>(
      `select r.through_seq, r.reviewed_at, c.status from review r join conversation c on c.id = r.conversation_id
        where r.conversation_id = ? and r.through_seq >= ? order by r.through_seq desc limit 1`,
      [conversationId, throughSeq],
    );
    if (done) return { throughSeq: done.through_seq, status: done.status, reviewedAt: new Date(done.reviewed_at).toISOString() };

    const conv = await this.db.one<ConversationRow>(
      `select c.id, c.workspace_id, c.source, c.status, ct.name as contact_name, ct.phone as contact_phone, ct.email as contact_email
         from conversation c join contact ct on ct.id = c.contact_id where c.id = ?`,
      [conversationId],
    );
    if (!conv) throw new ConversationGoneError(`conversation ${conversationId} does not exist`);
    const messages = await this.db.query<{ role: MessageRole; text: string; sent_at: Date }>(
      'select role, text, sent_at from message where conversation_id = ? and seq <= ? order by seq',
      [conversationId, throughSeq],
    );
    const result = await this.reviewer.review({
      source: conv.source,
      contact: { name: conv.contact_name, phone: conv.contact_phone, email: conv.contact_email },
      messages: messages.map((m) => ({ role: m.role, text: m.text, sentAt: new Date(m.sent_at) })),
    });

    const stored = await this.db.transaction(async (tx) => {
      const review = await tx.one<{ reviewed_at: Date }>(
        `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer)
         values (?, ?, ?, ?, ?, ?, ?) on conflict (conversation_id, through_seq) do nothing returning reviewed_at`,
        [conv.workspace_id, conversationId, throughSeq, result.summary, result.qualityScore, result.suggestedStatus, result.reviewer],
      );
      const row = await tx.one<{ status: string }>(
        `update conversation set
            suggested_status = ?,
            status = case when status_origin = 'MANUAL' then status else ? end,
            quality_score = ?, visible = true, reviewed_at = now(), version = version + 1, updated_at = now()
          where id = ? returning status`,
        [result.suggestedStatus, result.suggestedStatus, result.qualityScore, conversationId],
      );
      if (review) {
        for (const event of [
          { type: 'conversation.reviewed' as const, workspaceId: conv.workspace_id, conversationId },
          { type: 'conversation.changed' as const, workspaceId: conv.workspace_id, conversationId, change: 'review' as const },
        ]) {
          const [sql, params] = notifySql(event);
          await tx.query(sql, params);
        }
      }
      return { status: row!.status, reviewedAt: review ? new Date(review.reviewed_at) : new Date() };
    });

    await this.search.indexConversations([conversationId]).catch((err: unknown) => this.search.logFailure('index after review', err));
    return { throughSeq, status: stored.status, reviewedAt: stored.reviewedAt.toISOString() };
  }
}
