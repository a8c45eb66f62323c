import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether the operation asks this field of the resolved object (directly or through fragments). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(fragment.selectionSet);
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet));
}
