import { ApplicationFailure, Context } from '@temporalio/activity';
import type { ConversationActivities } from '@app/workflows/conversation.contract';
import { ConversationGoneError, type ConversationReviewService } from '@app/domain';
import { ReviewerError } from '@app/domain/review';

/** Well under the workflow's heartbeatTimeout (10 s), so a live review is never timed out. */
const HEARTBEAT_MS = 2_000;

/** The activities the conversation workflow calls; retries and backoff are the workflow's policy. */
export function createReviewActivities(reviews: ConversationReviewService): ConversationActivities {
  return {
    async reviewConversation(input) {
      const ctx = Context.current();
      ctx.heartbeat();
      const beat = setInterval(() => ctx.heartbeat(), HEARTBEAT_MS);
      try {
        return await reviews.review(input);
      } catch (err) {
        if (err instanceof ConversationGoneError) throw ApplicationFailure.nonRetryable(err.message, 'ConversationGone');
        if (err instanceof ReviewerError && !err.retryable) {
          // A misconfigured reviewer (bad key, unknown model) will not heal by itself soon: back off hard.
          throw ApplicationFailure.create({ message: err.message, type: 'ReviewerRejected', nextRetryDelay: '5 minutes' });
        }
        throw err;
      } finally {
        clearInterval(beat);
      }
    },
  };
}
