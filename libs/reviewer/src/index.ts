// The reviewer library: the contract, the shared vocabulary, the rubric's numbers and both
// reviewers. Production code only: the evaluation tool (./evaluation) is not part of it.
export * from './vocabulary';
export * from './reviewer';
export { createReviewer, type ReviewerConfig } from './create-reviewer';
export { BuiltinReviewer, type BuiltinAnalysis } from './builtin/builtin.reviewer';
export { OpenAiReviewer, type OpenAiReviewerOptions } from './openai/openai.reviewer';
export {
  CRITERIA,
  QUALITY_BANDS,
  QUALITY_CAPS,
  combineCriteria,
  criterionLabel,
  qualityBand,
  rubricMarkdown,
  type CriterionSpec,
  type QualityBand,
  type QualityCap,
} from './rubric/rubric';
export { evidenceProblems, fitQuote, resultEvidenceProblems } from './evidence';
export { inventedFacts, summaryFacts, type SummaryFact } from './summary-facts';
