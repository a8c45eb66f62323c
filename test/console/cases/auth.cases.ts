// Accept an invitation, sign out, wrong password, sign in (its session is kept for the other cases), a quick sign-in.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkAxe, newContext, type ConsoleSuite } from '../support/suite';

export function authCases(suite: ConsoleSuite): void {
  it('accepts an invitation with a name and a password, then lands on the conversations', async () => {
    const context = await newContext(suite, { signedIn: false });
    const page = await context.newPage();
    const acceptUrl = new URL(suite.seeded.acceptUrl);
    assert.equal(acceptUrl.pathname, '/accept-invitation');
    await page.goto(acceptUrl.pathname + acceptUrl.search);
    await page.getByRole('textbox', { name: 'Name' }).waitFor();
    await checkAxe(suite, page, 'accept invitation');
    await page.getByRole('textbox', { name: 'Name' }).fill(suite.seeded.member.name);
    await page.getByLabel('Password').fill(suite.seeded.member.password);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversations' }).waitFor();
    await page.getByRole('button', { name: /Alice Admin/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // Signed out means signed out: the list sends back to the sign-in page.
    await page.goto('/conversations');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.match(page.url(), /\/sign-in\?next=%2Fconversations/);
    // The invitation is spent: opened again, it says so in the console's words.
    await page.goto(acceptUrl.pathname + acceptUrl.search);
    await page.getByRole('textbox', { name: 'Name' }).fill(suite.seeded.member.name);
    await page.getByLabel('Password').fill(suite.seeded.member.password);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('alert').filter({ hasText: 'This invitation is no longer valid' }).waitFor();
    await context.close();
  });

  it('refuses a wrong password with one message, and signs in with the right one', async () => {
    const context = await newContext(suite, { signedIn: false });
    const page = await context.newPage();
    await page.goto('/conversations?status=SPAM');
    await page.getByRole('textbox', { name: 'Email' }).waitFor();
    await checkAxe(suite, page, 'sign in');
    await page.getByRole('textbox', { name: 'Email' }).fill(suite.seeded.member.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await page.getByLabel('Password').fill(suite.seeded.member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversations' }).waitFor();
    // Back where the person was going, filter included.
    assert.equal(new URL(page.url()).search, '?status=SPAM');
    suite.storageState = await context.storageState();
    const cookie = suite.storageState.cookies[0];
    assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
    await context.close();
  });

  it('lists the conversations right after a quick sign-in (not the refused answer the page asked for before it)', async () => {
    const context = await newContext(suite, { signedIn: false });
    const page = await context.newPage();
    await page.goto('/conversations?status=SPAM');
    await page.getByRole('textbox', { name: 'Email' }).fill(suite.seeded.member.email);
    await page.getByLabel('Password').fill(suite.seeded.member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: /^Promo Bot/ }).waitFor();
    assert.equal(await page.getByText('The conversations could not be loaded.').count(), 0);
    await context.close();
  });
}
