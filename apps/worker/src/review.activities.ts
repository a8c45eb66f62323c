import { ApplicationFailure, Context } from '@temporalio/activity';
import { CONVERSATION_GONE, type ConversationActivities } from '@app/workflows/conversation.contract';
import { ReviewerError } from '@app/reviewer';
import { asDomainError, type ReviewRunner } from '@app/domain';

/**
 * Well under the workflow's heartbeatTimeout (10 s), so a live review is never timed out. The first
 * beat comes after this, not at the start: Temporal counts the timeout from the start until then,
 * and most reviews end well before it — a beat at the start would cost Temporal a write per review.
 */
const HEARTBEAT_MS = 2_000;

/** The domain's errors in Temporal's terms: retryable or not, and how soon. */
function toFailure(err: unknown): unknown {
  const domain = asDomainError(err);
  if (domain?.code === 'GONE') return ApplicationFailure.nonRetryable(domain.message, CONVERSATION_GONE);
  if (err instanceof ReviewerError && !err.retryable) {
    // A misconfigured reviewer (bad key, unknown model) will not heal by itself soon: back off hard.
    return ApplicationFailure.create({ message: err.message, type: 'ReviewerRejected', nextRetryDelay: '5 minutes' });
  }
  return err;
}

/** The activities the conversation workflow calls; retries and backoff are the workflow's policy. */
export function createReviewActivities(reviews: ReviewRunner): ConversationActivities {
  const heartbeating = async <T>(fn: () => Promise<T>): Promise<T> => {
    const ctx = Context.current();
    const beat = setInterval(() => ctx.heartbeat(), HEARTBEAT_MS);
    try {
      return await fn();
    } catch (err) {
      throw toFailure(err);
    } finally {
      clearInterval(beat);
    }
  };
  const result = (r: { throughSeq: number; status: string; reviewedAt: Date }) => ({
    throughSeq: r.throughSeq,
    status: r.status,
    reviewedAt: r.reviewedAt.toISOString(),
  });
  return {
    reviewConversation: ({ conversationId, throughSeq }) =>
      heartbeating(async () => result(await reviews.review(conversationId, throughSeq))),
    recordReviewFailure: ({ conversationId, throughSeq, reason }) =>
      heartbeating(async () => result(await reviews.recordFailure(conversationId, throughSeq, reason))),
  };
}
