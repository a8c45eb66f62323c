import { Inject, Injectable } from '@nestjs/common';
import type { Reviewer } from '@app/reviewer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ConversationReviews, type StoredReview } from '../conversations/conversation-reviews.service';
import { REVIEWER } from './reviewer.provider';

/**
 * The review activity's work, in three round trips: a review already stored through this message?
 * (a retry) → read the conversation's newest window → review it → store it as one change. Indexing
 * follows from the search sync; subscribers hear of it on commit.
 */
@Injectable()
export class ReviewRunner {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REVIEWER) private readonly reviewer: Reviewer,
    private readonly reviews: ConversationReviews,
  ) {}

  async review(conversationId: string, throughSeq: number): Promise<StoredReview> {
    const done = await this.reviews.stored(conversationId, throughSeq);
    if (done) return done;
    const { windowMessages, windowChars } = this.config.review;
    const { input } = await this.reviews.window(conversationId, throughSeq, windowMessages, windowChars);
    const result = await this.reviewer.review(input);
    return this.reviews.apply(conversationId, throughSeq, result, input.omittedMessages ?? 0);
  }

  recordFailure(conversationId: string, throughSeq: number, reason: string): Promise<StoredReview> {
    return this.reviews.applyFailure(conversationId, throughSeq, reason);
  }
}
