// The system the console's scripts drive: an existing one (CONSOLE_URL, CONSOLE_EMAIL,
// CONSOLE_PASSWORD, and API_TOKEN to post messages), or a private bench stack (bench/lib/system.mjs)
// seeded with `conversations` conversations and a member invited and accepted through the console.
import { randomBytes } from 'node:crypto';

export async function openTarget({ conversations, browser, log }) {
  if (process.env.CONSOLE_URL) {
    const url = process.env.CONSOLE_URL.replace(/\/$/, '');
    const email = process.env.CONSOLE_EMAIL;
    const password = process.env.CONSOLE_PASSWORD;
    if (!email || !password) throw new Error('CONSOLE_URL needs CONSOLE_EMAIL and CONSOLE_PASSWORD');
    return { url, email, password, apiToken: process.env.API_TOKEN, external: true, stop: async () => {} };
  }
  // Loaded only here: measuring a running system needs none of the stack's code.
  const [{ BenchSystem }, { seed }] = await Promise.all([import('../lib/system.mjs'), import('../seed.mjs')]);
  const sys = new BenchSystem({ persistent: false, reviewDelay: '2s' });
  await sys.start();
  try {
    log(`seeding ${conversations} conversations`);
    await seed({ databaseUrl: sys.stack.databaseUrl, workspaceId: sys.workspaceId, from: 0, to: conversations, log });
    const email = `bench-${randomBytes(3).toString('hex')}@example.com`;
    const password = 'bench password 1';
    const invite = await sys.gql('mutation($e: String!) { inviteMember(email: $e, role: ADMIN) { acceptUrl } }', { e: email });
    const acceptUrl = invite.data?.inviteMember?.acceptUrl;
    if (!acceptUrl) throw new Error(`inviteMember failed: ${JSON.stringify(invite.errors)}`);
    const context = await browser.newContext({ baseURL: sys.apiUrl });
    const page = await context.newPage();
    const u = new URL(acceptUrl);
    await page.goto(u.pathname + u.search);
    await page.getByRole('textbox', { name: 'Name' }).fill('Bench Admin');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL((x) => x.pathname.startsWith('/conversations'));
    await context.close();
    return { url: sys.apiUrl, email, password, apiToken: sys.apiToken, external: false, stop: () => sys.stop() };
  } catch (err) {
    await sys.stop();
    throw err;
  }
}
