// The running API's schema (by introspection, as a client sees it) against the contract file:
// every type, field, argument (with its default), nullability and enum value of the contract must be
// there unchanged; additions are allowed only where no client can break (nullable or defaulted).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { gql, startLocalApis, type LocalApis } from './support-local';

const CONTRACT_CANDIDATES = [
  path.resolve(process.cwd(), '..', 'shared', 'contract', 'schema.graphql'),
  path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'contract', 'schema.graphql'),
];

const kindOf = (t: GraphQLNamedType) =>
  isObjectType(t)
    ? 'object'
    : isInputObjectType(t)
      ? 'input'
      : isEnumType(t)
        ? 'enum'
        : isScalarType(t)
          ? 'scalar'
          : isInterfaceType(t)
            ? 'interface'
            : isUnionType(t)
              ? 'union'
              : 'other';

/** Every difference that can break a client written against `contract`. */
export function contractDifferences(contract: GraphQLSchema, actual: GraphQLSchema): string[] {
  const diffs: string[] = [];
  const args = (where: string, want: readonly GraphQLArgument[], got: readonly GraphQLArgument[]) => {
    for (const a of want) {
      const g = got.find((x) => x.name === a.name);
      if (!g) {
        diffs.push(`${where}(${a.name}): missing argument`);
        continue;
      }
      if (String(g.type) !== String(a.type)) diffs.push(`${where}(${a.name}): type ${g.type}, contract says ${a.type}`);
      if (JSON.stringify(g.defaultValue) !== JSON.stringify(a.defaultValue)) {
        diffs.push(`${where}(${a.name}): default ${JSON.stringify(g.defaultValue)}, contract says ${JSON.stringify(a.defaultValue)}`);
      }
    }
    for (const g of got) {
      if (!want.some((a) => a.name === g.name) && isNonNullType(g.type) && g.defaultValue === undefined) {
        diffs.push(`${where}(${g.name}): added required argument`);
      }
    }
  };
  for (const want of Object.values(contract.getTypeMap())) {
    if (want.name.startsWith('__')) continue;
    const got = actual.getType(want.name);
    if (!got) {
      diffs.push(`${want.name}: missing type`);
      continue;
    }
    if (kindOf(got) !== kindOf(want)) {
      diffs.push(`${want.name}: is ${kindOf(got)}, contract says ${kindOf(want)}`);
      continue;
    }
    if (isObjectType(want) || isInterfaceType(want)) {
      const gotFields = (got as typeof want).getFields();
      for (const f of Object.values(want.getFields()) as GraphQLField<unknown, unknown>[]) {
        const g = gotFields[f.name];
        if (!g) {
          diffs.push(`${want.name}.${f.name}: missing field`);
          continue;
        }
        if (String(g.type) !== String(f.type)) diffs.push(`${want.name}.${f.name}: type ${g.type}, contract says ${f.type}`);
        args(`${want.name}.${f.name}`, f.args, g.args);
      }
    } else if (isInputObjectType(want)) {
      const gotFields = (got as typeof want).getFields();
      for (const f of Object.values(want.getFields()) as GraphQLInputField[]) {
        const g = gotFields[f.name];
        if (!g) {
          diffs.push(`${want.name}.${f.name}: missing input field`);
          continue;
        }
        if (String(g.type) !== String(f.type)) diffs.push(`${want.name}.${f.name}: type ${g.type}, contract says ${f.type}`);
        if (JSON.stringify(g.defaultValue) !== JSON.stringify(f.defaultValue)) diffs.push(`${want.name}.${f.name}: default differs`);
      }
      for (const g of Object.values((got as typeof want).getFields())) {
        if (!want.getFields()[g.name] && isNonNullType(g.type) && g.defaultValue === undefined) {
          diffs.push(`${want.name}.${g.name}: added required input field`);
        }
      }
    } else if (isEnumType(want)) {
      const w = want.getValues().map((v) => v.name);
      const g = (got as typeof want).getValues().map((v) => v.name);
      for (const v of w) if (!g.includes(v)) diffs.push(`${want.name}.${v}: missing enum value`);
      for (const v of g) if (!w.includes(v)) diffs.push(`${want.name}.${v}: enum value not in the contract`);
    }
  }
  for (const op of ['Query', 'Mutation', 'Subscription'] as const) {
    const want = op === 'Query' ? contract.getQueryType() : op === 'Mutation' ? contract.getMutationType() : contract.getSubscriptionType();
    const got = op === 'Query' ? actual.getQueryType() : op === 'Mutation' ? actual.getMutationType() : actual.getSubscriptionType();
    if (want && got?.name !== want.name) diffs.push(`schema ${op} root is ${got?.name}, contract says ${want.name}`);
  }
  return diffs;
}

describe('GraphQL schema = contract (shared/contract/schema.graphql)', () => {
  let apis: LocalApis;
  let contract: GraphQLSchema;

  before(async () => {
    const file = CONTRACT_CANDIDATES.find((f) => existsSync(f));
    assert.ok(file, `contract not found in ${CONTRACT_CANDIDATES.join(', ')}`);
    contract = buildSchema(readFileSync(file, 'utf8'));
    apis = await startLocalApis(1);
  });
  after(async () => apis?.stop());

  it('has every contract type, field, argument, default, nullability and enum value', async () => {
    const res = await gql<IntrospectionQuery>(apis.url, getIntrospectionQuery());
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const actual = buildClientSchema(res.data!);
    assert.deepEqual(contractDifferences(contract, actual), []);
  });

  it('the diff notices a break (self-check of the comparison)', () => {
    const broken = buildSchema(
      readFileSync(
        CONTRACT_CANDIDATES.find((f) => existsSync(f))!,
        'utf8',
      )
        .replace('first: Int = 20', 'first: Int = 10')
        .replace('lastMessage: Message!', 'lastMessage: Message')
        .replace('  SPAM\n', '')
        .replace('type Tag {', 'type Label {')
        .replace('tags: [Tag!]!', 'tags: [Label!]!')
        .replace('tags: [Tag!]!', 'tags: [Label!]!'),
    );
    const diffs = contractDifferences(contract, broken);
    assert.ok(
      diffs.some((d) => d.includes('Query.conversations(first): default 10')),
      diffs.join('\n'),
    );
    assert.ok(
      diffs.some((d) => d.startsWith('Conversation.lastMessage: type Message')),
      diffs.join('\n'),
    );
    assert.ok(
      diffs.some((d) => d === 'ConversationStatus.SPAM: missing enum value'),
      diffs.join('\n'),
    );
    assert.ok(
      diffs.some((d) => d === 'Tag: missing type'),
      diffs.join('\n'),
    );
  });

  it('names the date scalar DateTime and keeps the contract enum names', async () => {
    const res = await gql(apis.url, '{ __schema { types { name kind } } }');
    const names = new Map<string, string>(res.data.__schema.types.map((t: { name: string; kind: string }) => [t.name, t.kind]));
    assert.equal(names.get('DateTime'), 'SCALAR');
    for (const e of ['ConversationSource', 'ConversationStatus', 'StatusOrigin', 'MessageRole']) assert.equal(names.get(e), 'ENUM', e);
  });
});
