// Global setup of the test run (`npm test`: node --test --test-global-setup=test/global-setup.mts):
// starts PostgreSQL, Temporal (headless, in memory) and Meilisearch on random free ports in a temporary
// folder, registers the workflows' search attributes, migrates a template database, and writes the
// connection details to `$TEST_STACK_FILE` (<tmp>/stack.json) for the test files (test/support/stack.ts).
// Runs from source (TypeScript on Node 24) against the build that `npm test` made.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DIST, ROOT } from '../scripts/paths.ts';
import { startStack, type Stack } from '../scripts/stack/index.ts';
import { runToCompletion } from '../scripts/stack/process.ts';
import { installShutdownHandlers } from '../scripts/stack/shutdown.ts';
import { removeStack } from './global-teardown.mts';

export const TEMPLATE_DATABASE = 'conversations_template';
const HANDLE = Symbol.for('conversations.testStack');
const SEARCH_ATTRIBUTES_MODULE = 'dist/libs/domain/src/temporal/search-attributes.js';

export interface TestStackHandle {
  tmpDir: string;
  stack: Stack | undefined;
  /** set once removeStack has stopped the services and removed the folder */
  removed?: boolean;
}

const globals = globalThis as typeof globalThis & { [HANDLE]?: TestStackHandle };
const requireBuilt = createRequire(import.meta.url);
const log = (m: string): void => void process.stderr.write(`[test-stack] ${m}\n`);

/** Runs SQL statements, one by one, on the given database URL. */
async function sql(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

async function migrateTemplate(stack: Stack, tmpDir: string): Promise<void> {
  const admin = stack.adminDatabaseUrl;
  const templateUrl = new URL(admin);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  // Left by an earlier run when the stack is external (DATABASE_URL): a template cannot be dropped.
  await sql(admin, `ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE false`).catch(() => {});
  await sql(admin, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await runToCompletion({
    name: 'migrate',
    command: process.execPath,
    args: ['--enable-source-maps', path.join(ROOT, DIST.migrate)],
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: templateUrl.toString() },
    logDir: path.join(tmpDir, 'logs'),
    timeoutMs: 300_000,
  });
  // A template nobody connects to: CREATE DATABASE … TEMPLATE never finds it busy.
  await sql(admin, `ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
}

export async function globalSetup(): Promise<void> {
  if (globals[HANDLE]) return; // already started (globalSetup of several projects)
  if (!existsSync(path.join(ROOT, DIST.migrate)))
    throw new Error(`${DIST.migrate} is missing: run the tests with npm test, which builds first`);
  const started = Date.now();
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'conversations-test-'));
  const handle: TestStackHandle = { tmpDir, stack: undefined };
  globals[HANDLE] = handle;
  // Ctrl-C during the run: stop the services and remove their folder; SIGKILL them if the runner exits without teardown.
  installShutdownHandlers({ signalExitCode: 130, shutdown: () => removeStack(handle) });
  // The runner may exit on Ctrl-C without a teardown: the services are SIGKILLed then (shutdown.ts), and their folder goes too.
  process.once('exit', () => {
    if (!handle.removed && !process.env.KEEP_TEST_STACK) rmSync(tmpDir, { recursive: true, force: true, maxRetries: 5 });
  });
  try {
    const stack = await startStack({
      dataDir: tmpDir,
      persistent: false,
      headlessTemporal: true,
      preferUsualPorts: false,
      useEnvPorts: false,
      log,
    });
    handle.stack = stack;
    // As the worker does at its start, from the workflow contract (libs/domain/src/temporal/search-attributes.ts).
    const { registerSearchAttributes } = requireBuilt(path.join(ROOT, SEARCH_ATTRIBUTES_MODULE)) as {
      registerSearchAttributes: (o: { address: string; namespace: string }) => Promise<string[]>;
    };
    await Promise.all([
      registerSearchAttributes({ address: stack.temporalAddress, namespace: stack.temporalNamespace }),
      migrateTemplate(stack, tmpDir),
    ]);
    const file = path.join(tmpDir, 'stack.json');
    const details = {
      databaseUrl: stack.adminDatabaseUrl,
      templateDatabase: TEMPLATE_DATABASE,
      temporalAddress: stack.temporalAddress,
      temporalNamespace: stack.temporalNamespace,
      meiliUrl: stack.meiliUrl,
      meiliMasterKey: stack.meiliMasterKey,
      tmpDir,
    };
    writeFileSync(file, JSON.stringify(details, null, 2), { mode: 0o600 });
    process.env.TEST_STACK_FILE = file;
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${file})`);
  } catch (err) {
    await removeStack(handle);
    throw err;
  }
}

export { globalTeardown } from './global-teardown.mts';
