// The running API's schema (introspection of a started system, as a client sees it) against the
// contract file, by graphql-js's own comparison: no breaking change, and no dangerous change beyond
// the additions the contract allows (optional arguments and input fields, new implementations).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  buildClientSchema,
  buildSchema,
  DangerousChangeType,
  findBreakingChanges,
  findDangerousChanges,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { startSystem, type System } from '../support/system';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CONTRACT = path.resolve(ROOT, '..', 'shared', 'contract', 'schema.graphql');

/** Dangerous changes that only add: a client written against the contract cannot notice them. */
const ALLOWED_ADDITIONS = new Set<string>([
  DangerousChangeType.OPTIONAL_ARG_ADDED,
  DangerousChangeType.OPTIONAL_INPUT_FIELD_ADDED,
  DangerousChangeType.IMPLEMENTED_INTERFACE_ADDED,
  DangerousChangeType.TYPE_ADDED_TO_UNION,
]);

/** Every difference from the contract a client could notice, as "TYPE: description". */
export function contractViolations(contract: GraphQLSchema, actual: GraphQLSchema): string[] {
  const breaking = findBreakingChanges(contract, actual).map((c) => `${c.type}: ${c.description}`);
  const dangerous = findDangerousChanges(contract, actual)
    .filter((c) => !ALLOWED_ADDITIONS.has(c.type))
    .map((c) => `${c.type}: ${c.description}`);
  return [...breaking, ...dangerous];
}

describe('GraphQL schema = contract (../shared/contract/schema.graphql)', () => {
  let sys: System;
  let contractSdl: string;
  let contract: GraphQLSchema;

  before(async () => {
    contractSdl = readFileSync(CONTRACT, 'utf8');
    contract = buildSchema(contractSdl);
    sys = await startSystem();
  });
  after(async () => sys?.stop());

  it('the running schema keeps every contract type, field, argument, default, nullability and enum value', async (t) => {
    const res = await sys.gql<IntrospectionQuery>(getIntrospectionQuery());
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const actual = buildClientSchema(res.data!);
    const additions = findDangerousChanges(contract, actual).filter((c) => ALLOWED_ADDITIONS.has(c.type));
    t.diagnostic(`allowed additions: ${additions.length ? additions.map((c) => c.description).join('; ') : 'none'}`);
    assert.deepEqual(contractViolations(contract, actual), []);
    for (const op of ['Query', 'Mutation', 'Subscription'] as const) {
      const root = { Query: actual.getQueryType(), Mutation: actual.getMutationType(), Subscription: actual.getSubscriptionType() }[op];
      assert.equal(root?.name, op, `schema ${op} root`);
    }
  });

  it('detects a broken schema (self-check of the comparison)', () => {
    const broken = buildSchema(
      contractSdl
        .replace('first: Int = 20', 'first: Int = 10')
        .replace('lastMessage: Message!', 'lastMessage: Message')
        .replace('  SPAM\n', '')
        .replace('type Tag {', 'type Label {')
        .replaceAll('tags: [Tag!]!', 'tags: [Label!]!')
        .replace('enum MessageRole {\n', 'enum MessageRole {\n  SYSTEM\n')
        .replace('input ConversationFilter {\n', 'input ConversationFilter {\n  workspace: ID!\n'),
    );
    const found = contractViolations(contract, broken);
    const expect = (re: RegExp) =>
      assert.ok(
        found.some((d) => re.test(d)),
        `${re} not in:\n${found.join('\n')}`,
      );
    expect(/^ARG_DEFAULT_VALUE_CHANGE: Query\.conversations arg first has changed defaultValue from 20 to 10/);
    expect(/^FIELD_CHANGED_KIND: Conversation\.lastMessage changed type from Message! to Message/);
    expect(/^VALUE_REMOVED_FROM_ENUM: SPAM was removed from enum type ConversationStatus/);
    expect(/^TYPE_REMOVED: Tag was removed/);
    expect(/^VALUE_ADDED_TO_ENUM: SYSTEM was added to enum type MessageRole/);
    expect(/^REQUIRED_INPUT_FIELD_ADDED: A required field workspace on input type ConversationFilter was added/);
    // and an optional addition is not a violation
    const extended = buildSchema(contractSdl.replace('input ConversationFilter {\n', 'input ConversationFilter {\n  hasNotes: Boolean\n'));
    assert.deepEqual(contractViolations(contract, extended), []);
  });

  it('names the date scalar DateTime and keeps the contract enum names', async () => {
    const res = await sys.gqlOk('{ __schema { types { name kind } } }');
    const names = new Map<string, string>(res.__schema.types.map((t: { name: string; kind: string }) => [t.name, t.kind]));
    assert.equal(names.get('DateTime'), 'SCALAR');
    for (const e of ['ConversationSource', 'ConversationStatus', 'StatusOrigin', 'MessageRole']) assert.equal(names.get(e), 'ENUM', e);
  });
});
