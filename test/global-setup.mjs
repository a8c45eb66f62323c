// Global setup of the test run (node --test --test-global-setup=test/global-setup.mjs): starts PostgreSQL, Temporal (headless, in memory) and Meilisearch on random free
// ports in a temporary folder, migrates a template database, and writes the connection details to
// `$TEST_STACK_FILE` (<tmp>/stack.json) for the test workers (see test/support/stack.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DIST, ensureBuilt, ROOT } from '../scripts/stack/build.mjs';
import { startStack } from '../scripts/stack/index.mjs';
import { installShutdownHandlers, runToCompletion } from '../scripts/stack/process.mjs';

export const TEMPLATE_DATABASE = 'conversations_template';
const HANDLE = Symbol.for('conversations.testStack');

const log = (m) => process.stderr.write(`[test-stack] ${m}\n`);

/** Runs SQL statements, one by one, on the given database URL. */
async function sql(url, ...statements) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

export async function globalSetup() {
  if (globalThis[HANDLE]) return; // already started (globalSetup of several projects)
  const started = Date.now();
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'conversations-test-'));
  const handle = { tmpDir, stack: undefined };
  globalThis[HANDLE] = handle;
  // Ctrl-C during the run: stop the services; and SIGKILL them if the runner exits without teardown.
  installShutdownHandlers({ signalExitCode: 130, shutdown: async () => handle.stack?.stop() });
  try {
    const [, stack] = await Promise.all([
      ensureBuilt({ targets: [DIST.api, DIST.worker, DIST.migrate], required: [DIST.migrate], log, logDir: path.join(tmpDir, 'logs') }),
      startStack({ dataDir: tmpDir, persistent: false, headlessTemporal: true, preferUsualPorts: false, useEnvPorts: false, log }),
    ]);
    handle.stack = stack;

    const admin = stack.adminDatabaseUrl;
    const templateUrl = new URL(admin);
    templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
    await sql(admin, `ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE false`).catch(() => {}); // absent: fine
    await sql(admin, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await runToCompletion({
      name: 'migrate',
      command: process.execPath,
      args: [path.join(ROOT, DIST.migrate)],
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: templateUrl.toString() },
      logDir: path.join(tmpDir, 'logs'),
      timeoutMs: 300_000,
    });
    // A template nobody connects to: CREATE DATABASE … TEMPLATE never finds it busy.
    await sql(admin, `ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);

    const file = path.join(tmpDir, 'stack.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          databaseUrl: admin,
          templateDatabase: TEMPLATE_DATABASE,
          temporalAddress: stack.temporalAddress,
          temporalNamespace: stack.temporalNamespace,
          meiliUrl: stack.meiliUrl,
          meiliMasterKey: stack.meiliMasterKey,
          tmpDir,
        },
        null,
        2,
      ),
    );
    process.env.TEST_STACK_FILE = file;
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${file})`);
  } catch (err) {
    await handle.stack?.stop();
    delete globalThis[HANDLE];
    if (!process.env.KEEP_TEST_STACK) rmSync(tmpDir, { recursive: true, force: true });
    else log(`kept ${tmpDir} (KEEP_TEST_STACK)`);
    throw err;
  }
}

export { globalTeardown } from './global-teardown.mjs';
