// Filters and search of the conversation list on the real system: filters in PostgreSQL, search in
// Meilisearch (indexed by the worker's sync loop), both scoped to the caller's workspace. Each test
// seeds a workspace of its own and waits until the worker has indexed it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codesOf, type System, startSystem } from '../support/system';
import { seedConversation } from './support/seed';

const T0 = Date.parse('2026-06-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const LIST = `query($filter: ConversationFilter, $first: Int, $after: String, $orderBy: ConversationOrder) {
  conversations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id } highlights { field text matches { start length } } }
  }
}`;

describe('GraphQL filters and search', () => {
  let sys: System;
  let n = 0;

  before(async () => {
    sys = await startSystem({ env: { GRAPHQL_RATE_LIMIT: '1000/1000' } });
  });
  after(async () => sys?.stop());

  /** Four conversations of a new workspace, indexed: Giulia (10'), Marco (20'), a widget visitor (30'), Anna (40'). */
  async function fourConversations() {
    const ws = await sys.createWorkspace(`Filters ${++n}`);
    const ids = {
      giulia: await seedConversation(sys, ws.id, {
        key: '393471234567',
        name: 'Giulia Bianchi',
        phone: '+393471234567',
        status: 'QUOTE_REQUEST',
        qualityScore: 90,
        lastMessageAt: at(10),
        messages: ['Vorrei un preventivo per un impianto fotovoltaico', 'Certo, le mando il preventivo'],
        tags: ['VIP', 'Solar'],
      }),
      marco: await seedConversation(sys, ws.id, {
        key: '393339998877',
        name: 'Marco Rossi',
        status: 'QUOTE_REQUEST',
        qualityScore: 40,
        lastMessageAt: at(20),
        messages: ['Quanto costa una pompa di calore?'],
        tags: ['vip'],
      }),
      widget: await seedConversation(sys, ws.id, {
        source: 'WIDGET',
        key: 'session-abc123',
        name: null,
        phone: null,
        status: 'SPAM',
        qualityScore: 5,
        lastMessageAt: at(30),
        messages: ['Buy cheap followers now'],
        tags: ['Solar'],
      }),
      anna: await seedConversation(sys, ws.id, {
        key: '393201112233',
        name: 'Anna Verdi',
        status: 'FOLLOW_UP',
        qualityScore: 75,
        lastMessageAt: at(40),
        messages: ['Preventivo ricevuto, grazie. Richiamatemi per il fotovoltaico'],
      }),
    };
    await sys.waitForIndexed(ws.id);
    const list = async (filter: Record<string, unknown>, more: Record<string, unknown> = {}) => {
      const data = await sys.gqlOk(LIST, { filter, first: 20, ...more }, ws.apiToken);
      return { ids: data.conversations.edges.map((e: any) => e.node.id) as string[], total: data.conversations.totalCount as number };
    };
    /** Newest first, so expectations do not depend on relevance. */
    const search = (filter: Record<string, unknown>) => list(filter, { orderBy: 'NEWEST' });
    return { ws, ids, list, search };
  }

  it('filters by statuses, sources, quality range and lastMessageAt bounds, combined; a bad bound names its field', async () => {
    const { ws, ids, list } = await fourConversations();
    assert.deepEqual((await list({ statuses: ['QUOTE_REQUEST'] })).ids, [ids.marco, ids.giulia]);
    assert.deepEqual((await list({ statuses: ['SPAM', 'FOLLOW_UP'] })).ids, [ids.anna, ids.widget]);
    assert.deepEqual((await list({ sources: ['WIDGET'] })).ids, [ids.widget]);
    assert.deepEqual((await list({ minQualityScore: 40, maxQualityScore: 80 })).ids, [ids.anna, ids.marco]);
    assert.deepEqual((await list({ from: at(20).toISOString(), to: at(30).toISOString() })).ids, [ids.widget, ids.marco]);
    const combined = await list({ statuses: ['QUOTE_REQUEST'], sources: ['WHATSAPP'], minQualityScore: 50, from: at(0).toISOString() });
    assert.deepEqual(combined, { ids: [ids.giulia], total: 1 });
    const bad = await sys.gql(LIST, { filter: { minQualityScore: 101 } }, ws.apiToken);
    assert.deepEqual(codesOf(bad), ['BAD_USER_INPUT']);
    assert.equal(bad.errors![0].extensions!.field, 'filter.minQualityScore');
  });

  it('tags: all must match, case-insensitively; an unknown tag matches nothing', async () => {
    const { ws, ids, list } = await fourConversations();
    assert.deepEqual((await list({ tags: ['vip'] })).ids, [ids.marco, ids.giulia]);
    assert.deepEqual((await list({ tags: ['VIP', 'solar'] })).ids, [ids.giulia]);
    assert.deepEqual((await list({ tags: ['Solar'] })).ids, [ids.widget, ids.giulia]);
    assert.deepEqual(await list({ tags: ['vip', 'nope'] }), { ids: [], total: 0 });
    const tags = await sys.gqlOk('{ tags { name } }', {}, ws.apiToken);
    assert.deepEqual(
      tags.tags.map((t: any) => t.name),
      ['Solar', 'VIP'],
    );
  });

  it('search finds a phone number in any spelling', async () => {
    const { ids, search } = await fourConversations();
    for (const q of ['+39 347 123 4567', '3471234567', '393471234567', '+393471234567']) {
      assert.deepEqual(await search({ search: q }), { ids: [ids.giulia], total: 1 }, q);
    }
  });

  it('search is typo tolerant, matches message text and titles, and combines with filters', async () => {
    const { ids, search } = await fourConversations();
    assert.deepEqual((await search({ search: 'fotovoltaco' })).ids, [ids.anna, ids.giulia]);
    assert.deepEqual((await search({ search: 'preventivo' })).ids, [ids.anna, ids.giulia]);
    assert.deepEqual((await search({ search: 'Giulia Bianchi' })).ids, [ids.giulia]);
    assert.deepEqual((await search({ search: 'preventivo', statuses: ['FOLLOW_UP'] })).ids, [ids.anna]);
    assert.deepEqual((await search({ search: 'preventivo', tags: ['vip'] })).ids, [ids.giulia]);
    assert.deepEqual((await search({ search: 'preventivo', minQualityScore: 80 })).ids, [ids.giulia]);
    assert.deepEqual(await search({ search: 'preventivo', tags: ['unknown-tag'] }), { ids: [], total: 0 });
  });

  it('each search edge says what matched; a list without search has no highlights', async () => {
    const { ws } = await fourConversations();
    const found = await sys.gqlOk(LIST, { filter: { search: 'Giulia' } }, ws.apiToken);
    const highlights = found.conversations.edges[0].highlights;
    assert.ok(highlights.length > 0, JSON.stringify(found));
    const h = highlights[0];
    assert.equal(h.text.slice(h.matches[0].start, h.matches[0].start + h.matches[0].length).toLowerCase(), 'giulia');
    const plain = await sys.gqlOk(LIST, {}, ws.apiToken);
    assert.ok(plain.conversations.edges.every((e: any) => e.highlights.length === 0));
  });

  it('search pages with cursors like the list', async () => {
    const { ws, ids } = await fourConversations();
    const vars = { filter: { search: 'preventivo' }, first: 1, orderBy: 'NEWEST' };
    const p1 = await sys.gqlOk(LIST, vars, ws.apiToken);
    assert.equal(p1.conversations.pageInfo.hasNextPage, true);
    assert.equal(p1.conversations.totalCount, 2);
    const p2 = await sys.gqlOk(LIST, { ...vars, after: p1.conversations.pageInfo.endCursor }, ws.apiToken);
    assert.deepEqual(
      [...p1.conversations.edges, ...p2.conversations.edges].map((e: any) => e.node.id),
      [ids.anna, ids.giulia],
    );
    assert.equal(p2.conversations.pageInfo.hasNextPage, false);
  });

  it('isolation: another workspace finds nothing of these, by list, id, search, tag, counts or mutation', async () => {
    const { ids, search } = await fourConversations();
    assert.deepEqual((await search({ search: 'Giulia' })).ids, [ids.giulia]);
    const B = await sys.createWorkspace(`Filters other ${++n}`);
    const other = (q: string, v: Record<string, unknown> = {}) => sys.gql(q, v, B.apiToken);
    assert.equal((await other(LIST, { filter: { search: 'Giulia' } })).data.conversations.totalCount, 0);
    assert.equal((await other(LIST, { filter: { search: '3471234567' } })).data.conversations.edges.length, 0);
    assert.equal((await other(LIST, { filter: { tags: ['VIP'] } })).data.conversations.totalCount, 0);
    assert.equal((await other(LIST, {})).data.conversations.totalCount, 0);
    assert.equal((await other('query($id: ID!) { conversation(id: $id) { id } }', { id: ids.giulia })).data.conversation, null);
    assert.deepEqual((await other('{ tags { id } }')).data.tags, []);
    assert.ok((await other('{ statusCounts { count } }')).data.statusCounts.every((c: any) => c.count === 0));
    for (const m of [
      'mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }',
      'mutation($id: ID!) { removeTag(conversationId: $id, name: "VIP") { id } }',
      'mutation($id: ID!) { addNote(conversationId: $id, body: "x") { id } }',
      'mutation($id: ID!) { changeStatus(conversationId: $id, status: SPAM) { id } }',
    ]) {
      assert.deepEqual(codesOf(await other(m, { id: ids.giulia })), ['NOT_FOUND'], m);
    }
    const [row] = await sys.sql(
      'select status, (select count(*)::int from note where conversation_id = $1) as notes, (select count(*)::int from conversation_tag where conversation_id = $1) as tags from conversation where id = $1',
      [ids.giulia],
    );
    assert.deepEqual(row, { status: 'QUOTE_REQUEST', notes: 0, tags: 2 });
  });
});
