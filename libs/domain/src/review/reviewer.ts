/**
 * The reviewer contract: every reviewer (the offline `builtin` one and any LLM) reads one whole
 * conversation and returns a summary, a 0–100 quality score and a suggested status, following
 * /shared/review-rubric.md.
 */

export type ConversationStatus =
  | 'IN_PROGRESS'
  | 'OPPORTUNITY'
  | 'POTENTIAL_CUSTOMER'
  | 'QUOTE_REQUEST'
  | 'FOLLOW_UP'
  | 'CONTACTED'
  | 'WAITING_RESPONSE'
  | 'INFO_ONLY'
  | 'NOT_INTERESTED'
  | 'SPAM';

/** All statuses, in the rubric's rule order (first match wins, top to bottom). */
export const STATUS_RULE_ORDER: readonly ConversationStatus[] = [
  'SPAM',
  'NOT_INTERESTED',
  'QUOTE_REQUEST',
  'POTENTIAL_CUSTOMER',
  'CONTACTED',
  'FOLLOW_UP',
  'WAITING_RESPONSE',
  'OPPORTUNITY',
  'INFO_ONLY',
  'IN_PROGRESS',
] as const;

export interface ReviewMessage {
  role: 'CUSTOMER' | 'AGENT';
  text: string;
  sentAt: Date;
}

export interface ReviewInput {
  source: 'WHATSAPP' | 'WIDGET';
  contact: { name?: string | null; phone?: string | null; email?: string | null };
  /** Oldest first. */
  messages: ReviewMessage[];
}

export interface ReviewResult {
  /** Two or three sentences, at most 400 characters, in the conversation's main language. */
  summary: string;
  /** Integer 0–100: how well the agent served the customer. */
  qualityScore: number;
  suggestedStatus: ConversationStatus;
  /** Which reviewer produced this result, e.g. `builtin` or `openai:gpt-4o-mini`. */
  reviewer: string;
}

export interface Reviewer {
  readonly name: string;
  review(input: ReviewInput): Promise<ReviewResult>;
}

/** A review that could not be produced. `retryable` tells the caller (e.g. a Temporal activity) whether trying again may help. */
export class ReviewerError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ReviewerError';
  }
}

export const SUMMARY_MAX_CHARS = 400;
