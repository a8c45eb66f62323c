import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { Authenticator } from '../auth/authenticator.service';
import { CredentialEvents, type Revocation } from '../events/credential-events.service';
import { ApiTokensService } from '../workspaces/api-tokens.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { SessionsService } from './sessions.service';

describe('revocations (medium: real PostgreSQL, NOTIFY)', () => {
  let m: Medium;
  let auth: Authenticator;
  const heard: Revocation[] = [];
  before(async () => {
    m = await medium();
    auth = m.get(Authenticator);
    const events: CredentialEvents = m.get(CredentialEvents);
    events.subscribe((r) => heard.push(r));
    // LISTEN is in place once the events are live: nothing published later is missed
    for (let i = 0; i < 100 && !events.live; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(events.live, 'revocations are heard');
  });
  after(() => m.close());

  /** Waits (bounded) until a revocation matching `match` was heard. */
  async function heardOf(match: (r: Revocation) => boolean): Promise<Revocation> {
    for (let i = 0; i < 100; i++) {
      const r = heard.find(match);
      if (r) return r;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('revocation not heard');
  }

  async function person(workspaceId: string, email: string) {
    const invitations = m.get(InvitationsService);
    const signedIn = await invitations.accept(
      (await invitations.invite(workspaceId, 'test', email, 'AGENT')).token,
      'P',
      'medium password 1',
    );
    return signedIn;
  }

  it('refuses a revoked API token on the very next authentication, and announces it', async () => {
    const ws = await m.workspace();
    const tokens = m.get(ApiTokensService);
    const { apiToken, token } = await tokens.create(ws.id, 'doomed');
    assert.equal((await auth.authenticate({ authorization: `Bearer ${token}` })).kind, 'apiToken');
    await tokens.revoke(ws.id, apiToken.id);
    assert.equal((await auth.authenticate({ authorization: `Bearer ${token}` })).kind, 'invalid');
    await heardOf((r) => r.kind === 'apiToken' && r.id === apiToken.id);
  });

  it("ends a removed member's sessions in that workspace, and announces it", async () => {
    const ws = await m.workspace();
    const p = await person(ws.id, 'removed@example.com');
    const principal = await auth.authenticate({ sessionToken: p.sessionToken });
    assert.equal(principal.kind, 'member');
    await m.get(MembersService).remove(ws.id, p.member.id);
    assert.equal((await auth.authenticate({ sessionToken: p.sessionToken })).kind, 'invalid');
    await heardOf((r) => r.kind === 'member' && r.id === p.member.id && r.workspaceId === ws.id);
    const [row] = await m.query<{ revoked: boolean }>(
      `select revoked_at is not null as revoked from session where user_id = '${p.member.user.id}'`,
    );
    assert.equal(row.revoked, true);
  });

  it('ends a signed-out session; a switched one acts in its new workspace at once', async () => {
    const a = await m.workspace();
    const b = await m.workspace();
    const p = await person(a.id, 'switcher@example.com');
    await person(b.id, 'switcher@example.com');
    const sessions = m.get(SessionsService);
    const before = await auth.authenticate({ sessionToken: p.sessionToken });
    assert.ok(before.kind === 'member' && before.workspaceId === a.id);
    await sessions.switchWorkspace(before.sessionId, b.id);
    const after = await auth.authenticate({ sessionToken: p.sessionToken });
    assert.ok(after.kind === 'member' && after.workspaceId === b.id && after.memberId !== before.memberId, JSON.stringify(after));
    await sessions.revoke(before.sessionId);
    assert.equal((await auth.authenticate({ sessionToken: p.sessionToken })).kind, 'invalid');
    await heardOf((r) => r.kind === 'session' && r.id === before.sessionId);
  });
});
