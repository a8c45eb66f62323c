#!/usr/bin/env node
// The README's pictures of the console: the list, a conversation, the overview (English), a
// conversation in Italian, and both at a phone's width. `node docs/screenshots/take.mjs` starts a
// private stack with SCREENSHOTS_N (2,000) seeded conversations; CONSOLE_URL (+ CONSOLE_EMAIL,
// CONSOLE_PASSWORD) shoots a running system instead.
import { fileURLToPath } from 'node:url';
import { launch, signIn } from '../../bench/console/browser.mjs';
import { openTarget } from '../../bench/console/target.mjs';

const OUT = fileURLToPath(new URL('.', import.meta.url));
const log = (m) => process.stderr.write(`[screenshots] ${m}\n`);

const { browser } = await launch();
let target;
try {
  target = await openTarget({ conversations: Number(process.env.SCREENSHOTS_N ?? 2_000), browser, log });
  const state = await signIn(browser, target.url, target.email, target.password);
  const shoot = async (name, { width = 1440, height = 900, locale = 'en-US', path, ready }) => {
    const context = await browser.newContext({
      baseURL: target.url,
      storageState: state,
      viewport: { width, height },
      locale,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(path);
    await ready(page);
    // Fonts, charts' animations and relative times settle.
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: `${OUT}${name}.png` });
    log(`${name}.png`);
    const url = page.url();
    await context.close();
    return url;
  };
  const listReady = (page) => page.getByRole('list').getByRole('link').first().waitFor();
  await shoot('list', { path: '/conversations', ready: listReady });
  // The conversation with the most to show: the newest well-served one whose review has criteria and
  // status evidence (asked with the API token when there is one), else the second of the list.
  const href = (target.apiToken && (await richestConversation(target))) ?? (await secondRow(browser, target.url, state));
  const detailReady = (page) => page.getByRole('region', { name: /Summary|Riepilogo/ }).waitFor();
  await shoot('detail', { path: href, ready: detailReady });
  await shoot('detail-it', { path: href, locale: 'it-IT', ready: detailReady });
  await shoot('overview', { path: '/overview?days=30', ready: (page) => page.locator('svg.recharts-surface').first().waitFor() });
  await shoot('narrow-list', { path: '/conversations', width: 390, height: 844, ready: listReady });
  await shoot('narrow-detail', { path: href, width: 390, height: 844, ready: detailReady });
} finally {
  await browser.close();
  await target?.stop();
}

async function richestConversation({ url, apiToken }) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
    body: JSON.stringify({
      query: '{ conversations(first: 50) { edges { node { id review { qualityScore criteria { key } statusEvidence { quote } } } } } }',
    }),
  });
  const edges = (await res.json()).data?.conversations.edges ?? [];
  const rich = edges.filter((e) => e.node.review?.criteria.length && e.node.review.statusEvidence.length);
  const best = rich.find((e) => e.node.review.qualityScore >= 60) ?? rich[0];
  return best && `/conversations/${best.node.id}`;
}

async function secondRow(browser, url, state) {
  const context = await browser.newContext({ baseURL: url, storageState: state });
  const page = await context.newPage();
  await page.goto('/conversations');
  await page.getByRole('list').getByRole('link').nth(1).waitFor();
  const href = await page.getByRole('list').getByRole('link').nth(1).getAttribute('href');
  await context.close();
  return href;
}
