import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectsField, selectsPath } from './selects-field';

/** The info a resolver of the operation's first root field gets, as far as selectsField reads it. */
function infoOf(source: string): GraphQLResolveInfo {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named one', () => {
    assert.equal(selectsField(infoOf('{ conversations { totalCount } }'), 'totalCount'), true);
    assert.equal(selectsField(infoOf('{ conversations { ... on ConversationConnection { totalCount } } }'), 'totalCount'), true);
    assert.equal(
      selectsField(infoOf('{ conversations { ...C } } fragment C on ConversationConnection { totalCount }'), 'totalCount'),
      true,
    );
  });

  it('is false when only other fields, or the same name deeper down, are selected', () => {
    assert.equal(selectsField(infoOf('{ conversations { edges { cursor } } }'), 'totalCount'), false);
    assert.equal(selectsField(infoOf('{ conversations { edges { node { messages { totalCount } } } } }'), 'totalCount'), false);
  });

  it('follows a fragment once, and ignores an unknown one', () => {
    const info = infoOf('{ conversations { ...C ...C ...Missing } } fragment C on ConversationConnection { pageInfo { hasNextPage } }');
    assert.equal(selectsField(info, 'totalCount'), false);
  });
});

describe('selectsPath', () => {
  const path = ['edges', 'node', 'tags'];

  it('finds a field at the end of the path, through inline and named fragments at any level', () => {
    assert.equal(selectsPath(infoOf('{ conversations { edges { node { id tags { name } } } } }'), path), true);
    assert.equal(selectsPath(infoOf('{ conversations { edges { ... on ConversationEdge { node { tags { id } } } } } }'), path), true);
    assert.equal(
      selectsPath(infoOf('{ conversations { edges { node { ...Row } } } } fragment Row on Conversation { title tags { id } }'), path),
      true,
    );
  });

  it('is false when the last field is missing, or the same name sits elsewhere', () => {
    assert.equal(selectsPath(infoOf('{ conversations { edges { node { id } } } }'), path), false);
    assert.equal(selectsPath(infoOf('{ conversations { tags { id } edges { cursor } } }'), path), false);
  });

  it('follows the same fragment at two places of the path', () => {
    const info = infoOf('{ conversations { edges { ...E node { ...E } } } } fragment E on Conversation { tags { id } }');
    assert.equal(selectsPath(info, path), true);
  });
});
