/**
 * The reviewer contract: every reviewer (the offline `builtin` one and any LLM) reads one
 * conversation and returns a summary, a 0–100 quality score broken down by the rubric's criteria,
 * and a suggested status with the messages that decided it, following rubric/review-rubric.md.
 */
import type { ConversationSource, ConversationStatus, MessageRole } from './vocabulary';

export interface ReviewMessage {
  /** The message's id: evidence cites it. */
  id: string;
  role: MessageRole;
  text: string;
  sentAt: Date;
}

export interface ReviewInput {
  source: ConversationSource;
  contact: { name?: string | null; phone?: string | null; email?: string | null };
  /** Oldest first. A long conversation arrives as its newest window (see omittedMessages). */
  messages: ReviewMessage[];
  /** How many older messages were left out before `messages` (0 or absent: the whole conversation). */
  omittedMessages?: number;
}

/** A message that supports a judgement: its id and an exact substring of its text (≤ 200 characters). */
export interface ReviewEvidence {
  messageId: string;
  quote: string;
}

/** The rubric's criteria keys, in the rubric's order. */
export const CRITERION_KEYS = ['answer', 'next_step', 'tone', 'responsiveness'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export interface ReviewCriterion {
  key: CriterionKey;
  /** The rubric's label in the conversation's language. */
  label: string;
  /** 0–100. */
  score: number;
  /** One sentence, in the conversation's language: why this score. */
  comment: string;
  /** Agent messages that justify the score (empty when the agent never replied). */
  evidence: ReviewEvidence[];
}

export interface ReviewResult {
  /** Two or three sentences, at most 400 characters, in the conversation's main language. */
  summary: string;
  /** Integer 0–100: the rubric's weighted combination of `criteria`, with its caps. */
  qualityScore: number;
  /** Every rubric criterion once, in the rubric's order. */
  criteria: ReviewCriterion[];
  suggestedStatus: ConversationStatus;
  /** The customer messages (or, for WAITING_RESPONSE, the agent's last question) that made the status rule match. */
  statusEvidence: ReviewEvidence[];
  /** ISO 639-1 code of the conversation's main language, e.g. `it`. */
  language: string;
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
export const EVIDENCE_QUOTE_MAX_CHARS = 200;
