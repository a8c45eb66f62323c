// The GraphQL API's protections on the real system: page sizes, depth, cost, root fields, safe error
// details by default, and the statement count of a list page (no N+1: the same few statements at 5
// rows as at 50, read from extensions.sqlStatements with DEBUG_SQL_COUNT=1 and x-debug-sql-count).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codesOf, type GqlResult, type System, startSystem } from '../support/system';
import { seedConversation } from './support/seed';

const LIST = 'query($first: Int) { conversations(first: $first) { totalCount edges { node { id title } } } }';

const FULL_PAGE = `query($first: Int) {
  conversations(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title source status statusOrigin lastMessageAt messageCount visible createdAt
      contact { id name phone email }
      lastMessage { id conversationId role text sentAt }
      messages(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id role text sentAt } } }
      tags { id name }
      notes { id body createdAt author { kind name } }
      review { summary qualityScore reviewedAt suggestedStatus reviewer criteria { key score } }
    } }
  }
}`;

describe('GraphQL limits, error details and statement counts', () => {
  let sys: System;
  let token: string;
  let n = 0;
  const gqlWith = async (url: string, query: string, tok: string, headers: Record<string, string> = {}, variables = {}) =>
    (await sys.gqlRaw(query, variables, { authorization: `Bearer ${tok}`, ...headers }, url)).body as GqlResult;

  before(async () => {
    sys = await startSystem({ env: { GRAPHQL_RATE_LIMIT: '1000/1000' } });
    const ws = await sys.createWorkspace('Limits');
    token = ws.apiToken;
    await seedConversation(sys, ws.id, { lastMessageAt: new Date(), name: 'One' });
  });
  after(async () => sys?.stop());

  it('first above 100 or negative is BAD_USER_INPUT naming first, for conversations and messages', async () => {
    // (a far larger first is refused earlier still, as too complex)
    for (const first of [101, -1, 400]) {
      const res = await sys.gql(LIST, { first }, token);
      assert.deepEqual(codesOf(res), ['BAD_USER_INPUT'], String(first));
      assert.equal(res.errors![0].extensions!.field, 'first');
    }
    const msgs = await sys.gql('{ conversations(first: 1) { edges { node { messages(first: 101) { totalCount } } } } }', {}, token);
    assert.deepEqual(codesOf(msgs), ['BAD_USER_INPUT']);
    assert.ok((await sys.gqlOk(LIST, { first: 100 }, token)).conversations.edges.length > 0);
  });

  it('refuses queries nested too deep', async () => {
    let sel = 'id';
    for (let i = 0; i < 6; i++) sel = `lastMessage { conversation { ${sel} } }`;
    const res = await sys.gql(`{ conversations(first: 1) { edges { node { ${sel} } } } }`, {}, token);
    assert.equal(res.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(String(res.errors?.[0].message), /nested \d+ levels deep/);
  });

  it('refuses queries that are too expensive, counting variables, and too many root fields', async () => {
    const q = 'query($n: Int) { conversations(first: 100) { edges { node { messages(first: $n) { edges { node { id text } } } } } } }';
    const res = await sys.gql(q, { n: 100 }, token);
    assert.equal(res.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(String(res.errors?.[0].message), /too complex/);
    assert.equal(res.data, undefined, 'nothing ran');
    assert.equal((await sys.gql(q, { n: 5 }, token)).errors, undefined);
    let aliases = '';
    for (let i = 0; i < 21; i++) aliases += ` a${i}: tags { name }`;
    const wide = await sys.gql(`{${aliases} }`, {}, token);
    assert.equal(wide.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(String(wide.errors?.[0].message), /21 root fields/);
    let costly = '';
    for (let i = 0; i < 18; i++) costly += ` a${i}: conversations(first: 100) { edges { node { id tags { name } } } }`;
    assert.match((await sys.gql(`{${costly} }`, {}, token)).errors?.[0].message ?? '', /too complex/);
  });

  it('errors carry a code; stack traces only in development', async () => {
    const res = await sys.gql(LIST, { first: 101 }, token);
    assert.deepEqual(codesOf(res), ['BAD_USER_INPUT']);
    assert.equal(res.errors![0].extensions!.stacktrace, undefined, 'NODE_ENV=test is not development');
    const parse = await sys.gql('{ conversations(', {}, token);
    assert.equal(parse.errors![0].extensions!.code, 'GRAPHQL_PARSE_FAILED');
    assert.equal(parse.errors![0].extensions!.stacktrace, undefined);
    const dev = await sys.startApi({ NODE_ENV: 'development' });
    const devRes = await gqlWith(dev, LIST, token, {}, { first: 101 });
    assert.deepEqual(codesOf(devRes), ['BAD_USER_INPUT']);
    assert.ok(Array.isArray(devRes.errors![0].extensions!.stacktrace), 'NODE_ENV=development shows the stack');
  });

  it('reports statement counts only with DEBUG_SQL_COUNT=1 and the x-debug-sql-count header', async () => {
    assert.equal(
      typeof (await gqlWith(sys.apiUrl, '{ tags { id } }', token, { 'x-debug-sql-count': '1' })).extensions?.sqlStatements,
      'number',
    );
    assert.equal((await gqlWith(sys.apiUrl, '{ tags { id } }', token)).extensions?.sqlStatements, undefined, 'not without the header');
    const plain = await sys.startApi({ DEBUG_SQL_COUNT: '' });
    const counted = await gqlWith(plain, '{ tags { id } }', token, { 'x-debug-sql-count': '1' });
    assert.equal(counted.errors, undefined);
    assert.equal(counted.extensions?.sqlStatements, undefined, 'no statement count without DEBUG_SQL_COUNT=1');
  });

  it('a list page with every field costs the same few statements at 5 or 50 rows', async (t) => {
    const ws = await sys.createWorkspace(`Many ${++n}`);
    for (let i = 0; i < 60; i++) {
      await seedConversation(sys, ws.id, {
        lastMessageAt: new Date(Date.now() - i * 60_000),
        name: `Many ${i}`,
        messages: ['a', 'b', 'c', 'd'],
        tags: [`t${i % 3}`, 'all'],
        notes: [`note ${i}`],
      });
    }
    // a token's first use also records lastUsedAt: not part of what is compared
    await gqlWith(sys.apiUrl, '{ tags { id } }', ws.apiToken);
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const res = await gqlWith(sys.apiUrl, FULL_PAGE, ws.apiToken, { 'x-debug-sql-count': '1' }, { first });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const edges = res.data.conversations.edges;
      assert.equal(edges.length, first);
      const node = edges[0].node;
      assert.equal(node.contact.name, node.title);
      assert.equal(node.lastMessage.text, 'd');
      assert.equal(node.messages.edges.length, 3);
      assert.equal(node.messages.totalCount, 4);
      assert.equal(node.tags.length, 2);
      assert.equal(node.notes.length, 1);
      assert.equal(node.review.summary, 'Seeded review');
      counts.push(res.extensions!.sqlStatements);
    }
    t.diagnostic(`SQL statements for 5 rows: ${counts[0]}, for 50 rows: ${counts[1]} (auth included)`);
    assert.equal(counts[0], counts[1], `statements: ${counts.join(' vs ')}`);
    assert.ok(counts[1] <= 8, `statements: ${counts[1]}`);
  });
});
