// What every console test case gets: the running system, the browser, the seeded workspace, and
// pages signed in as its admin.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { System } from '../../support/system';
import { seriousViolations } from './axe';
import type { Seeded } from './seed';

export interface ConsoleSuite {
  system: System;
  browser: Browser;
  seeded: Seeded;
  /** The console's origin (the API serves it). */
  url: string;
  /** Cookies of the signed-in admin, set by the sign-in case. */
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  /** axe findings per page, checked at the end. */
  axe: Map<string, string[]>;
  /** Figures worth printing (e.g. how long opening a conversation took). */
  timings: Map<string, number>;
}

export async function newContext(
  suite: ConsoleSuite,
  options: { locale?: string; signedIn?: boolean; width?: number } = {},
): Promise<BrowserContext> {
  if (options.signedIn !== false) assert.ok(suite.storageState, 'the sign-in case runs first and keeps the session');
  const context = await suite.browser.newContext({
    baseURL: suite.url,
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1440, height: 900 },
    acceptDownloads: true,
    storageState: options.signedIn === false ? undefined : suite.storageState,
  });
  context.setDefaultTimeout(10_000);
  return context;
}

export async function signedInPage(
  suite: ConsoleSuite,
  path = '/conversations',
  options: { locale?: string; width?: number } = {},
): Promise<Page> {
  const context = await newContext(suite, options);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Runs axe on what the page shows now and keeps the findings under `name`. */
export async function checkAxe(suite: ConsoleSuite, page: Page, name: string): Promise<void> {
  suite.axe.set(name, await seriousViolations(page));
}

export function conversationLink(page: Page, title: string) {
  return page.getByRole('link', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}
