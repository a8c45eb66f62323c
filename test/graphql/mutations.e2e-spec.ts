// Mutations of the GraphQL API on the real system: notes, tags and status, each changing the
// conversation's version (what the search sync follows) only when something changed; an unknown
// or foreign conversation is NOT_FOUND. Each test has a workspace and a conversation of its own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codesOf, type System, startSystem } from '../support/system';
import { seedConversation } from './support/seed';

describe('GraphQL mutations', () => {
  let sys: System;
  let n = 0;

  before(async () => {
    sys = await startSystem({ env: { GRAPHQL_RATE_LIMIT: '1000/1000' } });
  });
  after(async () => sys?.stop());

  /** A reviewed conversation in a new workspace, and a reader of its version. */
  async function target() {
    const ws = await sys.createWorkspace(`Mutations ${++n}`);
    const id = await seedConversation(sys, ws.id, { lastMessageAt: new Date(Date.now() - 60_000), name: 'Mutation Target' });
    const version = async () => (await sys.sql('select version from conversation where id = $1', [id]))[0].version as number;
    return { ws, token: ws.apiToken, id, version };
  }

  it('addNote trims the body; empty or over 5000 characters is BAD_USER_INPUT naming body', async () => {
    const { token, id, version } = await target();
    const v0 = await version();
    const data = await sys.gqlOk(
      'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id body createdAt author { kind name } } }',
      { id, b: '  call back tomorrow \n' },
      token,
    );
    assert.equal(data.addNote.body, 'call back tomorrow');
    assert.deepEqual(data.addNote.author.kind, 'API_TOKEN');
    assert.equal(await version(), v0 + 1);
    const add = (b: string) =>
      sys.gql('mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id } }', { id, b }, token);
    for (const b of ['   ', 'x'.repeat(5001), 'nul \u0000 inside']) {
      const res = await add(b);
      assert.deepEqual(codesOf(res), ['BAD_USER_INPUT'], JSON.stringify(b.slice(0, 20)));
      assert.equal(res.errors![0].extensions!.field, 'body');
    }
    assert.equal((await add('y'.repeat(5000))).errors, undefined);
    assert.equal(await version(), v0 + 2, 'refused notes changed nothing');
  });

  it('addTag is idempotent and case-insensitive; removeTag removes it; names are validated', async () => {
    const { ws, token, id, version } = await target();
    const add = (name: string) =>
      sys.gql('mutation($id: ID!, $n: String!) { addTag(conversationId: $id, name: $n) { id tags { name } } }', { id, n: name }, token);
    const v0 = await version();
    assert.deepEqual((await add('  Hot Lead ')).data.addTag.tags, [{ name: 'Hot Lead' }]);
    assert.equal(await version(), v0 + 1);
    assert.deepEqual((await add('hot lead')).data.addTag.tags, [{ name: 'Hot Lead' }]);
    assert.equal(await version(), v0 + 1, 'adding it again changes nothing');
    assert.equal((await sys.sql("select count(*)::int as n from tag where workspace_id = $1 and name_key = 'hot lead'", [ws.id]))[0].n, 1);
    for (const name of ['', '   ', 'x'.repeat(51)]) {
      const res = await add(name);
      assert.deepEqual(codesOf(res), ['BAD_USER_INPUT'], JSON.stringify(name));
      assert.equal(res.errors![0].extensions!.field, 'name');
    }
    assert.ok((await sys.gqlOk('{ tags { name } }', {}, token)).tags.some((t: any) => t.name === 'Hot Lead'));
    const removed = await sys.gqlOk(
      'mutation($id: ID!) { removeTag(conversationId: $id, name: "HOT LEAD") { tags { name } } }',
      { id },
      token,
    );
    assert.deepEqual(removed.removeTag.tags, []);
    assert.equal(await version(), v0 + 2);
    assert.ok(
      !(await sys.gqlOk('{ tags { name } }', {}, token)).tags.some((t: any) => t.name === 'Hot Lead'),
      'an unused tag is not listed',
    );
  });

  it('changeStatus sets the status with origin MANUAL and keeps the suggestion; an unknown status is a validation error', async () => {
    const { token, id } = await target();
    const data = await sys.gqlOk(
      'mutation($id: ID!) { changeStatus(conversationId: $id, status: OPPORTUNITY) { status statusOrigin review { suggestedStatus } } }',
      { id },
      token,
    );
    assert.deepEqual(data.changeStatus, { status: 'OPPORTUNITY', statusOrigin: 'MANUAL', review: { suggestedStatus: 'IN_PROGRESS' } });
    const [row] = await sys.sql('select status, status_origin from conversation where id = $1', [id]);
    assert.deepEqual(row, { status: 'OPPORTUNITY', status_origin: 'MANUAL' });
    const bad = await sys.gql('mutation($id: ID!) { changeStatus(conversationId: $id, status: MAYBE) { id } }', { id }, token);
    assert.equal(bad.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('the activity trail records each change with who made it, newest first', async () => {
    const { token, id } = await target();
    await sys.gqlOk('mutation($id: ID!) { addTag(conversationId: $id, name: "VIP") { id } }', { id }, token);
    await sys.gqlOk('mutation($id: ID!) { changeStatus(conversationId: $id, status: FOLLOW_UP) { id } }', { id }, token);
    await sys.gqlOk('mutation($id: ID!) { addNote(conversationId: $id, body: "called") { id } }', { id }, token);
    const data = await sys.gqlOk(
      'query($id: ID!) { conversation(id: $id) { activity { edges { node { kind actor { kind } fromStatus toStatus tag note { body } } } } } }',
      { id },
      token,
    );
    assert.deepEqual(
      data.conversation.activity.edges.map((e: any) => e.node),
      [
        { kind: 'NOTE_ADDED', actor: { kind: 'API_TOKEN' }, fromStatus: null, toStatus: null, tag: null, note: { body: 'called' } },
        { kind: 'STATUS_CHANGED', actor: { kind: 'API_TOKEN' }, fromStatus: 'IN_PROGRESS', toStatus: 'FOLLOW_UP', tag: null, note: null },
        { kind: 'TAG_ADDED', actor: { kind: 'API_TOKEN' }, fromStatus: null, toStatus: null, tag: 'VIP', note: null },
      ],
    );
  });

  it('an unknown conversation, or another workspace’s, is NOT_FOUND and changes nothing', async () => {
    const { id, version } = await target();
    const other = await sys.createWorkspace(`Mutations other ${++n}`);
    const { token } = await target();
    for (const cid of ['00000000-0000-4000-8000-000000000000', 'garbage']) {
      const res = await sys.gql('mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }', { id: cid }, token);
      assert.deepEqual(codesOf(res), ['NOT_FOUND']);
    }
    const v0 = await version();
    for (const m of [
      'mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }',
      'mutation($id: ID!) { removeTag(conversationId: $id, name: "x") { id } }',
      'mutation($id: ID!) { addNote(conversationId: $id, body: "x") { id } }',
      'mutation($id: ID!) { changeStatus(conversationId: $id, status: SPAM) { id } }',
    ]) {
      assert.deepEqual(codesOf(await sys.gql(m, { id }, other.apiToken)), ['NOT_FOUND'], m);
    }
    assert.equal(await version(), v0);
  });
});
