import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  valueFromASTUntyped,
} from 'graphql';

/** Deepest field nesting allowed (introspection's own fields, "__…", are not counted). */
export const MAX_DEPTH = 10;
/** Highest estimated cost of one operation (see operationComplexity). */
export const MAX_COMPLEXITY = 25_000;
/** Assumed size of lists without a `first` argument (tags, notes, statusCounts). */
const UNBOUNDED_LIST_SIZE = 10;

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/** Validation rule: refuses operations nested deeper than `max` fields (fragments followed, cycles stopped). */
export function depthLimitRule(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, seen));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        } else {
          const name = s.name.value;
          const f = fragments.get(name);
          if (!f || seen.has(name)) continue; // unknown or cyclic: other rules report it
          deepest = Math.max(deepest, depthOf(f.selectionSet, new Set([...seen, name])));
        }
        if (deepest > max) return deepest;
      }
      return deepest;
    };

    return {
      OperationDefinition(op) {
        const depth = depthOf(op.selectionSet, new Set());
        if (depth > max) context.reportError(limitError(`Query is nested ${depth} levels deep; the maximum is ${max}`));
      },
    };
  };
}

/**
 * Estimated cost: every field costs 1; a field with a `first` argument multiplies the cost of what
 * is below it by `first` (argument, variable, or the schema's default); other list fields by 10.
 * Connections' `edges` lists are sized by their parent's `first` and not multiplied again.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;

  const argValue = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    return valueFromASTUntyped(arg.value, variables);
  };

  const costOf = (set: SelectionSetNode | undefined, type: GraphQLCompositeType, seen: Set<string>): number => {
    if (!set) return 0;
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : undefined;
        const def = fields?.[s.name.value];
        if (!def) continue; // unknown fields are reported by validation
        const named = getNamedType(def.type);
        const childType = isObjectType(named) || isInterfaceType(named) ? named : undefined;
        const children = childType ? costOf(s.selectionSet, childType, seen) : 0;
        let multiplier = 1;
        const firstArg = def.args.find((a) => a.name === 'first');
        if (firstArg) {
          const v = argValue(s, 'first') ?? firstArg.defaultValue;
          multiplier = typeof v === 'number' && v > 0 ? v : 1;
        } else if (isListType(getNullableType(def.type)) && s.name.value !== 'edges') {
          multiplier = UNBOUNDED_LIST_SIZE;
        }
        total += 1 + multiplier * children;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const cond = s.typeCondition ? schema.getType(s.typeCondition.name.value) : type;
        total += costOf(s.selectionSet, (cond as GraphQLCompositeType) ?? type, seen);
      } else {
        const f = fragments.get(s.name.value);
        if (!f || seen.has(f.name.value)) continue;
        const cond = schema.getType(f.typeCondition.name.value) as GraphQLCompositeType | undefined;
        total += costOf(f.selectionSet, cond ?? type, new Set([...seen, f.name.value]));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

export function complexityError(cost: number, max = MAX_COMPLEXITY): GraphQLError | undefined {
  return cost > max ? limitError(`Query is too complex: estimated cost ${cost}, the maximum is ${max}; ask for smaller pages`) : undefined;
}
