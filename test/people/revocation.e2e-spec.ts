// Revocation takes effect at once, in every API process: a revoked API token, a removed member and
// an ended session are refused on their next request (GraphQL and /v1/messages) and their open
// WebSocket connections are closed with 4401, while other credentials' connections go on. Two api
// instances: the change is made through the first, felt on the second (whose caches were warm).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, type System } from '../support/system';
import { postConversation } from './support/conversations';
import { codeOf, gqlAs, gqlOk, signIn, uniqueEmail, type Credential } from './support/credentials';
import { connectAs, Events, type WsConnection } from './support/ws';

const VIEWER = 'query { viewer { role workspace { id } } }';
const MESSAGES = 'subscription { messageReceived { conversationId text } }';
const CREATE_TOKEN = 'mutation($n: String!) { createApiToken(name: $n) { token apiToken { id name lastUsedAt revokedAt } } }';

describe('people: revocation on open connections and on the next request', () => {
  let s: System;
  let first: string;
  let second: string;
  const open: WsConnection[] = [];

  before(async () => {
    s = await startSystem({ apiInstances: 2 });
    [first, second] = s.apiUrls;
  });
  after(async () => {
    await Promise.all(open.map(async (c) => c.client.dispose()));
    await s?.stop();
  });

  /** A connection on the second instance with a live messageReceived subscription (proved by a probe message). */
  async function liveConnection(c: Credential, workspaceToken: string): Promise<{ conn: WsConnection; events: Events }> {
    const conn = connectAs(second, c);
    open.push(conn);
    await conn.connected;
    const events = new Events(conn.client, MESSAGES);
    for (let i = 0; i < 20; i++) {
      const id = await postConversation(s, workspaceToken, { texts: [`probe ${i}`] });
      try {
        await events.next((d) => d.messageReceived.conversationId === id, 1_000);
        return { conn, events };
      } catch {
        // the subscription is not registered yet: probe again
      }
    }
    throw new Error('subscription never became live');
  }

  /** The credential works on both instances now: their caches hold it. */
  async function warm(c: Credential): Promise<void> {
    for (const url of [first, second]) assert.equal((await gqlAs(s, c, VIEWER, {}, url)).body.errors, undefined);
  }

  it('refuses a revoked API token at once on both instances, GraphQL and /v1/messages, and closes its connections (4401)', async () => {
    const ws = await s.createWorkspace('Revoke token');
    const created = (await gqlOk(s, { token: ws.apiToken }, CREATE_TOKEN, { n: 'partner' })).createApiToken;
    assert.deepEqual([created.apiToken.lastUsedAt, created.apiToken.revokedAt], [null, null]);
    const doomed = { token: created.token };
    await warm(doomed);
    const { conn } = await liveConnection(doomed, ws.apiToken);
    const bystander = await liveConnection({ token: ws.apiToken }, ws.apiToken);

    const revoked = await gqlOk(s, { token: ws.apiToken }, 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }', {
      id: created.apiToken.id,
    });
    assert.ok(revoked.revokeApiToken.revokedAt);
    for (const url of [second, first]) {
      assert.equal(codeOf((await gqlAs(s, doomed, VIEWER, {}, url)).body), 'UNAUTHENTICATED', `GraphQL on ${url}`);
      const post = await fetch(`${url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${created.token}` },
        body: JSON.stringify({
          source: 'WIDGET',
          conversationKey: 'after-revoke',
          messageId: `m-${url}`,
          role: 'CUSTOMER',
          text: 'still here?',
        }),
      });
      assert.equal(post.status, 401, `/v1/messages on ${url}`);
    }
    assert.equal((await conn.closed).code, 4401);

    const id = await postConversation(s, ws.apiToken, { texts: ['for the bystander'] });
    const got = await bystander.events.next((d) => d.messageReceived.conversationId === id);
    assert.equal(got.messageReceived.text, 'for the bystander', "another token's connection goes on");
    const tokens = (await gqlOk(s, { token: ws.apiToken }, 'query { apiTokens { id name revokedAt lastUsedAt } }')).apiTokens;
    const listed = tokens.find((t: { id: string }) => t.id === created.apiToken.id);
    assert.ok(listed.revokedAt, 'listed as revoked');
    assert.ok(listed.lastUsedAt, 'lastUsedAt was set when it was used');
    assert.deepEqual(
      tokens.map((t: { name: string }) => t.name),
      ['partner', 'default'],
      'newest first, revoked included',
    );
  });

  it("ends a removed member's sessions in that workspace at once; their session in another workspace goes on", async () => {
    const ws = await s.createWorkspace('Remove member');
    const other = await s.createWorkspace('Remove member, other');
    const email = uniqueEmail('leaving');
    const { cookie, memberId } = await s.addPerson(ws.apiToken, email, 'AGENT');
    await s.addPerson(other.apiToken, email, 'AGENT');
    const elsewhere = await signIn(s, email, 'correct horse battery');
    await gqlOk(s, { cookie: elsewhere }, 'mutation($w: ID!) { switchWorkspace(workspaceId: $w) { workspace { id } } }', { w: other.id });
    await warm({ cookie });
    await warm({ cookie: elsewhere });
    const { conn } = await liveConnection({ cookie }, ws.apiToken);
    const kept = await liveConnection({ cookie: elsewhere }, other.apiToken);

    const removed = await gqlOk(s, { token: ws.apiToken }, 'mutation($m: ID!) { removeMember(memberId: $m) { id user { email } } }', {
      m: memberId,
    });
    assert.equal(removed.removeMember.id, memberId);
    for (const url of [second, first]) assert.equal(codeOf((await gqlAs(s, { cookie }, VIEWER, {}, url)).body), 'UNAUTHENTICATED', url);
    assert.equal((await conn.closed).code, 4401);

    for (const url of [second, first])
      assert.equal((await gqlAs(s, { cookie: elsewhere }, VIEWER, {}, url)).body.data?.viewer.workspace.id, other.id, url);
    const id = await postConversation(s, other.apiToken, { texts: ['still a member here'] });
    assert.equal((await kept.events.next((d) => d.messageReceived.conversationId === id)).messageReceived.text, 'still a member here');
    const members = (await gqlOk(s, { token: ws.apiToken }, 'query { members { id } }')).members;
    assert.deepEqual(
      members.filter((m: { id: string }) => m.id === memberId),
      [],
    );
  });

  it('closes the connections of a session signed out through the other instance (4401)', async () => {
    const ws = await s.createWorkspace('Sign out');
    const { cookie } = await s.addPerson(ws.apiToken, uniqueEmail('out'), 'AGENT');
    await warm({ cookie });
    const { conn } = await liveConnection({ cookie }, ws.apiToken);
    assert.equal((await gqlOk(s, { cookie }, 'mutation { signOut }')).signOut, true);
    assert.equal(codeOf((await gqlAs(s, { cookie }, VIEWER, {}, second)).body), 'UNAUTHENTICATED');
    assert.equal((await conn.closed).code, 4401);
  });

  it('applies a role change at once, without signing the person out of their open connections', async () => {
    const ws = await s.createWorkspace('Role change');
    const { cookie, memberId } = await s.addPerson(ws.apiToken, uniqueEmail('promoted'), 'AGENT');
    await warm({ cookie });
    const live = await liveConnection({ cookie }, ws.apiToken);
    assert.equal(codeOf((await gqlAs(s, { cookie }, 'query { members { id } }', {}, second)).body), 'FORBIDDEN');

    await gqlOk(s, { token: ws.apiToken }, 'mutation($m: ID!) { changeMemberRole(memberId: $m, role: ADMIN) { role } }', { m: memberId });
    const members = await gqlAs(s, { cookie }, 'query { members { id } }', {}, second);
    assert.equal(members.body.errors, undefined, 'an ADMIN now, on the instance that had the AGENT cached');
    assert.equal((await gqlAs(s, { cookie }, VIEWER, {}, second)).body.data?.viewer.role, 'ADMIN');

    const id = await postConversation(s, ws.apiToken, { texts: ['after the promotion'] });
    assert.equal(
      (await live.events.next((d) => d.messageReceived.conversationId === id)).messageReceived.text,
      'after the promotion',
      'the connection stays open',
    );
  });
});
