// A person in two workspaces: joining the second one through its invitation, then switching back.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { conversationLink, signedInPage, type ConsoleSuite } from '../support/suite';

export function workspaceCases(suite: ConsoleSuite): void {
  it('joins a second workspace with the same password and switches between the two', async () => {
    const second = await suite.system.createWorkspace('Second shop');
    const invite = await suite.system.gql<{ inviteMember: { acceptUrl: string } }>(
      'mutation($e: String!) { inviteMember(email: $e, role: AGENT) { acceptUrl } }',
      { e: suite.seeded.member.email },
      second.apiToken,
    );
    assert.ok(invite.data, JSON.stringify(invite.errors));
    const page = await signedInPage(suite);
    await conversationLink(page, 'Elena Galli').waitFor();
    const acceptUrl = new URL(invite.data.inviteMember.acceptUrl);
    await page.goto(acceptUrl.pathname + acceptUrl.search);
    await page.getByRole('textbox', { name: 'Name' }).fill(suite.seeded.member.name);
    await page.getByLabel('Password').fill(suite.seeded.member.password);
    await page.getByRole('button', { name: 'Join' }).click();
    // The new workspace has nothing reviewed yet, and says why.
    await page.getByRole('heading', { name: 'No reviewed conversations yet' }).waitFor();
    await page.getByText('Second shop').waitFor();
    // An AGENT there: no Team page.
    assert.equal(await page.getByRole('link', { name: 'Team' }).count(), 0);
    await page.getByRole('button', { name: suite.seeded.member.name }).click();
    await page.getByRole('menuitem', { name: suite.seeded.workspaceName }).click();
    await conversationLink(page, 'Elena Galli').waitFor();
    // the header names the workspace now acted in (the menu that also lists it has closed)
    await page.getByRole('banner').getByText(suite.seeded.workspaceName).waitFor();
    await page.getByRole('link', { name: 'Team' }).waitFor();
    await page.context().close();
  });
}
