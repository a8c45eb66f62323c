// The web console in a real browser against the real system (api, worker, PostgreSQL, Temporal,
// Meilisearch): one stack and one Chromium for every case, in the order a person would go.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSystem } from '../support/system';
import { authCases } from './cases/auth.cases';
import { bulkCases } from './cases/bulk.cases';
import { detailCases } from './cases/detail.cases';
import { italianCases } from './cases/italian.cases';
import { listCases } from './cases/list.cases';
import { liveCases } from './cases/live.cases';
import { overviewCases } from './cases/overview.cases';
import { schemaCases } from './cases/schema.cases';
import { teamCases } from './cases/team.cases';
import { workspaceCases } from './cases/workspaces.cases';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { seedWorkspace } from './support/seed';
import type { ConsoleSuite } from './support/suite';

const CONSOLE_BUILD = path.resolve(__dirname, '..', '..', 'console', 'index.html');

describe('web console', { concurrency: 1 }, () => {
  const suite = { axe: new Map(), timings: new Map() } as unknown as ConsoleSuite;
  let launched: LaunchedBrowser | undefined;

  before(async () => {
    assert.ok(existsSync(CONSOLE_BUILD), `no console build at ${CONSOLE_BUILD}: run npm run build`);
    const [system, browser] = await Promise.all([startSystem({ reviewDelay: '1s' }), launchBrowser()]);
    launched = browser;
    process.stderr.write(`[console] ${browser.version}\n`);
    Object.assign(suite, { system, browser: browser.browser, url: system.apiUrl, seeded: await seedWorkspace(system) });
  });

  after(async () => {
    for (const [name, ms] of suite.timings ?? []) process.stderr.write(`[console] ${name}: ${ms}\n`);
    await launched?.close();
    await suite.system?.stop();
  });

  it('serves the console at / with its routes', async () => {
    const res = await fetch(`${suite.url}/conversations/some-id?status=SPAM`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<div id="root">/);
  });

  schemaCases(suite);
  authCases(suite);
  listCases(suite);
  detailCases(suite);
  liveCases(suite);
  bulkCases(suite);
  overviewCases(suite);
  teamCases(suite);
  workspaceCases(suite);
  italianCases(suite);

  it('has no critical or serious axe-core violation on any page', () => {
    const pages = [...suite.axe.keys()];
    for (const page of ['sign in', 'accept invitation', 'conversations', 'conversation detail', 'overview', 'team', 'shortcut help']) {
      assert.ok(pages.includes(page), `axe ran on ${page}`);
    }
    const found = [...suite.axe.entries()].flatMap(([page, violations]) => violations.map((v) => `${page}: ${v}`));
    assert.deepEqual(found, []);
  });
});
