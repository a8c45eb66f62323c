// Team: invite someone (the link is shown once), create an API token (shown once) and revoke it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkAxe, signedInPage, type ConsoleSuite } from '../support/suite';

export function teamCases(suite: ConsoleSuite): void {
  it('invites a member, creates an API token and revokes it', async () => {
    const page = await signedInPage(suite, '/team');
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.getByRole('region', { name: 'Members' }).getByRole('cell', { name: suite.seeded.member.email, exact: true }).waitFor();

    await page.getByRole('textbox', { name: 'Email to invite' }).fill('bob@example.com');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const link = await page
      .getByRole('status')
      .filter({ hasText: 'Invitation link for bob@example.com' })
      .locator('[data-testid="shown-once"]')
      .textContent();
    assert.match(link ?? '', /\/accept-invitation\?token=/);
    await page.getByRole('region', { name: 'Invitations' }).getByRole('cell', { name: 'bob@example.com', exact: true }).waitFor();

    await page.getByRole('textbox', { name: 'Token name' }).fill('CRM sync');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token =
      (await page.getByRole('status').filter({ hasText: 'New token “CRM sync”' }).locator('[data-testid="shown-once"]').textContent()) ??
      '';
    assert.ok(token.length > 10);
    const works = await suite.system.gql('{ viewer { role } }', {}, token);
    assert.equal(works.errors, undefined);
    await checkAxe(suite, page, 'team');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Revoke token CRM sync' }).click();
    await page.getByText(/^Revoked /).waitFor();
    const refused = await suite.system.gql('{ viewer { role } }', {}, token);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    await page.context().close();
  });
}
