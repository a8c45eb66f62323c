// Managing the team: a workspace always keeps one ADMIN (demotion and removal, also when two
// happen at once), and API tokens are created, listed newest first and marked when used.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, waitFor, type System } from '../support/system';
import { codeOf, gqlAs, gqlOk, uniqueEmail } from './support/credentials';

const CHANGE_ROLE = 'mutation($m: ID!, $r: MemberRole!) { changeMemberRole(memberId: $m, role: $r) { id role } }';
const REMOVE = 'mutation($m: ID!) { removeMember(memberId: $m) { id } }';

describe('people: the team of a workspace', () => {
  let s: System;

  before(async () => {
    s = await startSystem();
  });
  after(() => s?.stop());

  it('keeps the last ADMIN: it can be neither demoted nor removed, by an API token or by itself', async () => {
    const ws = await s.createWorkspace('Last admin');
    const token = { token: ws.apiToken };
    const admin = await s.addPerson(ws.apiToken, uniqueEmail('admin'), 'ADMIN');
    const agent = await s.addPerson(ws.apiToken, uniqueEmail('agent'), 'AGENT');
    for (const [who, query, vars] of [
      [token, CHANGE_ROLE, { m: admin.memberId, r: 'AGENT' }],
      [token, REMOVE, { m: admin.memberId }],
      [{ cookie: admin.cookie }, CHANGE_ROLE, { m: admin.memberId, r: 'AGENT' }],
      [{ cookie: admin.cookie }, REMOVE, { m: admin.memberId }],
    ] as const) {
      const res = await gqlAs(s, who, query, vars);
      assert.equal(codeOf(res.body), 'BAD_USER_INPUT', JSON.stringify(res.body));
      assert.equal(res.body.errors?.[0].extensions?.reason, 'CONFLICT');
      assert.ok(['role', 'memberId'].includes(res.body.errors?.[0].extensions?.field), JSON.stringify(res.body.errors));
    }
    const members = (await gqlOk(s, token, 'query { members { id role } }')).members;
    assert.deepEqual(
      members.map((m: { id: string; role: string }) => [m.id, m.role]),
      [
        [admin.memberId, 'ADMIN'],
        [agent.memberId, 'AGENT'],
      ],
    );

    await gqlOk(s, token, CHANGE_ROLE, { m: agent.memberId, r: 'ADMIN' });
    assert.equal(
      (await gqlOk(s, { cookie: admin.cookie }, CHANGE_ROLE, { m: admin.memberId, r: 'AGENT' })).changeMemberRole.role,
      'AGENT',
      'with a second ADMIN, the first may step down',
    );
    assert.equal(
      codeOf((await gqlAs(s, { cookie: admin.cookie }, 'query { members { id } }')).body),
      'FORBIDDEN',
      'and is an AGENT from the next request',
    );
    assert.equal(codeOf((await gqlAs(s, token, REMOVE, { m: agent.memberId })).body), 'BAD_USER_INPUT', 'now the other one is the last');
  });

  it('lets only one of two simultaneous demotions of the last two ADMINs through', async () => {
    const ws = await s.createWorkspace('Race');
    const a = await s.addPerson(ws.apiToken, uniqueEmail('a'), 'ADMIN');
    const b = await s.addPerson(ws.apiToken, uniqueEmail('b'), 'ADMIN');
    const answers = await Promise.all([
      gqlAs(s, { cookie: a.cookie }, CHANGE_ROLE, { m: a.memberId, r: 'AGENT' }),
      gqlAs(s, { cookie: b.cookie }, REMOVE, { m: b.memberId }),
    ]);
    const passed = answers.filter((r) => r.body.errors === undefined);
    assert.equal(passed.length, 1, JSON.stringify(answers.map((r) => r.body)));
    const admins = (await gqlOk(s, { token: ws.apiToken }, 'query { members { role } }')).members.filter(
      (m: { role: string }) => m.role === 'ADMIN',
    );
    assert.equal(admins.length, 1);
  });

  it('refuses to invite someone who is already a member, and an address that is not one', async () => {
    const ws = await s.createWorkspace('Invites');
    const email = uniqueEmail('member');
    await s.addPerson(ws.apiToken, email, 'AGENT');
    const again = await gqlAs(s, { token: ws.apiToken }, 'mutation($e: String!) { inviteMember(email: $e, role: AGENT) { token } }', {
      e: email.toUpperCase(),
    });
    assert.deepEqual([codeOf(again.body), again.body.errors?.[0].extensions?.field], ['BAD_USER_INPUT', 'email']);
    const bad = await gqlAs(s, { token: ws.apiToken }, 'mutation { inviteMember(email: "not-an-address", role: AGENT) { token } }');
    assert.deepEqual([codeOf(bad.body), bad.body.errors?.[0].extensions?.field], ['BAD_USER_INPUT', 'email']);
  });

  it('creates API tokens shown once, lists them newest first and sets lastUsedAt when one is used', async () => {
    const ws = await s.createWorkspace('Tokens');
    const admin = await s.addPerson(ws.apiToken, uniqueEmail('tokens'), 'ADMIN');
    const created = await gqlOk(
      s,
      { cookie: admin.cookie },
      'mutation { createApiToken(name: "zapier") { token apiToken { id name lastUsedAt revokedAt } } }',
    );
    const { token, apiToken } = created.createApiToken;
    assert.match(token, /^cv_/);
    assert.deepEqual([apiToken.name, apiToken.lastUsedAt, apiToken.revokedAt], ['zapier', null, null]);
    const list = async () => (await gqlOk(s, { cookie: admin.cookie }, 'query { apiTokens { id name lastUsedAt } }')).apiTokens;
    assert.deepEqual(
      (await list()).map((t: { name: string }) => t.name),
      ['zapier', 'default'],
    );
    assert.ok(!JSON.stringify(await list()).includes(token), 'the secret is never listed');

    const before = Date.now();
    const viewer = (await gqlAs(s, { token }, 'query { viewer { role member { id } workspace { id } workspaces { id } } }')).body.data
      ?.viewer;
    assert.deepEqual(
      viewer,
      { role: 'ADMIN', member: null, workspace: { id: ws.id }, workspaces: [] },
      'an API token acts as ADMIN, as no person',
    );
    let lastUsedAt: string | null = null;
    await waitFor(
      async () => {
        lastUsedAt = (await list()).find((t: { id: string }) => t.id === apiToken.id).lastUsedAt;
        return lastUsedAt !== null;
      },
      10_000,
      'lastUsedAt set',
    );
    assert.ok(Date.parse(lastUsedAt!) >= before - 1_000, `lastUsedAt ${lastUsedAt} is the use just made`);
  });
});
