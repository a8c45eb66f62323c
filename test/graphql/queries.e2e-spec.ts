// Queries and mutations of the GraphQL API on the real system: auth, the list (order, keyset
// cursors), the detail and the mutations. Each test has workspaces of its own; lists of many rows
// are seeded with SQL (test/graphql/support/seed.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { codesOf, type System, startSystem } from '../support/system';
import { seedConversation } from './support/seed';

const T0 = Date.parse('2026-06-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const LIST = `query($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title lastMessageAt status source } }
  }
}`;
const BY_ID = 'query($id: ID!) { conversation(id: $id) { id } }';

describe('GraphQL queries', () => {
  let sys: System;
  let n = 0;
  const workspace = async (name: string, phoneNumberId?: string) => sys.createWorkspace(`${name} ${++n}`, phoneNumberId);

  before(async () => {
    // many requests in a row from one token: the rate limit is not under test here
    sys = await startSystem({ env: { GRAPHQL_RATE_LIMIT: '1000/1000' } });
  });
  after(async () => sys?.stop());

  describe('auth', () => {
    it('refuses a missing, wrong or malformed token with UNAUTHENTICATED', async () => {
      for (const token of [undefined, 'cv_not-a-real-token']) {
        const res = await sys.gql('{ conversations { totalCount } }', {}, token);
        assert.deepEqual(codesOf(res), ['UNAUTHENTICATED']);
        assert.equal(res.data, null);
      }
      const malformed = await sys.gqlRaw('{ tags { id } }', {}, { authorization: 'Basic abc' });
      assert.deepEqual(codesOf(malformed.body), ['UNAUTHENTICATED']);
    });

    it('createWorkspace: admin token only (workspace token FORBIDDEN, none UNAUTHENTICATED); the token is shown once, stored hashed', async () => {
      const A = await workspace('Acme');
      const q = 'mutation { createWorkspace(name: "X") { apiToken workspace { id } } }';
      assert.deepEqual(codesOf(await sys.gql(q, {}, A.apiToken)), ['FORBIDDEN']);
      assert.deepEqual(codesOf(await sys.gql(q)), ['UNAUTHENTICATED']);
      assert.deepEqual(codesOf(await sys.gql(q, {}, 'wrong')), ['UNAUTHENTICATED']);
      const blank = await sys.gql('mutation { createWorkspace(name: "  ") { apiToken } }', {}, sys.adminToken);
      assert.deepEqual(codesOf(blank), ['BAD_USER_INPUT']);
      assert.equal(blank.errors![0].extensions!.field, 'name');

      const phoneId = `555${Date.now()}`;
      const created = await sys.gqlOk(
        'mutation($p: String) { createWorkspace(name: " Third ", whatsappPhoneNumberId: $p) { apiToken workspace { id name whatsappPhoneNumberId } } }',
        { p: phoneId },
        sys.adminToken,
      );
      const { apiToken, workspace: ws } = created.createWorkspace;
      assert.equal(ws.name, 'Third');
      assert.equal(ws.whatsappPhoneNumberId, phoneId);
      const rows = await sys.sql('select name, token_hash from api_token where workspace_id = $1', [ws.id]);
      assert.deepEqual(rows, [{ name: 'default', token_hash: createHash('sha256').update(apiToken).digest('hex') }]);
      assert.ok(
        !JSON.stringify(await sys.sql('select * from workspace where id = $1', [ws.id])).includes(apiToken),
        'the token itself is not stored',
      );
      const dup = await sys.gql(
        'mutation($p: String) { createWorkspace(name: "Dup", whatsappPhoneNumberId: $p) { apiToken } }',
        { p: phoneId },
        sys.adminToken,
      );
      assert.deepEqual(codesOf(dup), ['BAD_USER_INPUT']);
      assert.equal(dup.errors![0].extensions!.reason, 'CONFLICT');
      assert.equal(dup.errors![0].extensions!.field, 'whatsappPhoneNumberId');
      // the new token works, and sees an empty workspace
      assert.equal((await sys.gqlOk('{ conversations { totalCount } }', {}, apiToken)).conversations.totalCount, 0);
    });

    it('the admin token is not a workspace token: FORBIDDEN on workspace queries', async () => {
      assert.deepEqual(codesOf(await sys.gql('{ statusCounts { status count } }', {}, sys.adminToken)), ['FORBIDDEN']);
    });
  });

  describe('list', () => {
    /** A workspace with 23 conversations a minute apart, 3 at the same time and one not yet reviewed. */
    async function listWorkspace() {
      const ws = await workspace('List');
      const seeded: { id: string; at: Date }[] = [];
      for (let i = 0; i < 23; i++)
        seeded.push({ id: await seedConversation(sys, ws.id, { lastMessageAt: at(i), name: `Customer ${i}` }), at: at(i) });
      // three with the same lastMessageAt: ordered by id desc
      for (let i = 0; i < 3; i++)
        seeded.push({ id: await seedConversation(sys, ws.id, { lastMessageAt: at(30), name: `Tie ${i}` }), at: at(30) });
      const hidden = await seedConversation(sys, ws.id, { lastMessageAt: at(40), visible: false });
      const order = () =>
        [...seeded].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((s) => s.id);
      return { token: ws.apiToken, id: ws.id, seeded, hidden, order };
    }

    /** All ids of the list, following cursors `pageSize` at a time. */
    async function allIds(token: string, pageSize: number): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const data: any = await sys.gqlOk(LIST, { first: pageSize, after }, token);
        ids.push(...data.conversations.edges.map((e: any) => e.node.id));
        if (!data.conversations.pageInfo.hasNextPage) return ids;
        after = data.conversations.pageInfo.endCursor;
      }
      throw new Error('too many pages');
    }

    it('shows reviewed conversations only, newest lastMessageAt first (ties: id desc), with totalCount', async () => {
      const w = await listWorkspace();
      const data = await sys.gqlOk(LIST, { first: 100 }, w.token);
      const ids = data.conversations.edges.map((e: any) => e.node.id);
      assert.deepEqual(ids, w.order());
      assert.equal(data.conversations.totalCount, w.seeded.length);
      assert.ok(!ids.includes(w.hidden));
      assert.equal(data.conversations.pageInfo.hasNextPage, false);
      const dflt = await sys.gqlOk('{ conversations { edges { node { id } } pageInfo { hasNextPage } } }', {}, w.token);
      assert.equal(dflt.conversations.edges.length, 20, 'first defaults to 20');
      assert.equal(dflt.conversations.pageInfo.hasNextPage, true);
    });

    it('pages through every conversation exactly once with cursors, whatever the page size', async () => {
      const w = await listWorkspace();
      for (const size of [1, 4, 7, 26]) assert.deepEqual(await allIds(w.token, size), w.order(), `page size ${size}`);
    });

    it('keeps cursors correct while new conversations arrive', async () => {
      const w = await listWorkspace();
      const page1 = await sys.gqlOk(LIST, { first: 5 }, w.token);
      // a newer conversation arrives: the next page goes on where the first stopped
      const newer = await seedConversation(sys, w.id, { lastMessageAt: at(50) });
      const page2 = await sys.gqlOk(LIST, { first: 5, after: page1.conversations.pageInfo.endCursor }, w.token);
      const ids = [...page1.conversations.edges, ...page2.conversations.edges].map((e: any) => e.node.id);
      assert.deepEqual(ids, w.order().slice(0, 10));
      assert.ok(!ids.includes(newer));
      assert.equal(page2.conversations.totalCount, w.seeded.length + 1);
    });

    it('refuses a forged or broken cursor with BAD_USER_INPUT naming after', async () => {
      const w = await workspace('Cursors');
      for (const after of ['nope!', Buffer.from('{"t":1}').toString('base64url'), 'eyJ']) {
        const res = await sys.gql(LIST, { first: 2, after }, w.apiToken);
        assert.deepEqual(codesOf(res), ['BAD_USER_INPUT'], after);
        assert.equal(res.errors![0].extensions!.field, 'after');
      }
    });

    it('statusCounts counts visible conversations for every status', async () => {
      const w = await listWorkspace();
      const data = await sys.gqlOk('{ statusCounts { status count } }', {}, w.token);
      assert.equal(data.statusCounts.length, 10);
      assert.equal(data.statusCounts.find((s: any) => s.status === 'IN_PROGRESS').count, w.seeded.length);
      assert.equal(data.statusCounts.find((s: any) => s.status === 'SPAM').count, 0);
    });
  });

  describe('detail', () => {
    async function detailConversation() {
      const ws = await workspace('Detail');
      const id = await seedConversation(sys, ws.id, {
        lastMessageAt: at(-100),
        name: 'Detail Person',
        phone: '+441234567890',
        visible: false,
        messages: ['m1', 'm2', 'm3', 'm4', 'm5'],
      });
      await sys.sql(
        `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer, reviewed_at)
         values ($1, $2, 2, 'old', 10, 'IN_PROGRESS', 'builtin', now() - interval '1 hour'), ($1, $2, 5, 'latest', 80, 'OPPORTUNITY', 'openai:gpt', now())`,
        [ws.id, id],
      );
      await sys.sql(
        `insert into note (workspace_id, conversation_id, body, author_kind, author_name, created_at)
         values ($1, $2, 'older', 'API_TOKEN', 'API', now() - interval '1 minute'), ($1, $2, 'newer', 'API_TOKEN', 'API', now())`,
        [ws.id, id],
      );
      return { token: ws.apiToken, id };
    }

    it('returns any conversation of the workspace, reviewed or not, with contact, last message, review, notes newest first', async () => {
      const { token, id } = await detailConversation();
      const q = `query($id: ID!) { conversation(id: $id) {
        id title visible messageCount contact { name phone } lastMessage { text role conversationId }
        review { summary qualityScore suggestedStatus reviewer } reviews { summary } notes { body } tags { name } } }`;
      const c = (await sys.gqlOk(q, { id }, token)).conversation;
      assert.equal(c.visible, false);
      assert.equal(c.title, 'Detail Person');
      assert.equal(c.messageCount, 5);
      assert.deepEqual(c.contact, { name: 'Detail Person', phone: '+441234567890' });
      assert.deepEqual(c.lastMessage, { text: 'm5', role: 'CUSTOMER', conversationId: id });
      assert.deepEqual(c.review, { summary: 'latest', qualityScore: 80, suggestedStatus: 'OPPORTUNITY', reviewer: 'openai:gpt' });
      assert.deepEqual(c.reviews, [{ summary: 'latest' }, { summary: 'old' }]);
      assert.deepEqual(
        c.notes.map((note: any) => note.body),
        ['newer', 'older'],
      );
      assert.deepEqual(c.tags, []);
    });

    it('null for an unknown id, a non-uuid, or another workspace', async () => {
      const { token, id } = await detailConversation();
      const other = await workspace('Detail other');
      for (const [t, cid] of [
        [token, '00000000-0000-4000-8000-000000000000'],
        [token, 'not-a-uuid'],
        [other.apiToken, id],
      ]) {
        const res = await sys.gql(BY_ID, { id: cid }, t);
        assert.equal(res.errors, undefined);
        assert.equal(res.data.conversation, null);
      }
    });

    it('pages messages oldest first with cursors and totalCount', async () => {
      const { token, id } = await detailConversation();
      const q = `query($id: ID!, $first: Int, $after: String) { conversation(id: $id) {
        messages(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text } } } } }`;
      const texts: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const m: any = (await sys.gqlOk(q, { id, first: 2, after }, token)).conversation.messages;
        assert.equal(m.totalCount, 5);
        texts.push(...m.edges.map((e: any) => e.node.text));
        if (!m.pageInfo.hasNextPage) break;
        after = m.pageInfo.endCursor;
      }
      assert.deepEqual(texts, ['m1', 'm2', 'm3', 'm4', 'm5']);
      const dflt = await sys.gqlOk('query($id: ID!) { conversation(id: $id) { messages { edges { node { text } } } } }', { id }, token);
      assert.equal(dflt.conversation.messages.edges.length, 5);
    });
  });
});
