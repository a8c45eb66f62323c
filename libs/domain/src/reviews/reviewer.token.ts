/** Nest injection token of the configured Reviewer (builtin or openai). */
export const REVIEWER = Symbol('REVIEWER');
