// Search through GraphQL on the running api and worker: messages recorded by POST /v1/messages,
// reviewed after REVIEW_DELAY, indexed by the worker's sync loop, then searched with highlights;
// two workspaces with the same words never see each other's conversations or passages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, waitFor, type System } from '../support/system';

const SEARCH = `query($q: String!, $orderBy: ConversationOrder) {
  conversations(filter: { search: $q }, first: 10, orderBy: $orderBy) {
    totalCount
    edges {
      node { id title messages(first: 10) { edges { node { id text } } } }
      highlights { field text messageId matches { start length } }
    }
  }
}`;

interface Edge {
  node: { id: string; title: string; messages: { edges: { node: { id: string; text: string } }[] } };
  highlights: { field: string; text: string; messageId: string | null; matches: { start: number; length: number }[] }[];
}

const marked = (h: Edge['highlights'][number]) => h.matches.map((m) => h.text.slice(m.start, m.start + m.length));

describe('search through GraphQL (e2e)', () => {
  let sys: System;
  const ws: { id: string; apiToken: string }[] = [];

  const post = (token: string, key: string, n: number, role: 'CUSTOMER' | 'AGENT', text: string, contact?: Record<string, string>) =>
    sys.postMessage(token, {
      source: 'WHATSAPP',
      conversationKey: key,
      messageId: `${key}-${n}`,
      role,
      text,
      ...(contact ? { contact } : {}),
    });

  before(async () => {
    sys = await startSystem({ reviewDelay: '1s', env: { GRAPHQL_RATE_LIMIT: '1000/1000' } });
    for (const name of ['Acme Solar', 'Other Solar']) {
      const w = await sys.createWorkspace(name);
      ws.push(w);
      // the same customer and words in both workspaces
      await post(w.apiToken, '393471234567', 1, 'CUSTOMER', 'Buongiorno, vorrei un preventivo per un impianto fotovoltaico a Bergamo', {
        name: 'Giulia Bianchi',
      });
      await post(w.apiToken, '393471234567', 2, 'AGENT', 'Certo! Perché non ci sentiamo domani?');
      await post(w.apiToken, '393339998877', 1, 'CUSTOMER', 'Quanto costa una pompa di calore?', { name: 'Marco Rossi' });
    }
    for (const w of ws) {
      const visible = async () =>
        (await sys.sql<{ n: number }>('select count(*)::int as n from conversation where workspace_id = $1 and visible', [w.id]))[0].n ===
        2;
      await waitFor(visible, 60_000, `conversations of ${w.id} reviewed`);
      await sys.waitForIndexed(w.id);
    }
  });
  after(async () => sys?.stop());

  it('finds by message text with the matched message, its id and the offsets of the words; plain text', async () => {
    const data = await sys.gqlOk<{ conversations: { totalCount: number; edges: Edge[] } }>(
      SEARCH,
      { q: 'impianto fotovoltaico' },
      ws[0].apiToken,
    );
    assert.equal(data.conversations.totalCount, 1);
    const [edge] = data.conversations.edges;
    assert.equal(edge.node.title, 'Giulia Bianchi');
    const message = edge.highlights.find((h) => h.field === 'MESSAGE');
    assert.ok(message, JSON.stringify(edge.highlights));
    const first = edge.node.messages.edges.find((e) => e.node.text.startsWith('Buongiorno'));
    assert.equal(message.messageId, first?.node.id);
    assert.deepEqual(marked(message), ['impianto', 'fotovoltaico']);
    assert.doesNotMatch(message.text, /<\/?em>/);
  });

  it('finds a phone number in any spelling, a name by relevance, a word without its accent', async () => {
    for (const q of ['+39 347 123 4567', '3471234567', '1234567']) {
      const data = await sys.gqlOk<{ conversations: { edges: Edge[] } }>(SEARCH, { q }, ws[0].apiToken);
      const [edge] = data.conversations.edges;
      assert.equal(edge?.node.title, 'Giulia Bianchi', q);
      assert.ok(
        edge.highlights.some((h) => h.field === 'PHONE' && h.text === '+393471234567'),
        JSON.stringify(edge.highlights),
      );
    }
    const byName = await sys.gqlOk<{ conversations: { edges: Edge[] } }>(SEARCH, { q: 'Marco Rossi' }, ws[0].apiToken);
    assert.deepEqual(byName.conversations.edges[0].highlights[0], {
      field: 'TITLE',
      text: 'Marco Rossi',
      messageId: null,
      matches: [
        { start: 0, length: 5 },
        { start: 6, length: 5 },
      ],
    });
    const accent = await sys.gqlOk<{ conversations: { edges: Edge[] } }>(SEARCH, { q: 'perche' }, ws[0].apiToken);
    assert.deepEqual(marked(accent.conversations.edges[0].highlights[0]), ['Perché']);
  });

  it("another workspace's conversations are never in the results or the highlights", async () => {
    const own = async (w: { id: string; apiToken: string }) =>
      new Set(
        (
          await sys.sql<{ id: string }>(
            'select id from conversation where workspace_id = $1 union all select id from message where workspace_id = $1',
            [w.id],
          )
        ).map((r) => r.id),
      );
    const [mine, theirs] = [await own(ws[0]), await own(ws[1])];
    for (const q of ['Giulia Bianchi', 'impianto fotovoltaico', '3471234567', 'pompa di calore', 'perche']) {
      for (const [w, ids, others] of [
        [ws[0], mine, theirs],
        [ws[1], theirs, mine],
      ] as const) {
        const data = await sys.gqlOk<{ conversations: { totalCount: number; edges: Edge[] } }>(
          SEARCH,
          { q, orderBy: 'NEWEST' },
          w.apiToken,
        );
        assert.equal(data.conversations.edges.length, 1, q);
        assert.equal(data.conversations.totalCount, 1, q);
        for (const e of data.conversations.edges) {
          assert.ok(ids.has(e.node.id) && !others.has(e.node.id), q);
          for (const h of e.highlights) if (h.messageId) assert.ok(ids.has(h.messageId) && !others.has(h.messageId), q);
        }
      }
    }
  });
});
