// One tenant cannot take the others' share: rate limits per credential over GraphQL, the export and
// (when configured) ingestion; every root field counts at its real cost and aliases are capped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { httpGet, startSystem, type System } from '../support/system';

describe('limits per tenant', () => {
  let s: System;
  before(async () => {
    s = await startSystem({ env: { GRAPHQL_RATE_LIMIT: '2/5', EXPORT_RATE_LIMIT: '2', INGEST_RATE_LIMIT: '1' } });
  });
  after(() => s.stop());

  it('over its GraphQL rate, a credential gets RATE_LIMITED with retryAfter (HTTP 429, Retry-After); another workspace does not', async () => {
    const [a, b] = [await s.createWorkspace('noisy'), await s.createWorkspace('quiet')];
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => s.gqlRaw('{ statusCounts { count } }', {}, { authorization: `Bearer ${a.apiToken}` })),
    );
    const limited = burst.filter((r) => r.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    assert.ok(limited.length >= 5, `${limited.length} of 12 limited`);
    assert.equal(limited[0].status, 429);
    assert.ok(Number(limited[0].headers['retry-after']) >= 1);
    assert.ok(limited[0].body.errors[0].extensions.retryAfter >= 1);
    const quiet = await s.gql('{ statusCounts { count } }', {}, b.apiToken);
    assert.equal(quiet.errors, undefined);
  });

  it('exports are limited per credential too (429 with Retry-After)', async () => {
    const { apiToken } = await s.createWorkspace('exporter');
    const statuses: number[] = [];
    let retryAfter: string | string[] | undefined;
    for (let i = 0; i < 4; i++) {
      const r = await httpGet(`${s.apiUrl}/v1/conversations/export?format=ndjson`, { authorization: `Bearer ${apiToken}` });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers['retry-after'];
    }
    assert.deepEqual(statuses, [200, 200, 429, 429]);
    assert.ok(Number(retryAfter) >= 1);
  });

  it('with INGEST_RATE_LIMIT set, a flood from one workspace is refused (429) while another records', async () => {
    const [a, b] = [await s.createWorkspace('firehose'), await s.createWorkspace('steady')];
    const msg = (i: number) => ({ source: 'WIDGET', conversationKey: 'k', messageId: `m-${i}`, role: 'CUSTOMER', text: `m ${i}` });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => s.postMessage(a.apiToken, msg(i))));
    const refused = results.filter((r) => r.status === 429);
    assert.ok(refused.length >= 1, results.map((r) => r.status).join());
    assert.equal(refused[0].body.error.code, 'RATE_LIMITED');
    assert.ok(Number(refused[0].headers['retry-after']) >= 1);
    assert.equal((await s.postMessage(b.apiToken, msg(0))).status, 202);
    // what was refused was not stored: the sender retries it later
    const stored = await s.sql<{ n: number }>(
      `select count(*)::int as n from message m join conversation c on c.id = m.conversation_id where c.workspace_id = '${a.id}'`,
    );
    assert.equal(stored[0].n, results.filter((r) => r.status === 202).length);
  });

  it('every root field counts: 20 aliased counts pass, a 21st alias is refused, and a search-heavy operation is costed', async () => {
    // a fresh bucket for the admin token (the tests above used it) and then for this credential's rate
    await new Promise((r) => setTimeout(r, 3_000));
    const { apiToken } = await s.createWorkspace('aliases');
    const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    await new Promise((r) => setTimeout(r, 3_000)); // a fresh bucket for this credential's rate
    const ok = await s.gql(aliased(20, 'conversations(first: 0) { totalCount }'), {}, apiToken);
    assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
    const tooMany = await s.gql(aliased(21, 'conversations(first: 0) { totalCount }'), {}, apiToken);
    assert.equal(tooMany.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(tooMany.errors?.[0]?.message ?? '', /root fields/);
    const heavy = await s.gql(
      aliased(20, 'conversations(first: 100, filter: { search: "x" }) { totalCount edges { node { id tags { name } } } }'),
      {},
      apiToken,
    );
    assert.match(heavy.errors?.[0]?.message ?? '', /too complex/);
  });
});
