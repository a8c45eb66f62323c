/**
 * The default reviewer: offline, deterministic and fast (pure string rules, no I/O), following the
 * rubric in /shared/review-rubric.md. English and Italian in depth; Spanish, French, German and
 * Portuguese for common phrasings and the summary's wording.
 */
import type { ReviewInput, ReviewResult, Reviewer } from '../reviewer';
import { buildConversation } from './conversation';
import { scoreQuality, type QualityReport } from './quality';
import { computeSignals, type Signals } from './signals';
import { decideStatus, type StatusDecision } from './status';
import { writeSummary } from './summary';
import type { Lang } from './language';

export interface BuiltinAnalysis {
  result: ReviewResult;
  lang: Lang;
  signals: Signals;
  decision: StatusDecision;
  quality: QualityReport;
}

export class BuiltinReviewer implements Reviewer {
  readonly name = 'builtin';

  async review(input: ReviewInput): Promise<ReviewResult> {
    return this.analyze(input).result;
  }

  /** The review plus the facts behind it (used by tests and the dev-set evaluation). */
  analyze(input: ReviewInput): BuiltinAnalysis {
    const c = buildConversation(input);
    const signals = computeSignals(c);
    const decision = decideStatus(signals);
    const salePossible = ['OPPORTUNITY', 'QUOTE_REQUEST', 'POTENTIAL_CUSTOMER'].includes(decision.status);
    const quality = scoreQuality(c, decision.status === 'SPAM', { salePossible });
    const summary = writeSummary(c, decision.status, signals, quality);
    return {
      result: { summary, qualityScore: quality.score, suggestedStatus: decision.status, reviewer: this.name },
      lang: c.lang,
      signals,
      decision,
      quality,
    };
  }
}
