/** Builds the configured reviewer (the `REVIEWER` setting and its OpenAI-compatible endpoint). */
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
    case 'openai': {
      const o = config.openai;
      if (!o?.baseUrl) throw new Error('reviewer "openai" needs openai.baseUrl (OPENAI_BASE_URL)');
      if (!o.model) throw new Error('reviewer "openai" needs openai.model (OPENAI_MODEL)');
      return new OpenAiReviewer(o);
    }
    default:
      throw new Error(`reviewer must be "builtin" or "openai", not ${JSON.stringify((config as { reviewer: unknown }).reviewer)}`);
  }
}
