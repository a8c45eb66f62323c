/**
 * The default reviewer: offline, deterministic and fast (string rules over data-file lexicons, no
 * I/O per review), following the rubric. English and Italian in depth; Spanish, French, German and
 * Portuguese for common phrasings, the summary's wording and the criteria comments. Linear in the
 * number of messages, so a window of thousands of messages stays cheap.
 */
import { CRITERIA, criterionLabel } from '../rubric/rubric';
import type { ReviewCriterion, ReviewInput, ReviewResult, Reviewer } from '../reviewer';
import { buildConversation, type Conversation } from './conversation';
import { hit, quoteHits } from './evidence';
import { PHRASES } from './phrases/phrases';
import { judgeBand, shippedBandModel, type BandModel } from './quality/band-model';
import { judgeQuality, type QualityJudgement } from './quality/criteria';
import { qualityFeatures, type QualityFeatures } from './quality/features';
import { computeSignals, type Signals } from './signals/signals';
import { decideStatus, type StatusDecision } from './status';
import { writeSummary } from './summary/summary';

/** The review plus the facts behind it (for tests and evaluation). */
export interface BuiltinAnalysis {
  result: ReviewResult;
  conversation: Conversation;
  signals: Signals;
  decision: StatusDecision;
  features: QualityFeatures;
  /** The judgement served: the rules' one, moved into the band model's band where they disagree. */
  quality: QualityJudgement;
  /** The rules' judgement alone (what the band model reads). */
  rulesQuality: QualityJudgement;
}

export interface BuiltinOptions {
  /** The band model (default: the one shipped as data); null scores by the rules alone. */
  bandModel?: BandModel | null;
}

export class BuiltinReviewer implements Reviewer {
  readonly name = 'builtin';
  private readonly bandModel: BandModel | null;

  constructor(options: BuiltinOptions = {}) {
    this.bandModel = options.bandModel === undefined ? shippedBandModel() : options.bandModel;
  }

  review(input: ReviewInput): Promise<ReviewResult> {
    // synchronous work behind the async contract: a failure is a rejected promise, as callers expect
    try {
      return Promise.resolve(this.analyze(input).result);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  analyze(input: ReviewInput): BuiltinAnalysis {
    const c = buildConversation(input);
    const signals = computeSignals(c);
    const decision = decideStatus(signals, c);
    const isSpam = decision.status === 'SPAM';
    // a sale is still to be made: moving it on (a next step, contact details) is what a good agent does
    const salePossible = ['OPPORTUNITY', 'QUOTE_REQUEST', 'POTENTIAL_CUSTOMER', 'FOLLOW_UP'].includes(decision.status);
    const features = qualityFeatures(c, isSpam);
    const rulesQuality = judgeQuality(c, features, { isSpam, salePossible, declined: decision.status === 'NOT_INTERESTED' });
    const quality = this.bandModel
      ? judgeBand({ conversation: c, features, quality: rulesQuality, status: decision.status }, this.bandModel)
      : rulesQuality;
    const summary = writeSummary(c, decision.status, signals, { f: features, score: quality.score });
    const comments = PHRASES[c.lang].comments;
    const criteria: ReviewCriterion[] = CRITERIA.map(({ key }) => {
      const j = quality.criteria[key];
      return {
        key,
        label: criterionLabel(key, c.lang),
        score: j.score,
        comment: (comments[key] as Record<string, string>)[j.comment],
        evidence: quoteHits(j.evidence.map((m) => hit(m))),
      };
    });
    return {
      result: {
        summary,
        qualityScore: quality.score,
        criteria,
        suggestedStatus: decision.status,
        statusEvidence: decision.evidence,
        language: c.lang,
        reviewer: this.name,
      },
      conversation: c,
      signals,
      decision,
      features,
      quality,
      rulesQuality,
    };
  }
}
