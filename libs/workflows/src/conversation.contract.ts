// Plain types and names shared by the workflow, the worker's activities and every client that
// signals or queries a conversation. No runtime imports: this file is bundled into the workflow.
import type { ConversationSource } from '@app/reviewer/vocabulary';

export const CONVERSATION_TASK_QUEUE = 'conversations';
export const CONVERSATION_WORKFLOW_TYPE = 'conversationWorkflow';
export const MESSAGE_SIGNAL = 'message';
export const STATE_QUERY = 'state';
/** A person changed the status: the workflow keeps its ConversationStatus search attribute current. */
export const STATUS_SIGNAL = 'status';

/**
 * ApplicationFailure type of a review for a conversation that no longer exists: never retried, the
 * window ends at once (there is nothing to record a failure on).
 */
export const CONVERSATION_GONE = 'ConversationGone';

export function conversationWorkflowId(conversationId: string): string {
  return `conversation-${conversationId}`;
}

export interface ConversationWorkflowInput {
  conversationId: string;
  workspaceId: string;
  source: ConversationSource;
  reviewDelayMs: number;
  /** The run completes after this long without a message; a later message starts a new run. */
  idleCloseMs: number;
  /** Handed over by continue-as-new. */
  carried?: ConversationState;
  /** History length that triggers continue-as-new (default 4,000); tests set it low. */
  historyLimit?: number;
  /** Attempts of the review activity before the window's review is recorded as failed (REVIEW_MAX_ATTEMPTS). */
  reviewMaxAttempts?: number;
}

/** One recorded message. Idempotent: the same signal twice changes nothing. */
export interface MessageSignal {
  /** The message's position in the conversation (1-based); the highest seen is the message count. */
  seq: number;
  sentAt: string;
  /** When the service stored it: the inactivity timer runs from the newest of these. */
  receivedAt: string;
  /** The sender's current REVIEW_DELAY, so a changed setting applies to running conversations too. */
  reviewDelayMs?: number;
}

export interface StatusSignal {
  status: string;
}

/** The review of a quiet window that gave up: its last attempt failed (or the conversation was gone). */
export interface ReviewFailure {
  throughSeq: number;
  /** As handed to recordReviewFailure: the failure's type and message, short. */
  reason: string;
  /** Workflow time of the failure. */
  failedAt: string;
  /** False when nothing was stored (the conversation is gone). */
  recorded: boolean;
}

export interface ConversationState {
  messageCount: number;
  lastMessageAt: string | null;
  lastActivityAt: string | null;
  reviewDueAt: string | null;
  /** When the latest successful review was stored. */
  lastReviewAt: string | null;
  /** Messages up to here are reviewed, or their review failed for good (see lastReviewFailure). */
  reviewedThroughSeq: number;
  reviewCount: number;
  status: string | null;
  /** Windows whose review gave up, and the latest of them (kept after later successful reviews). */
  reviewFailureCount: number;
  lastReviewFailure: ReviewFailure | null;
}

export interface ReviewActivityInput {
  conversationId: string;
  /** Review the conversation as of this message; a retry with the same value stores nothing new. */
  throughSeq: number;
}

export interface ReviewActivityResult {
  throughSeq: number;
  status: string;
  reviewedAt: string;
}

export interface ReviewFailureInput {
  conversationId: string;
  throughSeq: number;
  /** Why the last attempt failed, short (it becomes the review's reviewer name: `failed:<reason>`). */
  reason: string;
}

export interface ConversationActivities {
  reviewConversation(input: ReviewActivityInput): Promise<ReviewActivityResult>;
  /**
   * After reviewConversation's last attempt failed: stores a review marked failed (status unchanged)
   * and makes the conversation visible, so it is not hidden forever. Idempotent like the review.
   */
  recordReviewFailure(input: ReviewFailureInput): Promise<ReviewActivityResult>;
}

// Search attributes registered on the server (see the contract), as the plain { name, type } objects
// the SDK's defineSearchAttributeKey would build: the workflow bundle needs nothing else at run time.
interface SearchAttributeKey<T extends 'KEYWORD' | 'BOOL' | 'DATETIME'> {
  name: string;
  type: T;
}
export const SA = {
  workspaceId: { name: 'WorkspaceId', type: 'KEYWORD' } as SearchAttributeKey<'KEYWORD'>,
  conversationId: { name: 'ConversationId', type: 'KEYWORD' } as SearchAttributeKey<'KEYWORD'>,
  source: { name: 'ConversationSource', type: 'KEYWORD' } as SearchAttributeKey<'KEYWORD'>,
  status: { name: 'ConversationStatus', type: 'KEYWORD' } as SearchAttributeKey<'KEYWORD'>,
  reviewed: { name: 'Reviewed', type: 'BOOL' } as SearchAttributeKey<'BOOL'>,
  lastMessageAt: { name: 'LastMessageAt', type: 'DATETIME' } as SearchAttributeKey<'DATETIME'>,
};
