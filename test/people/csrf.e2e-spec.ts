// CSRF: the session cookie is honoured only from the service's own origin (PUBLIC_URL) and
// CONSOLE_ORIGINS, over HTTP (GraphQL, the export) and on the WebSocket upgrade; a bearer token is
// not ambient, so it works from anywhere.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { httpGet, startSystem, type System } from '../support/system';
import { postConversation } from './support/conversations';
import { codeOf, gqlAs, headersOf, type Credential } from './support/credentials';
import { connectAs } from './support/ws';

const CONSOLE = 'https://console.example.com';
const EVIL = 'https://evil.example.net';
const VIEWER = 'query { viewer { workspace { id } } }';
const ADD_NOTE = 'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id } }';

describe('people: the session cookie and the Origin header (CSRF)', () => {
  let s: System;
  let ws: { id: string; apiToken: string };
  let cookie: string;
  let conversationId: string;
  let own: string;

  before(async () => {
    s = await startSystem({ env: { CONSOLE_ORIGINS: `${CONSOLE}, http://localhost:5173` } });
    ws = await s.createWorkspace('CSRF');
    ({ cookie } = await s.addPerson(ws.apiToken, 'csrf-agent@example.com', 'AGENT'));
    conversationId = await postConversation(s, ws.apiToken);
    own = new URL(s.apiUrl).origin;
  });
  after(() => s?.stop());

  const as = (origin?: string): Credential => ({ cookie, origin });

  it('accepts the cookie without an Origin, from PUBLIC_URL and from CONSOLE_ORIGINS', async () => {
    // a loopback PUBLIC_URL stands for every loopback name of its port (127.0.0.1, localhost, [::1])
    for (const origin of [
      undefined,
      own,
      own.replace('127.0.0.1', 'localhost'),
      own.replace('127.0.0.1', '[::1]'),
      CONSOLE,
      'http://localhost:5173',
    ]) {
      const res = await gqlAs(s, as(origin), VIEWER);
      assert.equal(res.body.errors, undefined, `Origin ${origin}: ${JSON.stringify(res.body.errors)}`);
      assert.equal(res.body.data?.viewer.workspace.id, ws.id);
    }
    const note = await gqlAs(s, as(own), ADD_NOTE, { id: conversationId, b: 'same-origin note' });
    assert.ok(note.body.data?.addNote.id, 'a same-origin mutation goes through');
  });

  it('refuses the cookie from a foreign Origin (FORBIDDEN), and the refused mutation changes nothing', async () => {
    const otherPort = `http://localhost:${Number(new URL(own).port) + 1}`;
    for (const origin of [EVIL, 'null', otherPort, own.replace('http:', 'https:'), 'https://console.example.com.evil.net']) {
      const res = await gqlAs(s, as(origin), VIEWER);
      assert.equal(codeOf(res.body), 'FORBIDDEN', `Origin ${origin}`);
      assert.equal(res.body.data ?? null, null);
    }
    const forged = await gqlAs(s, as(EVIL), ADD_NOTE, { id: conversationId, b: 'forged note' });
    assert.equal(codeOf(forged.body), 'FORBIDDEN');
    const notes = await s.gql('query($id: ID!) { conversation(id: $id) { notes { body } } }', { id: conversationId }, ws.apiToken);
    assert.deepEqual(
      notes.data.conversation.notes.map((n: { body: string }) => n.body),
      ['same-origin note'],
    );
  });

  it('refuses the cookie from a foreign Origin on the export endpoint (403), accepts it from its own', async () => {
    const url = `${s.apiUrl}/v1/conversations/export?format=ndjson`;
    const forged = await httpGet(url, headersOf(as(EVIL)));
    assert.equal(forged.status, 403);
    assert.equal((forged.body as { error: { code: string } }).error.code, 'FORBIDDEN');
    assert.equal((await httpGet(url, headersOf(as(own)))).status, 200);
  });

  it('takes a bearer token from any Origin: it is not sent by browsers on their own', async () => {
    const res = await gqlAs(s, { token: ws.apiToken }, VIEWER, {}, s.apiUrl);
    assert.equal(res.body.errors, undefined);
    const withOrigin = await s.gqlRaw(VIEWER, {}, { authorization: `Bearer ${ws.apiToken}`, origin: EVIL });
    assert.equal(withOrigin.body.data?.viewer.workspace.id, ws.id);
  });

  it('applies the same rule to the WebSocket upgrade: 4403 from a foreign Origin, connected from allowed ones', async () => {
    const forged = connectAs(s.apiUrl, as(EVIL));
    const closed = await forged.closed;
    assert.equal(closed.code, 4403);
    assert.match(closed.reason, /Origin/);
    for (const origin of [own, CONSOLE]) {
      const conn = connectAs(s.apiUrl, as(origin));
      await conn.connected;
      await conn.client.dispose();
    }
  });
});
