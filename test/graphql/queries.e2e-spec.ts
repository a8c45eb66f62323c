// Queries and mutations of the GraphQL API against real PostgreSQL and Meilisearch: auth, workspace
// isolation, the list (order, keyset cursors, filters, search), the detail, mutations, limits, and
// the statement count of a list page (no N+1).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { TestDb, codesOf, createWorkspace, gql, gqlOk, seedConversation, startLocalApis, waitFor, type LocalApis } from './support-local';

const T0 = Date.parse('2026-06-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const LIST = `query($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title lastMessageAt status source } }
  }
}`;

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
      notes { id body createdAt }
      review { summary qualityScore reviewedAt suggestedStatus reviewer }
    } }
  }
}`;

describe('GraphQL queries and mutations', () => {
  let apis: LocalApis;
  let db: TestDb;
  let A: { id: string; token: string };
  let B: { id: string; token: string };
  let url: string;

  /** All ids of the list for `filter`, following cursors `pageSize` at a time. */
  async function allIds(token: string, filter: Record<string, unknown> | null, pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const data: any = await gqlOk(url, LIST, { filter, first: pageSize, after }, token);
      ids.push(...data.conversations.edges.map((e: any) => e.node.id));
      if (!data.conversations.pageInfo.hasNextPage) return ids;
      after = data.conversations.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  before(async () => {
    apis = await startLocalApis(1);
    url = apis.url;
    db = new TestDb(apis.env.DATABASE_URL);
    A = await createWorkspace(url, apis.adminToken, 'Acme');
    B = await createWorkspace(url, apis.adminToken, 'Other Co');
  });
  after(async () => {
    await db?.close();
    await apis?.stop();
  });

  describe('auth', () => {
    it('refuses a missing or wrong token with UNAUTHENTICATED', async () => {
      for (const token of [undefined, 'cv_not-a-real-token']) {
        const res = await gql(url, '{ conversations { totalCount } }', {}, token);
        assert.deepEqual(codesOf(res), ['UNAUTHENTICATED']);
        assert.equal(res.data, null);
      }
      const malformed = await gql(url, '{ tags { id } }', {}, undefined, { authorization: 'Basic abc' });
      assert.deepEqual(codesOf(malformed), ['UNAUTHENTICATED']);
    });

    it('createWorkspace: admin token only (workspace token FORBIDDEN, none UNAUTHENTICATED); the token is shown once, stored hashed', async () => {
      const q = 'mutation { createWorkspace(name: "X") { apiToken workspace { id } } }';
      assert.deepEqual(codesOf(await gql(url, q, {}, A.token)), ['FORBIDDEN']);
      assert.deepEqual(codesOf(await gql(url, q)), ['UNAUTHENTICATED']);
      assert.deepEqual(codesOf(await gql(url, q, {}, 'wrong')), ['UNAUTHENTICATED']);
      const blank = await gql(url, 'mutation { createWorkspace(name: "  ") { apiToken } }', {}, apis.adminToken);
      assert.deepEqual(codesOf(blank), ['BAD_USER_INPUT']);
      assert.equal(blank.errors![0].extensions!.field, 'name');

      const created = await gqlOk(
        url,
        'mutation { createWorkspace(name: " Third ", whatsappPhoneNumberId: "555000111") { apiToken workspace { id name whatsappPhoneNumberId } } }',
        {},
        apis.adminToken,
      );
      const { apiToken, workspace } = created.createWorkspace;
      assert.equal(workspace.name, 'Third');
      assert.equal(workspace.whatsappPhoneNumberId, '555000111');
      const [row] = await db.query('select api_token_hash from workspace where id = $1', [workspace.id]);
      assert.notEqual(row.api_token_hash, apiToken);
      assert.equal(row.api_token_hash, createHash('sha256').update(apiToken).digest('hex'));
      const dup = await gql(
        url,
        'mutation { createWorkspace(name: "Dup", whatsappPhoneNumberId: "555000111") { apiToken } }',
        {},
        apis.adminToken,
      );
      assert.deepEqual(codesOf(dup), ['BAD_USER_INPUT']);
      // the new token works, and sees an empty workspace
      const data = await gqlOk(url, '{ conversations { totalCount } }', {}, apiToken);
      assert.equal(data.conversations.totalCount, 0);
    });

    it('the admin token is not a workspace token: FORBIDDEN on workspace queries', async () => {
      assert.deepEqual(codesOf(await gql(url, '{ statusCounts { status count } }', {}, apis.adminToken)), ['FORBIDDEN']);
    });
  });

  describe('list', () => {
    const seeded: { id: string; at: Date }[] = [];
    let hidden: string;

    before(async () => {
      for (let i = 0; i < 23; i++) {
        seeded.push({ id: await seedConversation(db, A.id, { lastMessageAt: at(i), name: `Customer ${i}` }), at: at(i) });
      }
      // three with the same lastMessageAt: ordered by id desc
      for (let i = 0; i < 3; i++)
        seeded.push({ id: await seedConversation(db, A.id, { lastMessageAt: at(30), name: `Tie ${i}` }), at: at(30) });
      hidden = await seedConversation(db, A.id, { lastMessageAt: at(40), visible: false, review: false });
    });

    const expectedOrder = () =>
      [...seeded].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((s) => s.id);

    it('shows reviewed conversations only, newest lastMessageAt first (ties: id desc), with totalCount', async () => {
      const data = await gqlOk(url, LIST, { first: 100 }, A.token);
      const ids = data.conversations.edges.map((e: any) => e.node.id);
      assert.deepEqual(ids, expectedOrder());
      assert.equal(data.conversations.totalCount, seeded.length);
      assert.ok(!ids.includes(hidden));
      assert.equal(data.conversations.pageInfo.hasNextPage, false);
      const dflt = await gqlOk(url, '{ conversations { edges { node { id } } pageInfo { hasNextPage } } }', {}, A.token);
      assert.equal(dflt.conversations.edges.length, 20, 'first defaults to 20');
      assert.equal(dflt.conversations.pageInfo.hasNextPage, true);
    });

    it('pages through every conversation exactly once with cursors, whatever the page size', async () => {
      for (const size of [1, 4, 7, 26]) assert.deepEqual(await allIds(A.token, null, size), expectedOrder(), `page size ${size}`);
    });

    it('keeps cursors correct while new conversations arrive', async () => {
      const page1 = await gqlOk(url, LIST, { first: 5 }, A.token);
      // newer conversations arrive (and one in between the pages' times): the next page goes on where the first stopped
      const newer = await seedConversation(db, A.id, { lastMessageAt: at(50) });
      const page2 = await gqlOk(url, LIST, { first: 5, after: page1.conversations.pageInfo.endCursor }, A.token);
      const ids = [...page1.conversations.edges, ...page2.conversations.edges].map((e: any) => e.node.id);
      assert.deepEqual(ids, expectedOrder().slice(0, 10));
      assert.ok(!ids.includes(newer));
      seeded.push({ id: newer, at: at(50) });
      assert.equal(page2.conversations.totalCount, seeded.length);
    });

    it('refuses a forged or broken cursor with BAD_USER_INPUT', async () => {
      for (const after of ['nope!', Buffer.from('{"t":1}').toString('base64url'), 'eyJ']) {
        const res = await gql(url, LIST, { first: 2, after }, A.token);
        assert.deepEqual(codesOf(res), ['BAD_USER_INPUT'], after);
        assert.equal(res.errors![0].extensions!.field, 'after');
      }
    });

    it('statusCounts counts visible conversations for every status', async () => {
      const data = await gqlOk(url, '{ statusCounts { status count } }', {}, A.token);
      assert.equal(data.statusCounts.length, 10);
      assert.equal(data.statusCounts.find((s: any) => s.status === 'IN_PROGRESS').count, seeded.length);
      assert.equal(data.statusCounts.find((s: any) => s.status === 'SPAM').count, 0);
    });
  });

  describe('filters and search', () => {
    const W = 'ffff'; // workspace C, created below: a clean list for exact expectations
    let C: { id: string; token: string };
    const ids: Record<string, string> = {};

    before(async () => {
      C = await createWorkspace(url, apis.adminToken, `Filters ${W}`);
      ids.giulia = await seedConversation(db, C.id, {
        key: '393471234567',
        name: 'Giulia Bianchi',
        phone: '+393471234567',
        status: 'QUOTE_REQUEST',
        qualityScore: 90,
        lastMessageAt: at(10),
        messages: ['Vorrei un preventivo per un impianto fotovoltaico', 'Certo, le mando il preventivo'],
        tags: ['VIP', 'Solar'],
      });
      ids.marco = await seedConversation(db, C.id, {
        key: '393339998877',
        name: 'Marco Rossi',
        status: 'QUOTE_REQUEST',
        qualityScore: 40,
        lastMessageAt: at(20),
        messages: ['Quanto costa una pompa di calore?'],
        tags: ['vip'],
      });
      ids.widget = await seedConversation(db, C.id, {
        source: 'WIDGET',
        key: 'session-abc123',
        name: null,
        phone: null,
        status: 'SPAM',
        qualityScore: 5,
        lastMessageAt: at(30),
        messages: ['Buy cheap followers now'],
        tags: ['Solar'],
      });
      ids.anna = await seedConversation(db, C.id, {
        key: '393201112233',
        name: 'Anna Verdi',
        status: 'FOLLOW_UP',
        qualityScore: 75,
        lastMessageAt: at(40),
        messages: ['Preventivo ricevuto, grazie. Richiamatemi per il fotovoltaico'],
      });
      // wait until the index has all four
      await waitFor(
        async () =>
          (await gqlOk(url, LIST, { filter: { search: 'a' }, first: 10 }, C.token)).conversations.totalCount >= 0 &&
          (await db.query('select count(*)::int as n from conversation where workspace_id = $1 and indexed_version < version', [C.id]))[0]
            .n === 0,
        20_000,
        'search index caught up',
      );
    });

    const list = async (filter: Record<string, unknown>, first = 20) => {
      const data = await gqlOk(url, LIST, { filter, first }, C.token);
      return { ids: data.conversations.edges.map((e: any) => e.node.id) as string[], total: data.conversations.totalCount as number };
    };
    /** Meilisearch applies documents asynchronously: poll until the expectation holds. */
    const eventually = async (filter: Record<string, unknown>, expected: string[]) => {
      let last: unknown;
      await waitFor(
        async () => {
          const r = await list(filter);
          last = r;
          return JSON.stringify(r.ids) === JSON.stringify(expected) && r.total === expected.length;
        },
        15_000,
        `search ${JSON.stringify(filter)} → ${JSON.stringify(expected)} (last: ${JSON.stringify(last)})`,
      ).catch((err: Error) => assert.fail(`${err.message}; last: ${JSON.stringify(last)}`));
    };

    it('filters by statuses, sources, quality range and lastMessageAt bounds, combined', async () => {
      assert.deepEqual((await list({ statuses: ['QUOTE_REQUEST'] })).ids, [ids.marco, ids.giulia]);
      assert.deepEqual((await list({ statuses: ['SPAM', 'FOLLOW_UP'] })).ids, [ids.anna, ids.widget]);
      assert.deepEqual((await list({ sources: ['WIDGET'] })).ids, [ids.widget]);
      assert.deepEqual((await list({ minQualityScore: 40, maxQualityScore: 80 })).ids, [ids.anna, ids.marco]);
      assert.deepEqual((await list({ from: at(20).toISOString(), to: at(30).toISOString() })).ids, [ids.widget, ids.marco]);
      const combined = await list({ statuses: ['QUOTE_REQUEST'], sources: ['WHATSAPP'], minQualityScore: 50, from: at(0).toISOString() });
      assert.deepEqual(combined, { ids: [ids.giulia], total: 1 });
      const bad = await gql(url, LIST, { filter: { minQualityScore: 101 } }, C.token);
      assert.deepEqual(codesOf(bad), ['BAD_USER_INPUT']);
    });

    it('tags: all must match, case-insensitively; an unknown tag matches nothing', async () => {
      assert.deepEqual((await list({ tags: ['vip'] })).ids, [ids.marco, ids.giulia]);
      assert.deepEqual((await list({ tags: ['VIP', 'solar'] })).ids, [ids.giulia]);
      assert.deepEqual((await list({ tags: ['Solar'] })).ids, [ids.widget, ids.giulia]);
      assert.deepEqual(await list({ tags: ['vip', 'nope'] }), { ids: [], total: 0 });
      const tags = await gqlOk(url, '{ tags { name } }', {}, C.token);
      assert.deepEqual(
        tags.tags.map((t: any) => t.name),
        ['Solar', 'VIP'],
      );
    });

    it('search finds a phone number in any spelling', async () => {
      for (const q of ['+39 347 123 4567', '3471234567', '393471234567', '+393471234567']) await eventually({ search: q }, [ids.giulia]);
    });

    it('search is typo tolerant, matches message text and titles, newest first, and combines with filters', async () => {
      await eventually({ search: 'fotovoltaco' }, [ids.anna, ids.giulia]);
      await eventually({ search: 'preventivo' }, [ids.anna, ids.giulia]);
      await eventually({ search: 'Giulia Bianchi' }, [ids.giulia]);
      await eventually({ search: 'preventivo', statuses: ['FOLLOW_UP'] }, [ids.anna]);
      await eventually({ search: 'preventivo', tags: ['vip'] }, [ids.giulia]);
      await eventually({ search: 'preventivo', minQualityScore: 80 }, [ids.giulia]);
      await eventually({ search: 'preventivo', tags: ['unknown-tag'] }, []);
    });

    it('search pages with cursors like the list', async () => {
      await eventually({ search: 'preventivo' }, [ids.anna, ids.giulia]);
      const p1 = await gqlOk(url, LIST, { filter: { search: 'preventivo' }, first: 1 }, C.token);
      assert.equal(p1.conversations.pageInfo.hasNextPage, true);
      assert.equal(p1.conversations.totalCount, 2);
      const p2 = await gqlOk(
        url,
        LIST,
        { filter: { search: 'preventivo' }, first: 1, after: p1.conversations.pageInfo.endCursor },
        C.token,
      );
      assert.deepEqual(
        [...p1.conversations.edges, ...p2.conversations.edges].map((e: any) => e.node.id),
        [ids.anna, ids.giulia],
      );
      assert.equal(p2.conversations.pageInfo.hasNextPage, false);
    });

    it('isolation: another workspace finds nothing of these, by list, id, search, tag or mutation', async () => {
      await eventually({ search: 'Giulia' }, [ids.giulia]);
      const other = async (q: string, v: Record<string, unknown> = {}) => gql(url, q, v, B.token);
      const search = await other(LIST, { filter: { search: 'Giulia' } });
      assert.equal(search.data.conversations.totalCount, 0);
      assert.equal((await other(LIST, { filter: { search: '3471234567' } })).data.conversations.edges.length, 0);
      assert.equal((await other(LIST, { filter: { tags: ['VIP'] } })).data.conversations.totalCount, 0);
      assert.equal((await other(LIST, {})).data.conversations.totalCount, 0);
      assert.equal((await other('query($id: ID!) { conversation(id: $id) { id } }', { id: ids.giulia })).data.conversation, null);
      assert.deepEqual((await other('{ tags { id } }')).data.tags, []);
      const counts = (await other('{ statusCounts { count } }')).data.statusCounts;
      assert.ok(counts.every((c: any) => c.count === 0));
      for (const m of [
        'mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }',
        'mutation($id: ID!) { removeTag(conversationId: $id, name: "VIP") { id } }',
        'mutation($id: ID!) { addNote(conversationId: $id, body: "x") { id } }',
        'mutation($id: ID!) { changeStatus(conversationId: $id, status: SPAM) { id } }',
      ]) {
        assert.deepEqual(codesOf(await other(m, { id: ids.giulia })), ['NOT_FOUND'], m);
      }
      const [row] = await db.query(
        'select status, (select count(*)::int from note where conversation_id = $1) as notes from conversation where id = $1',
        [ids.giulia],
      );
      assert.deepEqual(row, { status: 'QUOTE_REQUEST', notes: 0 });
    });
  });

  describe('detail', () => {
    let id: string;
    before(async () => {
      id = await seedConversation(db, A.id, {
        lastMessageAt: at(-100),
        name: 'Detail Person',
        phone: '+441234567890',
        visible: false,
        review: false,
        messages: ['m1', 'm2', 'm3', 'm4', 'm5'],
      });
      await db.query(
        `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer, reviewed_at)
         values ($1, $2, 2, 'old', 10, 'IN_PROGRESS', 'builtin', now() - interval '1 hour'), ($1, $2, 5, 'latest', 80, 'OPPORTUNITY', 'openai:gpt', now())`,
        [A.id, id],
      );
      await db.query(
        `insert into note (workspace_id, conversation_id, body, created_at) values ($1, $2, 'older', now() - interval '1 minute'), ($1, $2, 'newer', now())`,
        [A.id, id],
      );
    });

    it('returns any conversation of the workspace, reviewed or not, with contact, last message, review, notes newest first', async () => {
      const q = `query($id: ID!) { conversation(id: $id) {
        id title visible messageCount contact { name phone } lastMessage { text role conversationId }
        review { summary qualityScore suggestedStatus reviewer } notes { body } tags { name } } }`;
      const data = await gqlOk(url, q, { id }, A.token);
      const c = data.conversation;
      assert.equal(c.visible, false);
      assert.equal(c.title, 'Detail Person');
      assert.equal(c.messageCount, 5);
      assert.deepEqual(c.contact, { name: 'Detail Person', phone: '+441234567890' });
      assert.deepEqual(c.lastMessage, { text: 'm5', role: 'CUSTOMER', conversationId: id });
      assert.deepEqual(c.review, { summary: 'latest', qualityScore: 80, suggestedStatus: 'OPPORTUNITY', reviewer: 'openai:gpt' });
      assert.deepEqual(
        c.notes.map((n: any) => n.body),
        ['newer', 'older'],
      );
      assert.deepEqual(c.tags, []);
    });

    it('null for an unknown id, a non-uuid, or another workspace', async () => {
      const q = 'query($id: ID!) { conversation(id: $id) { id } }';
      for (const [token, cid] of [
        [A.token, '00000000-0000-4000-8000-000000000000'],
        [A.token, 'not-a-uuid'],
        [B.token, id],
      ]) {
        const res = await gql(url, q, { id: cid }, token);
        assert.equal(res.errors, undefined);
        assert.equal(res.data.conversation, null);
      }
    });

    it('pages messages oldest first with cursors and totalCount', async () => {
      const q = `query($id: ID!, $first: Int, $after: String) { conversation(id: $id) {
        messages(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text } } } } }`;
      const texts: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const data: any = await gqlOk(url, q, { id, first: 2, after }, A.token);
        const m = data.conversation.messages;
        assert.equal(m.totalCount, 5);
        texts.push(...m.edges.map((e: any) => e.node.text));
        if (!m.pageInfo.hasNextPage) break;
        after = m.pageInfo.endCursor;
      }
      assert.deepEqual(texts, ['m1', 'm2', 'm3', 'm4', 'm5']);
      const dflt = await gqlOk(url, 'query($id: ID!) { conversation(id: $id) { messages { edges { node { text } } } } }', { id }, A.token);
      assert.equal(dflt.conversation.messages.edges.length, 5);
    });
  });

  describe('mutations', () => {
    let id: string;
    const version = async () => (await db.query('select version from conversation where id = $1', [id]))[0].version as number;
    before(async () => {
      id = await seedConversation(db, A.id, { lastMessageAt: at(-200), name: 'Mutation Target' });
    });

    it('addNote trims the body; empty or over 5000 characters is BAD_USER_INPUT naming body', async () => {
      const v0 = await version();
      const data = await gqlOk(
        url,
        'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id body createdAt } }',
        { id, b: '  call back tomorrow \n' },
        A.token,
      );
      assert.equal(data.addNote.body, 'call back tomorrow');
      assert.equal(await version(), v0 + 1);
      for (const b of ['   ', 'x'.repeat(5001)]) {
        const res = await gql(url, 'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id } }', { id, b }, A.token);
        assert.deepEqual(codesOf(res), ['BAD_USER_INPUT']);
        assert.equal(res.errors![0].extensions!.field, 'body');
      }
      const ok = await gql(
        url,
        'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id } }',
        { id, b: 'y'.repeat(5000) },
        A.token,
      );
      assert.equal(ok.errors, undefined);
    });

    it('addTag is idempotent and case-insensitive; removeTag removes it; names are validated', async () => {
      const add = (name: string) =>
        gql(
          url,
          'mutation($id: ID!, $n: String!) { addTag(conversationId: $id, name: $n) { id tags { name } } }',
          { id, n: name },
          A.token,
        );
      const v0 = await version();
      const first = await add('  Hot Lead ');
      assert.deepEqual(first.data.addTag.tags, [{ name: 'Hot Lead' }]);
      assert.equal(await version(), v0 + 1);
      const again = await add('hot lead');
      assert.deepEqual(again.data.addTag.tags, [{ name: 'Hot Lead' }]);
      assert.equal(await version(), v0 + 1, 'adding it again changes nothing');
      assert.equal(
        (await db.query("select count(*)::int as n from tag where workspace_id = $1 and name_key = 'hot lead'", [A.id]))[0].n,
        1,
      );
      for (const n of ['', '   ', 'x'.repeat(51)]) {
        const res = await add(n);
        assert.deepEqual(codesOf(res), ['BAD_USER_INPUT'], JSON.stringify(n));
        assert.equal(res.errors![0].extensions!.field, 'name');
      }
      assert.ok((await gqlOk(url, '{ tags { name } }', {}, A.token)).tags.some((t: any) => t.name === 'Hot Lead'));
      const removed = await gqlOk(
        url,
        'mutation($id: ID!) { removeTag(conversationId: $id, name: "HOT LEAD") { tags { name } } }',
        { id },
        A.token,
      );
      assert.deepEqual(removed.removeTag.tags, []);
      assert.equal(await version(), v0 + 2);
      assert.ok(
        !(await gqlOk(url, '{ tags { name } }', {}, A.token)).tags.some((t: any) => t.name === 'Hot Lead'),
        'an unused tag is not listed',
      );
    });

    it('changeStatus sets the status with origin MANUAL', async () => {
      const data = await gqlOk(
        url,
        'mutation($id: ID!) { changeStatus(conversationId: $id, status: OPPORTUNITY) { status statusOrigin review { suggestedStatus } } }',
        { id },
        A.token,
      );
      assert.deepEqual(data.changeStatus, { status: 'OPPORTUNITY', statusOrigin: 'MANUAL', review: { suggestedStatus: 'IN_PROGRESS' } });
      const [row] = await db.query('select status, status_origin from conversation where id = $1', [id]);
      assert.deepEqual(row, { status: 'OPPORTUNITY', status_origin: 'MANUAL' });
      const bad = await gql(url, 'mutation($id: ID!) { changeStatus(conversationId: $id, status: MAYBE) { id } }', { id }, A.token);
      assert.equal(bad.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    });

    it('an unknown conversation is NOT_FOUND', async () => {
      for (const cid of ['00000000-0000-4000-8000-000000000000', 'garbage']) {
        const res = await gql(url, 'mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }', { id: cid }, A.token);
        assert.deepEqual(codesOf(res), ['NOT_FOUND']);
      }
    });
  });

  describe('limits', () => {
    it('first above 100 or negative is BAD_USER_INPUT, for conversations and messages', async () => {
      for (const first of [101, -1, 1000]) {
        const res = await gql(url, LIST, { first }, A.token);
        assert.deepEqual(codesOf(res), ['BAD_USER_INPUT']);
        assert.equal(res.errors![0].extensions!.field, 'first');
      }
      const msgs = await gql(url, '{ conversations(first: 1) { edges { node { messages(first: 101) { totalCount } } } } }', {}, A.token);
      assert.deepEqual(codesOf(msgs), ['BAD_USER_INPUT']);
      assert.equal((await gqlOk(url, LIST, { first: 100 }, A.token)).conversations.edges.length > 0, true);
    });

    it('refuses queries nested too deep', async () => {
      let sel = 'id';
      for (let i = 0; i < 6; i++) sel = `lastMessage { conversation { ${sel} } }`;
      const res = await gql(url, `{ conversations(first: 1) { edges { node { ${sel} } } } }`, {}, A.token);
      assert.equal(res.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.match(res.errors![0].message, /nested \d+ levels deep/);
    });

    it('refuses queries that are too expensive, counting variables', async () => {
      const q = 'query($n: Int) { conversations(first: 100) { edges { node { messages(first: $n) { edges { node { id text } } } } } } }';
      const res = await gql(url, q, { n: 100 }, A.token);
      assert.equal(res.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.match(res.errors![0].message, /too complex/);
      assert.equal(res.data, undefined, 'nothing ran');
      assert.equal((await gql(url, q, { n: 5 }, A.token)).errors, undefined);
      let aliases = '';
      for (let i = 0; i < 40; i++) aliases += ` a${i}: conversations(first: 100) { edges { node { id tags { name } } } }`;
      assert.match((await gql(url, `{${aliases} }`, {}, A.token)).errors?.[0].message ?? '', /too complex/);
    });

    it('errors carry a code; stack traces only outside production', async () => {
      const res = await gql(url, LIST, { first: 101 }, A.token);
      assert.ok(Array.isArray(res.errors![0].extensions!.stacktrace), 'NODE_ENV=test shows the stack');
      const prod = await startLocalApis(1, { NODE_ENV: 'production' });
      try {
        const w = await createWorkspace(prod.url, prod.adminToken, 'Prod');
        const p = await gql(prod.url, LIST, { first: 101 }, w.token);
        assert.deepEqual(codesOf(p), ['BAD_USER_INPUT']);
        assert.equal(p.errors![0].extensions!.stacktrace, undefined);
        const parse = await gql(prod.url, '{ conversations(', {}, w.token);
        assert.equal(parse.errors![0].extensions!.code, 'GRAPHQL_PARSE_FAILED');
        assert.equal(parse.errors![0].extensions!.stacktrace, undefined);
        const counted = await gql(prod.url, '{ tags { id } }', {}, w.token, { 'x-debug-sql-count': '1' });
        assert.equal(counted.extensions?.sqlStatements, undefined, 'no statement count in production');
      } finally {
        await prod.stop();
      }
    });
  });

  describe('statement count (no N+1)', () => {
    let D: { id: string; token: string };
    before(async () => {
      D = await createWorkspace(url, apis.adminToken, 'Many');
      for (let i = 0; i < 60; i++) {
        await seedConversation(db, D.id, {
          lastMessageAt: at(i),
          name: `Many ${i}`,
          messages: ['a', 'b', 'c', 'd'],
          tags: [`t${i % 3}`, 'all'],
          notes: [`note ${i}`],
        });
      }
    });

    it('a list page with every field costs the same few statements at 5 or 50 rows', async (t) => {
      const counts: number[] = [];
      for (const first of [5, 50]) {
        const res = await gql(url, FULL_PAGE, { first }, D.token, { 'x-debug-sql-count': '1' });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const edges = res.data.conversations.edges;
        assert.equal(edges.length, first);
        const n = edges[0].node;
        assert.equal(n.contact.name, n.title);
        assert.equal(n.lastMessage.text, 'd');
        assert.equal(n.messages.edges.length, 3);
        assert.equal(n.messages.totalCount, 4);
        assert.equal(n.tags.length, 2);
        assert.equal(n.notes.length, 1);
        assert.equal(n.review.summary, 'Seeded review');
        counts.push(res.extensions!.sqlStatements);
      }
      t.diagnostic(`SQL statements for 5 rows: ${counts[0]}, for 50 rows: ${counts[1]} (auth included)`);
      assert.equal(counts[0], counts[1], `statements: ${counts.join(' vs ')}`);
      assert.ok(counts[1] <= 8, `statements: ${counts[1]}`);
    });
  });
});
