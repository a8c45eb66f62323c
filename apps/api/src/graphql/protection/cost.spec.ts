import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { costError, MAX_COST, operationCost } from './cost';
import { MAX_ROOT_FIELDS, shapeLimitsRule } from './shape-limits.rule';

const schema = buildSchema(`
  input ConversationFilter { search: String }
  type PageInfo { hasNextPage: Boolean! }
  type Message { id: ID! text: String! }
  type MessageEdge { node: Message! }
  type MessageConnection { edges: [MessageEdge!]! totalCount: Int! }
  type Tag { name: String! }
  type Conversation { id: ID! title: String! tags: [Tag!]! messages(first: Int = 50): MessageConnection! }
  type ConversationEdge { node: Conversation! }
  type ConversationConnection { edges: [ConversationEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Query { conversations(filter: ConversationFilter, first: Int = 20): ConversationConnection! }
`);

const cost = (q: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(q), undefined, variables);
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('operation cost', () => {
  it('first: 0 is no way around a count: totalCount costs what it costs whatever the page size', () => {
    assert.ok(cost('{ conversations(first: 0) { totalCount } }') >= 50);
    assert.ok(cost('{ conversations(first: 0) { totalCount } }') === cost('{ conversations(first: 1) { totalCount } }'));
  });

  it('a search costs like a hundred fields; a page multiplies what is below it by first; other lists by 10', () => {
    const plain = cost('{ conversations(first: 10) { edges { node { id } } } }');
    const searched = cost('{ conversations(first: 10, filter: { search: "x" }) { edges { node { id } } } }');
    assert.equal(searched - plain, 100);
    assert.ok(cost('{ conversations(first: 20) { edges { node { tags { name } } } } }') > 20 * 10);
    assert.equal(
      cost('query($n: Int) { conversations(first: $n) { edges { node { id } } } }', { n: 50 }),
      cost('{ conversations(first: 50) { edges { node { id } } } }'),
    );
  });

  it('estimates a document once per shape of its variables: the search text aside, page sizes and a blank search apart', () => {
    const doc = parse('query($f: ConversationFilter, $n: Int) { conversations(filter: $f, first: $n) { edges { node { id } } } }');
    const of = (variables: Record<string, unknown>) => operationCost(schema, doc, undefined, variables);
    assert.equal(of({ f: { search: 'boiler' }, n: 10 }), of({ f: { search: 'solar panels' }, n: 10 }));
    assert.equal(of({ f: { search: 'boiler' }, n: 10 }) - of({ f: { search: '  ' }, n: 10 }), 100);
    assert.ok(of({ f: { search: 'boiler' }, n: 50 }) > of({ f: { search: 'boiler' }, n: 10 }));
    // variables that do not fit (refused at execution) cost nothing, and are not what a fitting request of that shape costs
    assert.equal(of({ f: { search: 'x' }, n: 'ten' }), 0);
    assert.ok(of({ f: { search: 'x' }, n: 7 }) > 0);
    const wrong = parse('query($n: Int) { conversations(first: $n) { edges { node { id } } } }');
    assert.equal(operationCost(schema, wrong, undefined, { n: 'a' }), 0);
    assert.equal(operationCost(schema, wrong, undefined, { n: 5 }), cost('{ conversations(first: 5) { edges { node { id } } } }'));
  });

  it('refuses what a page of every field would cost a thousand times', () => {
    assert.equal(costError(cost('{ conversations(first: 20) { totalCount edges { node { id title tags { name } } } } }')), undefined);
    const nested = '{ conversations(first: 100) { edges { node { messages(first: 100) { edges { node { id text } } } } } } }';
    assert.ok(cost(nested) > MAX_COST);
    assert.match(costError(cost(nested))?.message ?? '', /too complex/);
  });
});

describe('root fields and depth', () => {
  const errors = (q: string) => validate(schema, parse(q), [...specifiedRules, shapeLimitsRule]).map((e) => e.message);

  it(`at most ${MAX_ROOT_FIELDS} root fields, aliases counted (12,500 aliased counts no longer fit)`, () => {
    assert.deepEqual(errors(aliases(MAX_ROOT_FIELDS, 'conversations(first: 0) { totalCount }')), []);
    assert.match(errors(aliases(MAX_ROOT_FIELDS + 1, 'conversations(first: 0) { totalCount }')).join(), /root fields/);
    // and those that fit still cost their counts
    assert.ok(cost(aliases(MAX_ROOT_FIELDS, 'conversations(first: 0) { totalCount }')) >= MAX_ROOT_FIELDS * 50);
  });

  it('fragments are followed for both rules', () => {
    const q = `{ ...A } fragment A on Query { ${Array.from({ length: MAX_ROOT_FIELDS + 1 }, (_, i) => `a${i}: conversations { totalCount }`).join(' ')} }`;
    assert.match(errors(q).join(), /root fields/);
  });
});
