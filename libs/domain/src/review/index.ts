export * from './reviewer';
export * from './rubric';
export * from './create-reviewer';
export { BuiltinReviewer, type BuiltinAnalysis } from './builtin/builtin.reviewer';
export { evaluateDevSet, formatFigures, loadDevSet, toReviewInput, qualityBand, defaultDevSetPath } from './builtin/dev-set-eval';
export type { DevSet, DevConversation, DevSetFigures, DevCaseResult, QualityBand } from './builtin/dev-set-eval';
export { OpenAiReviewer, type OpenAiReviewerOptions } from './openai/openai.reviewer';
export { reviewOutputSchema, SYSTEM_PROMPT, renderConversation } from './openai/openai.prompt';
