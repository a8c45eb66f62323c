import { GraphQLError, getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Highest estimated cost of one operation. */
export const MAX_COST = 25_000;
/** Assumed size of lists without a `first` argument (tags, notes, reviews, statusCounts …). */
const LIST_SIZE = 10;
/** What some fields really cost beyond a row: an exact count, a search. */
const EXTRA: Record<string, number> = { 'ConversationConnection.totalCount': 50 };
const SEARCH_COST = 100;

/**
 * Every field costs 1 (plus its real extra cost); a paged field multiplies what is below it by
 * `first` (at least 1, so `first: 0` is no way around a count); other lists by 10; a search costs
 * like 100 fields. Connections' `edges` are sized by their parent's `first` and not multiplied again.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (__schema, __type, __typename) reads the in-memory schema, never the database: free, as for the depth limit.
  if (field.name.startsWith('__')) return 0;
  const key = `${type.name}.${field.name}`;
  let base = 1 + (EXTRA[key] ?? 0);
  const filter = args.filter as { search?: unknown } | undefined;
  if (typeof filter?.search === 'string' && filter.search.trim() !== '') base += SEARCH_COST;
  if (field.args.some((a) => a.name === 'first')) return base + Math.max(Number(args.first ?? 0), 1) * childComplexity;
  if (isListType(getNullableType(field.type)) && field.name !== 'edges') return base + LIST_SIZE * childComplexity;
  return base + childComplexity;
};

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator] });
  } catch (err) {
    // Variables that do not fit their types: nothing will run, and execution refuses them as the caller's input (BAD_USER_INPUT).
    if (err instanceof GraphQLError) return 0;
    throw err;
  }
}

export function costError(cost: number): GraphQLError | undefined {
  return cost > MAX_COST
    ? new GraphQLError(`Query is too complex: estimated cost ${cost}, the maximum is ${MAX_COST}; ask for smaller pages or fewer fields`, {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
      })
    : undefined;
}
