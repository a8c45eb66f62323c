// The workflow's collaborators in the workflow tests: plain activity functions that record each call
// (with the server's time of the attempt) and answer as a test tells them to.
import { Context } from '@temporalio/activity';
import type {
  ConversationActivities,
  ReviewActivityInput,
  ReviewActivityResult,
  ReviewFailureInput,
} from '../../../libs/workflows/src/conversation.contract';

export interface ActivityCall<I> {
  input: I;
  attempt: number;
  /** Server time (skipped time included) when this attempt ran. */
  at: number;
}

/** What an attempt does: throw to fail it, or return nothing for the default answer. */
export type Behaviour<I> = (input: I, attempt: number) => void;

/** The status a successful test review suggests. */
export const REVIEWED_STATUS = 'INFO_ONLY';
/** The status recordReviewFailure reports: the conversation's, which a failed review leaves unchanged. */
export const UNCHANGED_STATUS = 'IN_PROGRESS';

export class TestActivities {
  readonly reviews: ActivityCall<ReviewActivityInput>[] = [];
  readonly failures: ActivityCall<ReviewFailureInput>[] = [];
  private readonly reviewBehaviour = new Map<string, Behaviour<ReviewActivityInput>>();
  private readonly failureBehaviour = new Map<string, Behaviour<ReviewFailureInput>>();
  /** The server's clock: the time-skipping server's own (set by startTimeSkipping), else the wall clock. */
  clock: () => Promise<number> = () => Promise.resolve(Date.now());

  readonly implementations: ConversationActivities = {
    reviewConversation: (input) => this.answer(this.reviews, this.reviewBehaviour, input, REVIEWED_STATUS),
    recordReviewFailure: (input) => this.answer(this.failures, this.failureBehaviour, input, UNCHANGED_STATUS),
  };

  /** Sets how reviewConversation behaves for one conversation. */
  onReview(conversationId: string, behaviour: Behaviour<ReviewActivityInput>): void {
    this.reviewBehaviour.set(conversationId, behaviour);
  }

  /** Sets how recordReviewFailure behaves for one conversation. */
  onRecordFailure(conversationId: string, behaviour: Behaviour<ReviewFailureInput>): void {
    this.failureBehaviour.set(conversationId, behaviour);
  }

  reviewsOf(conversationId: string): ActivityCall<ReviewActivityInput>[] {
    return this.reviews.filter((c) => c.input.conversationId === conversationId);
  }

  failuresOf(conversationId: string): ActivityCall<ReviewFailureInput>[] {
    return this.failures.filter((c) => c.input.conversationId === conversationId);
  }

  private async answer<I extends ReviewActivityInput>(
    calls: ActivityCall<I>[],
    behaviours: Map<string, Behaviour<I>>,
    input: I,
    status: string,
  ): Promise<ReviewActivityResult> {
    const { attempt } = Context.current().info;
    const at = await this.clock();
    calls.push({ input, attempt, at });
    behaviours.get(input.conversationId)?.(input, attempt);
    return { throughSeq: input.throughSeq, status, reviewedAt: new Date(at).toISOString() };
  }
}
