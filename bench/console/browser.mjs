// Chromium for the console's scripts (the same choice as the browser tests: CHROMIUM_PATH or Debian's).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  const executablePath = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!executablePath) throw new Error('no Chromium: set CHROMIUM_PATH or apt-get install -y chromium');
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  return { browser: await chromium.launch({ executablePath, args: FLAGS }), version };
}

/** Signs in through the sign-in page and returns the session (cookies) for new contexts. */
export async function signIn(browser, url, email, password) {
  const context = await browser.newContext({ baseURL: url });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname !== '/sign-in');
  const state = await context.storageState();
  await context.close();
  return state;
}
