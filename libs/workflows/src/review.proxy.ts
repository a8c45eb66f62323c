// The review activities as the conversation workflow calls them: timeouts, retry policies, and how a
// final failure is described.
import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import { CONVERSATION_GONE, type ConversationActivities } from './conversation.contract';

/**
 * reviewConversation: at most 20 attempts, backoff 2 s doubling up to 5 minutes. The waits between
 * attempts are 2, 4, 8, 16, 32, 64, 128, 256 s, then 300 s eleven times: the last attempt starts
 * ≈ 63.5 minutes (3,810 s) after the first (plus the attempts' own time, each ≤ 3 minutes), long enough to ride
 * out an LLM provider's outage. An activity that sets its own nextRetryDelay (a rejected reviewer
 * configuration: 5 minutes) still gets 20 attempts, ≈ 95 minutes. ConversationGone is never retried.
 */
export const REVIEW_MAX_ATTEMPTS = 20;

/** The review activity with its retry policy; `maxAttempts` comes from REVIEW_MAX_ATTEMPTS (tests lower it). */
export function reviewActivity(maxAttempts = REVIEW_MAX_ATTEMPTS) {
  return proxyActivities<Pick<ConversationActivities, 'reviewConversation'>>({
    startToCloseTimeout: '3 minutes',
    // The activity heartbeats: a worker killed mid-review is noticed after this, not after startToClose.
    heartbeatTimeout: '10 seconds',
    retry: {
      initialInterval: '2s',
      backoffCoefficient: 2,
      maximumInterval: '5 minutes',
      maximumAttempts: maxAttempts,
      nonRetryableErrorTypes: [CONVERSATION_GONE],
    },
  }).reviewConversation;
}

/**
 * recordReviewFailure is a small database write that must eventually happen: retried without an
 * attempt limit (1 s doubling up to 1 minute) until the database answers.
 */
export const { recordReviewFailure } = proxyActivities<Pick<ConversationActivities, 'recordReviewFailure'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes: [CONVERSATION_GONE] },
});

const MAX_REASON_LENGTH = 200;

/** The final attempt's failure as `<type>: <message>`, short enough for a reviewer name and a log line. */
export function failureReason(err: ActivityFailure): string {
  const cause = err.cause;
  const text =
    cause instanceof ApplicationFailure
      ? `${cause.type ?? 'Error'}: ${cause.message}`
      : cause
        ? `${cause.name}: ${cause.message}`
        : err.message;
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;
}

export function isConversationGone(err: ActivityFailure): boolean {
  return err.cause instanceof ApplicationFailure && err.cause.type === CONVERSATION_GONE;
}
