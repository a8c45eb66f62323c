// The system the console's scripts drive: an existing one (CONSOLE_URL with CONSOLE_EMAIL and
// CONSOLE_PASSWORD of a member, or API_TOKEN of a workspace, whose token then invites a member; the
// token also posts live messages), or a private bench stack (bench/lib/system.ts) seeded with
// `conversations` conversations. Invited members accept through the console's own page.
import { randomBytes } from 'node:crypto';

export async function openTarget({ conversations, browser, log }) {
  if (process.env.CONSOLE_URL) {
    const url = process.env.CONSOLE_URL.replace(/\/$/, '');
    const apiToken = process.env.API_TOKEN;
    const gql = async (query, variables) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    };
    if (process.env.CONSOLE_EMAIL && process.env.CONSOLE_PASSWORD) {
      return {
        url,
        email: process.env.CONSOLE_EMAIL,
        password: process.env.CONSOLE_PASSWORD,
        apiToken,
        external: true,
        stop: async () => {},
      };
    }
    if (!apiToken) throw new Error('CONSOLE_URL needs CONSOLE_EMAIL and CONSOLE_PASSWORD, or API_TOKEN');
    return { url, ...(await inviteMember(browser, url, gql)), apiToken, external: true, stop: async () => {} };
  }
  // Loaded only here: measuring a running system needs none of the stack's code.
  const [{ BenchSystem }, { seed }] = await Promise.all([import('../lib/system.ts'), import('../seed.ts')]);
  const sys = new BenchSystem('persistent', { REVIEW_DELAY: '2s' });
  await sys.start();
  try {
    log(`seeding ${conversations} conversations`);
    await seed({ databaseUrl: sys.stack.databaseUrl, workspaceId: sys.workspace.id, from: 1, to: conversations, log });
    const gql = async (q, v) => ({ data: await sys.gql(q, v) });
    const member = await inviteMember(browser, sys.apiUrl, gql);
    return { url: sys.apiUrl, ...member, apiToken: sys.workspace.apiToken, external: false, stop: () => sys.stop() };
  } catch (err) {
    await sys.stop();
    throw err;
  }
}

/** A new ADMIN member: invited with the workspace's token, accepted through the console's page. */
async function inviteMember(browser, url, gql) {
  const email = `console-${randomBytes(3).toString('hex')}@example.com`;
  const password = 'console password 1';
  const invite = await gql('mutation($e: String!) { inviteMember(email: $e, role: ADMIN) { acceptUrl } }', { e: email });
  const acceptUrl = invite.data?.inviteMember?.acceptUrl;
  if (!acceptUrl) throw new Error(`inviteMember failed: ${JSON.stringify(invite.errors)}`);
  const context = await browser.newContext({ baseURL: url });
  const page = await context.newPage();
  const u = new URL(acceptUrl);
  await page.goto(u.pathname + u.search);
  await page.getByRole('textbox', { name: 'Name' }).fill('Alice Admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL((x) => x.pathname.startsWith('/conversations'));
  await context.close();
  return { email, password };
}
