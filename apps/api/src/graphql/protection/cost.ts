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

/**
 * What of the variables the estimate can depend on: numbers (`first`) and whether a string is blank
 * (`filter.search`); any other string counts the same. Two requests of one document with the same
 * shape cost the same, so the estimate is kept per document (Apollo keeps one parsed document per query text).
 */
function variablesShape(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? '' : 's';
  if (Array.isArray(value)) return value.map(variablesShape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, variablesShape(v)]));
  return value;
}

const ESTIMATES_PER_DOCUMENT = 64;
const estimates = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  let bySchema = estimates.get(schema);
  if (!bySchema) estimates.set(schema, (bySchema = new WeakMap<DocumentNode, Map<string, number>>()));
  let known = bySchema.get(document);
  if (!known) bySchema.set(document, (known = new Map<string, number>()));
  const key = JSON.stringify([operationName ?? null, variablesShape(variables)]);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator] });
  } catch (err) {
    // Variables that do not fit their types: nothing will run, and execution refuses them as the caller's input
    // (BAD_USER_INPUT). Not kept: values of the same shape that do fit must still be estimated.
    if (err instanceof GraphQLError) return 0;
    throw err;
  }
  if (known.size >= ESTIMATES_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

export function costError(cost: number): GraphQLError | undefined {
  return cost > MAX_COST
    ? new GraphQLError(`Query is too complex: estimated cost ${cost}, the maximum is ${MAX_COST}; ask for smaller pages or fewer fields`, {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
      })
    : undefined;
}
