import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  patched,
  defineSignal,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  MESSAGE_SIGNAL,
  SA,
  STATE_QUERY,
  STATUS_SIGNAL,
  type ConversationActivities,
  type ConversationState,
  type ConversationWorkflowInput,
  type MessageSignal,
  type StatusSignal,
} from './conversation.contract';

export const messageSignal = defineSignal<[MessageSignal]>(MESSAGE_SIGNAL);
export const statusSignal = defineSignal<[StatusSignal]>(STATUS_SIGNAL);
export const stateQuery = defineQuery<ConversationState>(STATE_QUERY);

// Runs started before this change restart their timer on every message; replay keeps them doing so.
const SINGLE_REVIEW_TIMER = 'single-review-timer';
const DEADLINE_FROM_ARRIVAL = 'deadline-from-arrival';

// Well below Temporal's 50k-event limit; continueAsNewSuggested covers the size limit.
const MAX_HISTORY_EVENTS = 4_000;

const { reviewConversation } = proxyActivities<ConversationActivities>({
  startToCloseTimeout: '3 minutes',
  // The activity heartbeats: a worker killed mid-review is noticed after this, not after startToClose.
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2s', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

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
  };
}

/**
 * One long-lived run per conversation. Every message signal moves the review deadline to the newest
 * activity + reviewDelay; when the deadline passes with nothing newer, the review activity runs once
 * for everything received so far. Then the run waits for more, and completes after idleCloseMs.
 */
export async function conversationWorkflow(input: ConversationWorkflowInput): Promise<ConversationState> {
  const state = input.carried ?? initialState();
  let reviewDelayMs = input.reviewDelayMs;
  let lastActivityMs = state.lastActivityAt ? Date.parse(state.lastActivityAt) : 0;

  const setDue = () => {
    state.reviewDueAt = state.messageCount > state.reviewedThroughSeq ? new Date(lastActivityMs + reviewDelayMs).toISOString() : null;
  };

  setHandler(messageSignal, (m: MessageSignal) => {
    // A message the workflow hears of late (relayed after a Temporal outage) counts from its arrival:
    // the review waits for the conversation to be quiet as the workflow sees it, so messages relayed
    // together are reviewed together. Repeats keep their original time and move nothing.
    const arrivedLate = m.seq > state.messageCount && patched(DEADLINE_FROM_ARRIVAL);
    state.messageCount = Math.max(state.messageCount, m.seq);
    if (m.reviewDelayMs !== undefined) reviewDelayMs = m.reviewDelayMs;
    if (!state.lastMessageAt || Date.parse(m.sentAt) > Date.parse(state.lastMessageAt)) {
      state.lastMessageAt = m.sentAt;
      upsertSearchAttributes([{ key: SA.lastMessageAt, value: new Date(m.sentAt) }]);
    }
    // Signals may arrive out of order or twice: only a newer activity moves the deadline.
    const activity = arrivedLate ? Math.max(Date.parse(m.receivedAt), Date.now()) : Date.parse(m.receivedAt);
    if (activity > lastActivityMs) {
      lastActivityMs = activity;
      state.lastActivityAt = new Date(activity).toISOString();
    }
    setDue();
  });
  setHandler(statusSignal, ({ status }: StatusSignal) => {
    state.status = status;
    upsertSearchAttributes([{ key: SA.status, value: status }]);
  });
  setHandler(stateQuery, () => ({ ...state }));

  for (;;) {
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > (input.historyLimit ?? MAX_HISTORY_EVENTS)) {
      await condition(allHandlersFinished);
      return await continueAsNew<typeof conversationWorkflow>({ ...input, reviewDelayMs, carried: state });
    }

    if (state.messageCount > state.reviewedThroughSeq) {
      const waitMs = lastActivityMs + reviewDelayMs - Date.now();
      if (waitMs > 0) {
        if (patched(SINGLE_REVIEW_TIMER)) {
          // One timer per quiet window: a newer message moves the deadline later, which is re-checked
          // when this timer fires; only a deadline moved earlier (a shorter REVIEW_DELAY) wakes it.
          const until = lastActivityMs + reviewDelayMs;
          await condition(() => lastActivityMs + reviewDelayMs < until, waitMs);
        } else {
          const seen = lastActivityMs;
          await condition(() => lastActivityMs !== seen, waitMs);
        }
        continue;
      }
      const result = await reviewConversation({ conversationId: input.conversationId, throughSeq: state.messageCount });
      state.reviewedThroughSeq = Math.max(state.reviewedThroughSeq, result.throughSeq);
      state.lastReviewAt = result.reviewedAt;
      state.status = result.status;
      state.reviewCount += 1;
      setDue();
      upsertSearchAttributes([
        { key: SA.reviewed, value: true },
        { key: SA.status, value: result.status },
      ]);
      continue;
    }

    const woke = await condition(() => state.messageCount > state.reviewedThroughSeq, input.idleCloseMs);
    if (!woke) {
      await condition(allHandlersFinished);
      return state;
    }
  }
}
