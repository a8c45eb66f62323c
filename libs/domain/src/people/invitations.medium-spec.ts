import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { DomainError } from '../errors/domain-error';
import { InvitationsService } from './invitations.service';
import { SignInService } from './sign-in.service';

const PASSWORD = 'medium password 1';

describe('InvitationsService (medium: real PostgreSQL)', () => {
  let m: Medium;
  let invitations: InvitationsService;
  before(async () => {
    m = await medium();
    invitations = m.get(InvitationsService);
  });
  after(() => m.close());

  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
    );

  it('lets one of two simultaneous acceptances of the same invitation through', async () => {
    const ws = await m.workspace();
    const { token } = await invitations.invite(ws.id, 'test', 'race@example.com', 'AGENT');
    const codes = await Promise.all([
      codeOf(invitations.accept(token, 'One', PASSWORD)),
      codeOf(invitations.accept(token, 'Two', PASSWORD)),
    ]);
    assert.deepEqual(codes.sort(), ['GONE', 'ok']);
    const members = await m.query<{ n: string }>(`select count(*) n from member where workspace_id = '${ws.id}'`);
    assert.equal(Number(members[0].n), 1);
  });

  it('keeps only hashes: neither the invitation token nor the session token nor the password is stored', async () => {
    const ws = await m.workspace();
    const { token } = await invitations.invite(ws.id, 'test', 'Stored@Example.com', 'ADMIN');
    const signedIn = await invitations.accept(token, 'Stored', PASSWORD);
    const dump = JSON.stringify(
      await m.query(
        `select i.*, s.*, u.* from invitation i, session s, app_user u where u.email = 'stored@example.com' and s.user_id = u.id and i.email = u.email`,
      ),
    );
    for (const secret of [token, signedIn.sessionToken, PASSWORD]) assert.ok(!dump.includes(secret), `stored: ${secret.slice(0, 6)}…`);
    assert.match(dump, /\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('adds a second workspace to an existing person only with their password, who then signs in to the first one joined', async () => {
    const first = await m.workspace();
    const second = await m.workspace();
    await invitations.accept((await invitations.invite(first.id, 'test', 'both@example.com', 'AGENT')).token, 'Both', PASSWORD);
    const { token } = await invitations.invite(second.id, 'test', 'BOTH@example.com', 'ADMIN');
    assert.equal(await codeOf(invitations.accept(token, 'Both', 'not the password')), 'UNAUTHENTICATED');
    const joined = await invitations.accept(token, 'Another name', PASSWORD);
    assert.deepEqual(
      [joined.workspace.id, joined.member.role, joined.member.user.name],
      [second.id, 'ADMIN', 'Both'],
      'the person keeps their name',
    );
    const signedIn = await m.get(SignInService).signIn('both@example.com', PASSWORD, '203.0.113.7');
    assert.equal(signedIn.workspace.id, first.id);
  });

  it('refuses an expired, revoked or used invitation as GONE and an unknown one as UNAUTHENTICATED', async () => {
    const ws = await m.workspace();
    const expired = await invitations.invite(ws.id, 'test', 'expired@example.com', 'AGENT');
    await m.query(`update invitation set expires_at = now() - interval '1 millisecond' where id = '${expired.invitation.id}'`);
    assert.equal(await codeOf(invitations.accept(expired.token, 'Late', PASSWORD)), 'GONE');
    const revoked = await invitations.invite(ws.id, 'test', 'revoked@example.com', 'AGENT');
    await invitations.revoke(ws.id, revoked.invitation.id);
    assert.equal(await codeOf(invitations.accept(revoked.token, 'Late', PASSWORD)), 'GONE');
    assert.equal(await codeOf(invitations.accept('ci_unknown', 'Who', PASSWORD)), 'UNAUTHENTICATED');
    assert.equal(
      await codeOf(invitations.revoke((await m.workspace()).id, revoked.invitation.id)),
      'NOT_FOUND',
      "another workspace's invitation",
    );
  });
});
