import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  log,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  MESSAGE_SIGNAL,
  SA,
  STATE_QUERY,
  STATUS_SIGNAL,
  type ConversationState,
  type ConversationWorkflowInput,
  type MessageSignal,
  type ReviewFailure,
  type StatusSignal,
} from './conversation.contract';
import { failureReason, isConversationGone, recordReviewFailure, reviewActivity } from './review.proxy';

export const messageSignal = defineSignal<[MessageSignal]>(MESSAGE_SIGNAL);
export const statusSignal = defineSignal<[StatusSignal]>(STATUS_SIGNAL);
export const stateQuery = defineQuery<ConversationState>(STATE_QUERY);

// Well below Temporal's 50k-event limit; continueAsNewSuggested covers the size limit.
const MAX_HISTORY_EVENTS = 4_000;

function initialState(): ConversationState {
  return {
    messageCount: 0,
    lastMessageAt: null,
    lastActivityAt: null,
    reviewDueAt: null,
    lastReviewAt: null,
    reviewedThroughSeq: 0,
    reviewCount: 0,
    status: null,
    reviewFailureCount: 0,
    lastReviewFailure: null,
  };
}

/** Why a message signal cannot be used, naming the field; null when it can. */
function invalidMessage(m: MessageSignal): string | null {
  if (!Number.isInteger(m.seq) || m.seq < 1) return `seq must be a positive integer, got ${String(m.seq)}`;
  if (Number.isNaN(Date.parse(m.sentAt))) return `sentAt must be an ISO-8601 time, got ${String(m.sentAt)}`;
  if (Number.isNaN(Date.parse(m.receivedAt))) return `receivedAt must be an ISO-8601 time, got ${String(m.receivedAt)}`;
  if (m.reviewDelayMs !== undefined && !(Number.isFinite(m.reviewDelayMs) && m.reviewDelayMs >= 0))
    return `reviewDelayMs must be a non-negative number, got ${String(m.reviewDelayMs)}`;
  return null;
}

/**
 * One long-lived run per conversation. Every message signal moves the review deadline to the newest
 * activity + reviewDelay; when the deadline passes with nothing newer, the review activity runs once
 * for everything received so far. Then the run waits for more, and completes after idleCloseMs.
 */
export async function conversationWorkflow(input: ConversationWorkflowInput): Promise<ConversationState> {
  const { conversationId } = input;
  const state = input.carried ?? initialState();
  let reviewDelayMs = input.reviewDelayMs;
  let lastActivityMs = state.lastActivityAt ? Date.parse(state.lastActivityAt) : 0;

  const dueMs = () => lastActivityMs + reviewDelayMs;
  const pending = () => state.messageCount > state.reviewedThroughSeq;
  const setDue = () => {
    state.reviewDueAt = pending() ? new Date(dueMs()).toISOString() : null;
  };
  const historyFull = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historyLength > (input.historyLimit ?? MAX_HISTORY_EVENTS);
  };
  const markReviewed = (status: string) => {
    state.status = status;
    upsertSearchAttributes([
      { key: SA.reviewed, value: true },
      { key: SA.status, value: status },
    ]);
  };

  setHandler(messageSignal, (m: MessageSignal) => {
    // A throw here would fail every workflow task from now on: a bad signal is reported and dropped.
    const invalid = invalidMessage(m);
    if (invalid) {
      log.warn(`message signal ignored: ${invalid}`, { conversationId });
      return;
    }
    const isNew = m.seq > state.messageCount;
    state.messageCount = Math.max(state.messageCount, m.seq);
    if (m.reviewDelayMs !== undefined) reviewDelayMs = m.reviewDelayMs;
    if (!state.lastMessageAt || Date.parse(m.sentAt) > Date.parse(state.lastMessageAt)) {
      state.lastMessageAt = m.sentAt;
      upsertSearchAttributes([{ key: SA.lastMessageAt, value: new Date(m.sentAt) }]);
    }
    // A new message the workflow hears of late (relayed after a Temporal outage) counts from its
    // arrival: the review waits for the conversation to be quiet as the workflow sees it, so messages
    // relayed together are reviewed together. Older and repeated signals keep their own time, which
    // moves the deadline only if it is newer.
    const activity = isNew ? Math.max(Date.parse(m.receivedAt), Date.now()) : Date.parse(m.receivedAt);
    if (activity > lastActivityMs) {
      lastActivityMs = activity;
      state.lastActivityAt = new Date(activity).toISOString();
    }
    setDue();
  });
  setHandler(statusSignal, ({ status }: StatusSignal) => {
    if (typeof status !== 'string' || status === '') {
      log.warn(`status signal ignored: status must be a non-empty string, got ${String(status)}`, { conversationId });
      return;
    }
    state.status = status;
    upsertSearchAttributes([{ key: SA.status, value: status }]);
  });
  setHandler(stateQuery, () => ({ ...state }));

  /** The review's last attempt failed: the window counts as reviewed, the failure is recorded once. */
  const giveUp = async (throughSeq: number, err: ActivityFailure) => {
    const reason = failureReason(err);
    const failure: ReviewFailure = { throughSeq, reason, failedAt: new Date().toISOString(), recorded: false };
    state.lastReviewFailure = failure;
    state.reviewFailureCount += 1;
    if (isConversationGone(err)) {
      log.warn('review window closed: the conversation is gone', { conversationId, throughSeq, reason });
    } else {
      log.warn('review failed after its last attempt; recording the failure', { conversationId, throughSeq, reason });
      try {
        markReviewed((await recordReviewFailure({ conversationId, throughSeq, reason })).status);
        failure.recorded = true;
      } catch (recordErr) {
        // Retried without limit: only a non-retryable failure ends up here, and it will not heal.
        if (!(recordErr instanceof ActivityFailure)) throw recordErr;
        log.warn('review failure could not be recorded', { conversationId, throughSeq, reason: failureReason(recordErr) });
      }
    }
    state.reviewedThroughSeq = Math.max(state.reviewedThroughSeq, throughSeq);
  };

  const reviewConversation = reviewActivity(input.reviewMaxAttempts);
  const review = async () => {
    const throughSeq = state.messageCount;
    try {
      const result = await reviewConversation({ conversationId, throughSeq });
      state.reviewedThroughSeq = Math.max(state.reviewedThroughSeq, result.throughSeq);
      state.lastReviewAt = result.reviewedAt;
      state.reviewCount += 1;
      markReviewed(result.status);
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      await giveUp(throughSeq, err);
    }
    setDue();
  };

  for (;;) {
    if (historyFull()) {
      await condition(allHandlersFinished);
      return await continueAsNew<typeof conversationWorkflow>({ ...input, reviewDelayMs, carried: state });
    }

    if (pending()) {
      const waitMs = dueMs() - Date.now();
      if (waitMs <= 0) {
        await review();
        continue;
      }
      // One timer per quiet window: a newer message moves the deadline later, which is re-checked when
      // this timer fires; only a deadline moved earlier (a shorter REVIEW_DELAY) or a full history
      // wakes it sooner.
      const until = dueMs();
      await condition(() => dueMs() < until || historyFull(), waitMs);
      continue;
    }

    const woke = await condition(() => pending() || historyFull(), input.idleCloseMs);
    if (!woke) {
      await condition(allHandlersFinished);
      return state;
    }
  }
}
