// Test-side access to the services started by test/global-setup.mts.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';

/** What test/global-setup.mts writes to $TEST_STACK_FILE. */
export interface TestStack {
  /** Superuser URL of the `postgres` database (same server as every test database). */
  databaseUrl: string;
  /** Migrated database every test database is copied from. */
  templateDatabase: string;
  temporalAddress: string;
  temporalNamespace: string;
  meiliUrl: string;
  meiliMasterKey: string;
  tmpDir: string;
}

import { Client } from 'pg';
import { existsSync } from 'node:fs';
import path from 'node:path';

let cached: TestStack | undefined;

/** The running test stack; throws when the global setup did not start it. */
export function readStack(): TestStack {
  if (cached) return cached;
  const file = process.env.TEST_STACK_FILE;
  if (!file)
    throw new Error('TEST_STACK_FILE is not set: run the tests with npm test (node --test with test/global-setup.mts as global setup)');
  cached = JSON.parse(readFileSync(file, 'utf8')) as TestStack;
  return cached;
}

/** A URL of the same server with another database name. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: readStack().databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database (a copy of the template): `url` to connect, `drop()` to remove it
 * (closing any connection left open).
 */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const stack = readStack();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${stack.templateDatabase}`);
  let dropped = false;
  return {
    name,
    url: withDatabase(stack.databaseUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A free TCP port on 127.0.0.1 (for an API under test, a fake HTTP server…). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The Temporal CLI the project installed (or TEMPORAL_CLI), for operator-style checks. */
export function temporalCli(): string {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  const root = process.cwd();
  const candidates = [path.join(root, '.venv', 'bin', 'temporal'), path.join(root, '.bin', 'temporal')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no Temporal CLI at ${candidates.join(' or ')}; run npm ci or set TEMPORAL_CLI`);
  return found;
}
