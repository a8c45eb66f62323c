// A person's way in and out, end to end on the real api and worker: invitation → accept → sign-in →
// the cookie over HTTP and WebSocket → sign-out ends it; invitations single use and expiring;
// passwords never shown or logged; one person in two workspaces.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startSystem, type System } from '../support/system';
import { postConversation } from './support/conversations';
import { ACCEPT, codeOf, gqlAs, gqlOk, INVITE, NOBODY, SIGN_IN, signIn, uniqueEmail } from './support/credentials';
import { captureLogs, type LogCapture } from './support/logs';
import { connectAs, Events } from './support/ws';

const PASSWORD = 'Tr0ub4dor&3-long';
const OTHER_PASSWORD = 'another secret phrase';
const VIEWER = 'query { viewer { role member { id user { email name } } workspace { id name } workspaces { id name } } }';

describe('people: invitation, sign-in, session cookie, sign-out', () => {
  let s: System;
  let logs: LogCapture;
  let ws: { id: string; apiToken: string };
  const bodies: string[] = [];

  before(async () => {
    s = await startSystem({ env: { LOG_LEVEL: 'debug' } });
    logs = captureLogs(s);
    ws = await s.createWorkspace('Flow');
  });
  after(() => s?.stop());

  /** Every answer a person got, for the "no password shown" check at the end. */
  const keep = <T extends { text: string }>(res: T): T => (bodies.push(res.text), res);

  it('invites, accepts with a name and password, and the cookie works over HTTP and WebSocket until sign-out', async () => {
    const email = uniqueEmail('Anna.Rossi');
    const invited = await gqlOk(s, { token: ws.apiToken }, INVITE, { e: email, r: 'AGENT' });
    const { token, acceptUrl, invitation } = invited.inviteMember;
    assert.equal(invitation.email, email.toLowerCase(), 'e-mails are kept lower-cased');
    assert.equal(acceptUrl, `${s.apiUrl}/accept-invitation?token=${encodeURIComponent(token)}`);
    const validDays = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    assert.ok(validDays > 6.9 && validDays <= 7, `valid 7 days, got ${validDays}`);

    const accepted = keep(await s.gqlRaw(ACCEPT, { t: token, n: 'Anna Rossi', p: PASSWORD }));
    assert.equal(accepted.body.errors, undefined, JSON.stringify(accepted.body.errors));
    assert.deepEqual(accepted.body.data.acceptInvitation.member.user, {
      id: accepted.body.data.acceptInvitation.member.user.id,
      email: email.toLowerCase(),
      name: 'Anna Rossi',
    });
    assert.equal(accepted.body.data.acceptInvitation.role, 'AGENT');
    const setCookie = String(accepted.headers['set-cookie']);
    assert.match(setCookie, /^cv_session=cs_[\w-]+;/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    assert.match(setCookie, /Path=\//i);
    assert.doesNotMatch(setCookie, /Secure/i, 'not Secure: PUBLIC_URL is http');
    const expiresDays = (Date.parse(/Expires=([^;]+)/i.exec(setCookie)![1]) - Date.now()) / 86_400_000;
    assert.ok(expiresDays > 29.9 && expiresDays <= 30, `the cookie lasts SESSION_MAX (30 days), got ${expiresDays}`);

    const cookie = await signIn(s, email.toUpperCase(), PASSWORD);
    const viewer = await gqlOk(s, { cookie }, VIEWER);
    assert.equal(viewer.viewer.workspace.id, ws.id);
    assert.equal(viewer.viewer.member.user.email, email.toLowerCase());

    const conn = connectAs(s.apiUrl, { cookie });
    await conn.connected;
    const events = new Events(conn.client, 'subscription { messageReceived { conversationId text } }');
    // the subscription is live once a probe message comes through (bounded retries, no fixed sleep)
    let n = 0;
    const probe = async () => postConversation(s, ws.apiToken, { texts: [`probe ${++n}`] });
    const arrived = await firstOf(events, probe, (d) => d.messageReceived.text.startsWith('probe'));
    assert.ok(arrived);

    const out = keep(await gqlAs(s, { cookie }, 'mutation { signOut }'));
    assert.equal(out.body.data?.signOut, true);
    assert.match(String(out.headers['set-cookie']), /^cv_session=;.*Expires=Thu, 01 Jan 1970/i, 'the cookie is cleared');
    assert.deepEqual(await conn.closed, { code: 4401, reason: 'Unauthorized: the credentials were revoked' });
    assert.equal(codeOf((await gqlAs(s, { cookie }, VIEWER)).body), 'UNAUTHENTICATED', 'the ended session is refused over HTTP');
    const again = connectAs(s.apiUrl, { cookie });
    assert.equal((await again.closed).code, 4401, 'and on a new WebSocket connection');

    const other = await signIn(s, email, PASSWORD);
    assert.equal((await gqlOk(s, { cookie: other }, VIEWER)).viewer.workspace.id, ws.id, 'signing in again works');
    const invitations = await gqlOk(s, { token: ws.apiToken }, 'query { invitations { id acceptedAt } }');
    assert.ok(invitations.invitations.find((i: { id: string }) => i.id === invitation.id).acceptedAt, 'the invitation is marked accepted');
  });

  it('uses an invitation once, refuses a revoked or expired one, and an unknown token', async () => {
    const invite = async () => (await gqlOk(s, { token: ws.apiToken }, INVITE, { e: uniqueEmail('once'), r: 'AGENT' })).inviteMember;
    const used = await invite();
    assert.equal((await s.gqlRaw(ACCEPT, { t: used.token, n: 'Once', p: PASSWORD })).body.errors, undefined);
    const reused = await s.gqlRaw(ACCEPT, { t: used.token, n: 'Twice', p: PASSWORD });
    assert.equal(codeOf(reused.body), 'BAD_USER_INPUT');
    assert.equal(reused.body.errors?.[0].extensions?.reason, 'GONE');
    assert.equal(reused.headers['set-cookie'], undefined, 'no session for a used invitation');

    const revoked = await invite();
    const rv = await gqlOk(s, { token: ws.apiToken }, 'mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }', {
      id: revoked.invitation.id,
    });
    assert.ok(rv.revokeInvitation.revokedAt);
    assert.equal((await s.gqlRaw(ACCEPT, { t: revoked.token, n: 'Late', p: PASSWORD })).body.errors?.[0].extensions?.reason, 'GONE');

    const expired = await invite();
    await s.sql("update invitation set expires_at = now() - interval '1 second' where id = $1", [expired.invitation.id]);
    assert.equal((await s.gqlRaw(ACCEPT, { t: expired.token, n: 'Late', p: PASSWORD })).body.errors?.[0].extensions?.reason, 'GONE');

    assert.equal(codeOf((await s.gqlRaw(ACCEPT, { t: 'ci_not-a-real-token', n: 'X', p: PASSWORD })).body), 'UNAUTHENTICATED');
    const members = await gqlOk(s, { token: ws.apiToken }, 'query { members { user { name } } }');
    assert.deepEqual(
      members.members.map((m: { user: { name: string } }) => m.user.name).filter((n: string) => ['Twice', 'Late', 'X'].includes(n)),
      [],
      'no member came from a refused invitation',
    );
  });

  it('ends a session idle longer than SESSION_IDLE (7 days) or older than SESSION_MAX (30 days)', async () => {
    const email = uniqueEmail('idle');
    await s.addPerson(ws.apiToken, email, 'AGENT', PASSWORD);
    const idle = await signIn(s, email, PASSWORD);
    const old = await signIn(s, email, PASSWORD);
    for (const cookie of [idle, old]) assert.equal((await gqlOk(s, { cookie }, VIEWER)).viewer.workspace.id, ws.id);
    const hashOf = (cookie: string) => createHash('sha256').update(cookie.slice('cv_session='.length)).digest('hex');
    await s.sql("update session set last_seen_at = now() - interval '7 days 1 minute' where token_hash = $1", [hashOf(idle)]);
    await s.sql("update session set expires_at = now() - interval '1 second' where token_hash = $1", [hashOf(old)]);
    for (const cookie of [idle, old]) assert.equal(codeOf((await gqlAs(s, { cookie }, VIEWER)).body), 'UNAUTHENTICATED');
    assert.equal((await gqlOk(s, { cookie: await signIn(s, email, PASSWORD) }, VIEWER)).viewer.workspace.id, ws.id, 'a new sign-in works');
  });

  it('puts one person in two workspaces: viewer.workspaces and switchWorkspace', async () => {
    const second = await s.createWorkspace('Flow second');
    const email = uniqueEmail('two');
    const first = await gqlOk(s, { token: ws.apiToken }, INVITE, { e: email, r: 'AGENT' });
    keep(await s.gqlRaw(ACCEPT, { t: first.inviteMember.token, n: 'Two Places', p: PASSWORD }));
    const inB = await gqlOk(s, { token: second.apiToken }, INVITE, { e: email, r: 'ADMIN' });
    const wrong = keep(await s.gqlRaw(ACCEPT, { t: inB.inviteMember.token, n: 'Two Places', p: OTHER_PASSWORD }));
    assert.equal(codeOf(wrong.body), 'UNAUTHENTICATED', 'an existing person joins with their own password only');
    const joined = keep(await s.gqlRaw(ACCEPT, { t: inB.inviteMember.token, n: 'Two Places', p: PASSWORD }));
    assert.equal(joined.body.data.acceptInvitation.workspace.id, second.id);
    assert.equal(joined.body.data.acceptInvitation.role, 'ADMIN');

    const cookie = await signIn(s, email, PASSWORD);
    const v = (await gqlOk(s, { cookie }, VIEWER)).viewer;
    assert.equal(v.workspace.id, ws.id, 'signing in lands in the workspace joined first');
    assert.equal(v.role, 'AGENT');
    assert.deepEqual(v.workspaces.map((w: { id: string }) => w.id).sort(), [ws.id, second.id].sort());

    const inSecond = await postConversation(s, second.apiToken, { name: 'Only in second' });
    const switched = await gqlOk(
      s,
      { cookie },
      'mutation($w: ID!) { switchWorkspace(workspaceId: $w) { role workspace { id } member { id } } }',
      { w: second.id },
    );
    assert.deepEqual([switched.switchWorkspace.workspace.id, switched.switchWorkspace.role], [second.id, 'ADMIN']);
    const after = (await gqlOk(s, { cookie }, VIEWER)).viewer;
    assert.deepEqual(
      [after.workspace.id, after.role, after.member.id],
      [second.id, 'ADMIN', switched.switchWorkspace.member.id],
      'later operations act in it',
    );
    const c = await gqlOk(s, { cookie }, 'query($id: ID!) { conversation(id: $id) { id } }', { id: inSecond });
    assert.equal(c.conversation?.id, inSecond, "the second workspace's conversations are the session's now");
    assert.ok((await gqlOk(s, { cookie }, 'query { members { id } }')).members.length >= 1, 'with the role it has there (ADMIN)');

    const stranger = await s.createWorkspace('Flow stranger');
    const refused = await gqlAs(s, { cookie }, 'mutation($w: ID!) { switchWorkspace(workspaceId: $w) { role } }', { w: stranger.id });
    assert.equal(codeOf(refused.body), 'NOT_FOUND', 'not to a workspace the person is not in');
    assert.equal((await gqlOk(s, { cookie }, VIEWER)).viewer.workspace.id, second.id);
  });

  it('refuses a wrong password and an unknown e-mail alike, and never shows or logs a password', async () => {
    const email = uniqueEmail('quiet');
    await s.addPerson(ws.apiToken, email, 'AGENT', PASSWORD);
    const wrongPassword = keep(await s.gqlRaw(SIGN_IN, { e: email, p: OTHER_PASSWORD }));
    const wrongEmail = keep(await s.gqlRaw(SIGN_IN, { e: uniqueEmail('nobody'), p: OTHER_PASSWORD }));
    assert.equal(codeOf(wrongPassword.body), 'UNAUTHENTICATED');
    assert.deepEqual(wrongEmail.body, wrongPassword.body, 'the same answer for both');
    const tooShort = keep(await s.gqlRaw(ACCEPT, { t: 'ci_x', n: 'Short', p: 'short' }));
    assert.equal(codeOf(tooShort.body), 'BAD_USER_INPUT');
    assert.equal(tooShort.body.errors?.[0].extensions?.field, 'password');
    keep(await gqlAs(s, NOBODY, VIEWER));
    keep(await gqlAs(s, { cookie: await signIn(s, email, PASSWORD) }, VIEWER));

    const hashes = await s.sql<{ password_hash: string }>('select password_hash from app_user');
    assert.ok(hashes.length >= 3);
    const secrets = [
      PASSWORD,
      OTHER_PASSWORD,
      'short',
      ...hashes.map((h) => h.password_hash),
      ...hashes.map((h) => h.password_hash.split('$').pop()!),
    ];
    const shown = bodies.join('\n');
    // LOG_LEVEL=debug: whatever the api and worker print at their most talkative
    const logged = logs.text();
    for (const secret of secrets) {
      assert.ok(!shown.includes(secret), `a response shows ${secret.slice(0, 12)}…`);
      assert.ok(!logged.includes(secret), `a log line shows ${secret.slice(0, 12)}…`);
    }
  });
});

/** Calls `poke` until `events` yields a match (a subscription is live once one arrives), at most 20 times. */
async function firstOf<T>(events: Events<T>, poke: () => Promise<unknown>, match: (d: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await poke();
    try {
      return await events.next(match, 1_000);
    } catch {
      // not live yet: poke again
    }
  }
  throw new Error('the subscription never delivered');
}
