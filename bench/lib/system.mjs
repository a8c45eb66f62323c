// The system under test: a private embedded stack in a temp dir, migrations, the built api and
// worker as real processes (like `npm start` / test/support/system.ts), a workspace and its token.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DIST, ROOT } from '../../scripts/stack/build.mjs';
import { startStack } from '../../scripts/stack/index.mjs';
import { freePort } from '../../scripts/stack/ports.mjs';
import { runToCompletion, startProcess, waitFor } from '../../scripts/stack/process.mjs';
import { temporalCli } from '../../scripts/stack/temporal.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { findPids, httpClient, log, rssMiB, rssOfAll } from './util.mjs';

/** RSS (MiB) of a process and its direct children (a postmaster and its backends). */
function rssOfTree(pid) {
  let sum = rssMiB(pid);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (ppid === pid) sum += rssMiB(Number(d));
    } catch {
      /* gone */
    }
  }
  return Math.round(sum * 10) / 10;
}

const require = createRequire(import.meta.url);
export const contract = require(path.join(ROOT, 'dist/libs/workflows/src/conversation.contract.js'));

export const WHATSAPP_SECRET = 'bench-app-secret';

export class BenchSystem {
  /** @param {{ persistent: boolean, reviewDelay: string }} o */
  constructor(o) {
    this.o = o;
    this.dataDir = mkdtempSync(path.join(os.tmpdir(), 'conversations-bench-'));
    this.logDir = path.join(this.dataDir, 'logs');
    this.adminToken = `admin-${randomBytes(12).toString('hex')}`;
    this.meiliIndex = `bench_${randomBytes(3).toString('hex')}`;
    /** @type {import('../../scripts/stack/process.mjs').ManagedProcess|undefined} */ this.api = undefined;
    /** @type {import('../../scripts/stack/process.mjs').ManagedProcess|undefined} */ this.worker = undefined;
  }

