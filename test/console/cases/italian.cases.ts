/// <reference lib="dom" />
// (Callbacks passed to page.evaluate run in the browser.)
// A browser in Italian gets the console in Italian: the names the contract fixes, dates and statuses.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkAxe, conversationLink, newContext, type ConsoleSuite } from '../support/suite';

export function italianCases(suite: ConsoleSuite): void {
  it('speaks Italian to an Italian browser and remembers a switch to English', async () => {
    const context = await newContext(suite, { locale: 'it-IT', signedIn: false });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).fill(suite.seeded.member.email);
    await page.getByLabel('Password').fill(suite.seeded.member.password);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversazioni' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
    await page.getByRole('searchbox', { name: 'Cerca conversazioni' }).waitFor();
    await conversationLink(page, 'Sara Neri').click();
    await page.getByRole('region', { name: 'Riepilogo' }).waitFor();
    await page.getByRole('textbox', { name: 'Nota' }).waitFor();
    await page.getByRole('button', { name: 'Aggiungi nota' }).waitFor();
    await page.getByRole('textbox', { name: 'Tag' }).waitFor();
    await page.getByRole('button', { name: 'Aggiungi tag' }).waitFor();
    await page.getByRole('combobox', { name: 'Stato' }).waitFor();
    // Status labels are translated; the option values stay the API's codes.
    const options = await page
      .getByRole('combobox', { name: 'Stato' })
      .locator('option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    assert.deepEqual(
      options.find(([v]) => v === 'FOLLOW_UP'),
      ['FOLLOW_UP', 'Da ricontattare'],
    );
    await checkAxe(suite, page, 'conversation detail (it)');
    await page.getByRole('button', { name: suite.seeded.member.name }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Sara Neri' }).waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    await context.close();
  });
}
