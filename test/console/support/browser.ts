// The browser of the console tests: Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core
// (which downloads no browser). Playwright gives every launch a fresh temporary --user-data-dir of
// its own (it refuses one passed in the arguments), and each test a fresh context (cookies, locale).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const LAUNCH_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      `no Chromium: set CHROMIUM_PATH or install Debian's package (apt-get install -y chromium); looked at ${CANDIDATES.join(', ')}`,
    );
  }
  return found;
}

export interface LaunchedBrowser {
  browser: Browser;
  version: string;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath();
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({ executablePath, args: LAUNCH_FLAGS, timeout: 30_000 });
  return { browser, version, close: () => browser.close().catch(() => {}) };
}
