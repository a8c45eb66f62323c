import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether the operation asks this field of the resolved object (directly or through fragments). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectsPath(info, [name]);
}

/** Whether the operation asks the field at this path below the resolved object ("edges", "node", "tags"). */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: ReadonlySet<string>): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD)
        return s.name.value === path[depth] && (depth === path.length - 1 || walk(s.selectionSet, depth + 1, seen));
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, depth, seen);
      const fragment = info.fragments[s.name.value];
      // a fragment spread inside itself is invalid GraphQL; `seen` only keeps a malformed document from looping
      if (!fragment || seen.has(s.name.value)) return false;
      return walk(fragment.selectionSet, depth, new Set([...seen, s.name.value]));
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet, 0, new Set()));
}
