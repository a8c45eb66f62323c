import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Deepest field nesting allowed (introspection's own fields, "__…", are not counted). */
export const MAX_DEPTH = 10;
/** Most root fields (aliases included) in one operation: each is a separate query on the database. */
export const MAX_ROOT_FIELDS = 20;

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });

/** Validation rule: refuses operations nested deeper than MAX_DEPTH, or with more than MAX_ROOT_FIELDS root fields. */
export function shapeLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, seen));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
      } else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(s.name.value)) deepest = Math.max(deepest, depthOf(f.selectionSet, new Set([...seen, s.name.value])));
      }
      if (deepest > MAX_DEPTH) return deepest;
    }
    return deepest;
  };

  const rootFields = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += s.name.value.startsWith('__') ? 0 : 1;
      else if (s.kind === Kind.INLINE_FRAGMENT) n += rootFields(s.selectionSet, seen);
      else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(s.name.value)) n += rootFields(f.selectionSet, new Set([...seen, s.name.value]));
      }
    }
    return n;
  };

  return {
    OperationDefinition(op) {
      const depth = depthOf(op.selectionSet, new Set());
      if (depth > MAX_DEPTH) context.reportError(limitError(`Query is nested ${depth} levels deep; the maximum is ${MAX_DEPTH}`));
      const roots = rootFields(op.selectionSet, new Set());
      if (roots > MAX_ROOT_FIELDS)
        context.reportError(limitError(`Query has ${roots} root fields (aliases count); the maximum is ${MAX_ROOT_FIELDS}`));
    },
  };
}