  async start() {
    log(`stack in ${this.dataDir} (persistent=${this.o.persistent})`);
    const env = { ...process.env };
    for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'MEILI_MASTER_KEY']) delete env[k];
    // BENCH_TEMPORAL_ADDRESS: an already running Temporal server (e.g. bench/temporal-postgres/run.mjs: the
    // go.temporal.io/server build on PostgreSQL) instead of the embedded dev server; BENCH_TEMPORAL_PID is its pid.
    if (process.env.BENCH_TEMPORAL_ADDRESS) env.TEMPORAL_ADDRESS = process.env.BENCH_TEMPORAL_ADDRESS;
    this.stack = await startStack({
      dataDir: this.dataDir,
      persistent: this.o.persistent,
      headlessTemporal: true,
      preferUsualPorts: false,
      useEnvPorts: false,
      env,
      log: (m) => log(`[stack] ${m}`),
    });
    this.stack.died.then((why) => log(`!! a service died: ${why}`));
    await runToCompletion({
      name: 'migrate',
      command: process.execPath,
      args: [path.join(ROOT, DIST.migrate)],
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: this.stack.databaseUrl },
      logDir: this.logDir,
      timeoutMs: 300_000,
    });
    this.port = await freePort();
    this.env = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(this.port),
      DATABASE_URL: this.stack.databaseUrl,
      TEMPORAL_ADDRESS: this.stack.temporalAddress,
      TEMPORAL_NAMESPACE: this.stack.temporalNamespace,
      MEILI_URL: this.stack.meiliUrl,
      MEILI_MASTER_KEY: this.stack.meiliMasterKey,
      MEILI_INDEX: this.meiliIndex,
      ADMIN_TOKEN: this.adminToken,
      REVIEW_DELAY: this.o.reviewDelay,
      WHATSAPP_APP_SECRET: WHATSAPP_SECRET,
    };
    this.apiUrl = `http://127.0.0.1:${this.port}`;
    this.apiHttp = httpClient(this.apiUrl);
    this.meiliHttp = httpClient(this.stack.meiliUrl);
    await Promise.all([this.startApi(), this.startWorker()]);
    const ws = await this.createWorkspace('Bench workspace');
    this.workspaceId = ws.id;
    this.apiToken = ws.apiToken;
    log(`api ${this.apiUrl}, workspace ${ws.id}`);
  }

  async startApi() {
    this.api = startProcess({
      name: 'api',
      command: process.execPath,
      args: [path.join(ROOT, DIST.api)],
      cwd: ROOT,
      env: this.env,
      logDir: this.logDir,
      graceMs: 15_000,
    });
    const probe = httpClient(this.apiUrl);
    await waitFor(async () => (await probe.request('GET', '/health')).status === 200, {
      what: 'api /health',
      proc: this.api,
      timeoutMs: 180_000,
      intervalMs: 300,
    });
    probe.close();
  }

  async startWorker(extraEnv = {}) {
    let ready = false;
    this.worker = startProcess({
      name: 'worker',
      command: process.execPath,
      args: [path.join(ROOT, DIST.worker)],
      cwd: ROOT,
      env: { ...this.env, ...extraEnv },
      logDir: this.logDir,
      graceMs: 15_000,
      onLine: (l) => l.includes('worker ready') && (ready = true),
    });
    await waitFor(() => ready, { what: 'worker ready', proc: this.worker, timeoutMs: 180_000 });
  }

  async stopWorker() {
    await this.worker?.stop();
    this.worker = undefined;
  }

  async gql(query, variables = {}, token = this.apiToken) {
    const res = await this.apiHttp.request('POST', '/graphql', { query, variables }, { authorization: `Bearer ${token}` });
    if (res.status !== 200 || res.body?.errors) throw new Error(`GraphQL ${res.status}: ${res.text.slice(0, 400)}`);
    return res.body.data;
  }

  async createWorkspace(name) {
    const d = await this.gql(
      'mutation($n: String!) { createWorkspace(name: $n) { apiToken workspace { id } } }',
      { n: name },
      this.adminToken,
    );
    return { id: d.createWorkspace.workspace.id, apiToken: d.createWorkspace.apiToken };
  }

  temporalPid() {
    if (process.env.BENCH_TEMPORAL_PID) return Number(process.env.BENCH_TEMPORAL_PID);
    const port = this.stack.temporalAddress.split(':').pop();
    return findPids((c) => c.includes('start-dev') && c.includes(`--port ${port}`))[0];
  }
  meiliPid() {
    return findPids((c) => /meilisearch/.test(c) && c.includes(this.dataDir))[0];
  }

  /** RSS (MiB) of every process of the system. */
  rss() {
    const pgData = path.join(this.dataDir, 'postgres');
    return {
      temporal: rssMiB(this.temporalPid()),
      worker: this.worker ? rssMiB(this.worker.pid) : 0,
      api: this.api ? rssMiB(this.api.pid) : 0,
      meilisearch: rssMiB(this.meiliPid()),
      postgresAll: rssOfAll((c) => c.includes('postgres') && (c.includes(pgData) || c.startsWith('postgres:'))),
      ...(process.env.BENCH_TEMPORAL_PG_PID ? { temporalPostgresAll: rssOfTree(Number(process.env.BENCH_TEMPORAL_PG_PID)) } : {}),
    };
  }

  async versions(pg) {
    const out = { node: process.version };
    try {
      out.postgres = (await pg.query('show server_version')).rows[0].server_version;
    } catch (e) {
      out.postgres = `? (${e.message})`;
    }
    try {
      out.temporalCli = execFileSync(temporalCli(), ['--version'], { timeout: 10_000 }).toString().trim();
    } catch (e) {
      out.temporalCli = `? (${e.message})`;
    }
    try {
      const v = await this.meiliHttp.request('GET', '/version', undefined, { authorization: `Bearer ${this.stack.meiliMasterKey}` });
      out.meilisearch = v.body.pkgVersion;
    } catch (e) {
      out.meilisearch = `? (${e.message})`;
    }
    const pkg = (n) => {
      try {
        return require(path.join(ROOT, 'node_modules', n, 'package.json')).version;
      } catch {
        return '?';
      }
    };
    out.temporalSdk = pkg('@temporalio/client');
    out.meilisearchJs = pkg('meilisearch');
    out.pg = pkg('pg');
    out.nest = pkg('@nestjs/core');
    out.apolloServer = pkg('@apollo/server');
    return out;
  }

  async stop({ keepData = false } = {}) {
    this.apiHttp?.close();
    this.meiliHttp?.close();
    await Promise.all([this.api?.stop(), this.worker?.stop()]);
    await this.stack?.stop();
    if (!keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
