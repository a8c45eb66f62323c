/** Builds the configured reviewer. */
import { BuiltinReviewer } from './builtin/builtin.reviewer';
import { OpenAiReviewer } from './openai/openai.reviewer';
import type { Reviewer } from './reviewer';

export interface ReviewerConfig {
  reviewer: 'builtin' | 'openai';
  openai?: { baseUrl: string; apiKey?: string; model: string; timeoutMs?: number };
}

export function createReviewer(config: ReviewerConfig): Reviewer {
  switch (config.reviewer) {
    case 'builtin':
      return new BuiltinReviewer();
    case 'openai':
      if (!config.openai?.baseUrl || !config.openai?.model) throw new Error('reviewer "openai" needs openai.baseUrl and openai.model');
      return new OpenAiReviewer(config.openai);
    default:
      throw new Error(`unknown reviewer: ${String((config as { reviewer: unknown }).reviewer)}`);
  }
}
