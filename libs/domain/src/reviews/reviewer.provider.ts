import type { Provider } from '@nestjs/common';
import { createReviewer, type Reviewer } from '@app/reviewer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/** Nest injection token of the configured Reviewer (builtin or openai). */
export const REVIEWER = Symbol('REVIEWER');

export const reviewerProvider: Provider<Reviewer> = {
  provide: REVIEWER,
  inject: [APP_CONFIG],
  useFactory: (c: AppConfig) => createReviewer({ reviewer: c.reviewer.kind, openai: c.reviewer.openai }),
};
