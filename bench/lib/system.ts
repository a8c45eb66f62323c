// The system under test: a private embedded stack in a temp dir (persistent as `npm start` runs it,
// or the throw-away test stack), migrations, the built api and worker(s) as real processes, and a
// workspace with its API token.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT } from '../../scripts/paths.ts';
import { startStack, type Stack } from '../../scripts/stack/index.ts';
import { freePort } from '../../scripts/stack/ports.ts';
import { runToCompletion, startProcess, waitFor, type ManagedProcess } from '../../scripts/stack/process.ts';
import { httpClient, type HttpClient } from './http-client.ts';
import { findPids, rssMiB, withChildren } from './procfs.ts';
import { log } from './stats.ts';

export const WHATSAPP_SECRET = 'bench-app-secret';

/**
 * Where the api, worker, migrations and reindex are run from: the build in dist/, or BENCH_APP_ROOT
 * (a folder holding another dist/, e.g. a patched copy for an A/B run; it needs a package.json of
 * type commonjs when it lies under bench/).
 */
export const appPath = (rel: string): string =>
  path.join(process.env.BENCH_APP_ROOT ? path.resolve(process.env.BENCH_APP_ROOT) : ROOT, rel);

export type StackKind = 'persistent' | 'memory';

export interface Workspace {
  id: string;
  apiToken: string;
}

export interface SystemRss {
  temporal: number;
  worker: number;
  api: number;
  meilisearch: number;
}

/** BENCH_PROFILE_DIR: a V8 CPU profile of the api and of each worker, written there when it stops. */
const profileArgs = (): string[] =>
  process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];

export class BenchSystem {
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'conversations-bench-'));
  readonly logDir = path.join(this.dataDir, 'logs');
  readonly adminToken = `admin-${randomBytes(12).toString('hex')}`;
  readonly meiliIndex = `bench_${randomBytes(3).toString('hex')}`;
  stack!: Stack;
  env: NodeJS.ProcessEnv = {};
  api: ManagedProcess | undefined;
  workers: ManagedProcess[] = [];
  apiUrl = '';
  apiHttp!: HttpClient;
  meiliHttp!: HttpClient;
  workspace!: Workspace;

  readonly kind: StackKind;
  /** on top of the app's environment (tuning knobs) */
  private readonly appEnv: NodeJS.ProcessEnv;

  constructor(kind: StackKind, appEnv: NodeJS.ProcessEnv = {}) {
    this.kind = kind;
    this.appEnv = appEnv;
  }

  get persistent(): boolean {
    return this.kind === 'persistent';
  }

  async start(): Promise<void> {
    log(`${this.kind} stack in ${this.dataDir}`);
    const env = { ...process.env };
    for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'MEILI_MASTER_KEY']) delete env[k];
    // An already running Temporal server (bench/temporal-postgres) instead of the embedded dev server.
    if (process.env.BENCH_TEMPORAL_ADDRESS) env.TEMPORAL_ADDRESS = process.env.BENCH_TEMPORAL_ADDRESS;
    this.stack = await startStack({
      dataDir: this.dataDir,
      persistent: this.persistent,
      headlessTemporal: true,
      preferUsualPorts: false,
      useEnvPorts: false,
      env,
      log: (m) => log(`[stack] ${m}`),
    });
    void this.stack.died.then((why) => log(`!! a service died: ${why}`));
    await runToCompletion({
      name: 'migrate',
      command: process.execPath,
      args: [appPath(DIST.migrate)],
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: this.stack.databaseUrl },
      logDir: this.logDir,
      timeoutMs: 300_000,
    });
    const port = await freePort();
    this.env = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: this.stack.databaseUrl,
      TEMPORAL_ADDRESS: this.stack.temporalAddress,
      TEMPORAL_NAMESPACE: this.stack.temporalNamespace,
      MEILI_URL: this.stack.meiliUrl,
      MEILI_MASTER_KEY: this.stack.meiliMasterKey,
      MEILI_INDEX: this.meiliIndex,
      ADMIN_TOKEN: this.adminToken,
      REVIEW_DELAY: '1h',
      WHATSAPP_APP_SECRET: WHATSAPP_SECRET,
      // the benchmark's sequential queries are far above a person's rate
      GRAPHQL_RATE_LIMIT: '100000',
      ...this.appEnv,
    };
    this.apiUrl = `http://127.0.0.1:${port}`;
    this.apiHttp = httpClient(this.apiUrl);
    this.meiliHttp = httpClient(this.stack.meiliUrl);
    await Promise.all([this.startApi(), this.startWorker()]);
    this.workspace = await this.createWorkspace('Bench workspace');
    log(`api ${this.apiUrl}, workspace ${this.workspace.id}`);
  }

  /** A process of the system that ends on its own is said at once (its figures are void from then on). */
  private watch(proc: ManagedProcess): ManagedProcess {
    void proc.exited.then(() => {
      if (!proc.stopping) log(`!! ${proc.name} ended on its own: ${proc.describeExit()}\n  ${proc.tail(10)}`);
    });
    return proc;
  }

  async startApi(): Promise<void> {
    this.api = this.watch(
      startProcess({
        name: 'api',
        command: process.execPath,
        args: [...profileArgs(), appPath(DIST.api)],
        cwd: ROOT,
        env: this.env,
        logDir: this.logDir,
        graceMs: 15_000,
      }),
    );
    const probe = httpClient(this.apiUrl);
    await waitFor(async () => (await probe.request('GET', '/health')).status === 200, {
      what: 'api /health',
      proc: this.api,
      timeoutMs: 180_000,
      intervalMs: 300,
    });
    probe.close();
  }

  /** One more worker process (`extraEnv` on top of the system's: tuning knobs). */
  async startWorker(extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
    let ready = false;
    const worker = this.watch(
      startProcess({
        name: `worker${this.workers.length || ''}`,
        command: process.execPath,
        args: [...profileArgs(), appPath(DIST.worker)],
        cwd: ROOT,
        env: { ...this.env, ...extraEnv },
        logDir: this.logDir,
        graceMs: 15_000,
        onLine: (l) => {
          if (l.includes('worker ready')) ready = true;
        },
      }),
    );
    this.workers.push(worker);
    await waitFor(() => ready, { what: 'worker ready', proc: worker, timeoutMs: 180_000 });
  }

  /** Restarts the api and a worker if they ended on their own; what was restarted. */
  async revive(): Promise<string[]> {
    const revived: string[] = [];
    if (!this.api?.alive) {
      await this.startApi();
      revived.push('api');
    }
    this.workers = this.workers.filter((w) => w.alive);
    if (this.workers.length === 0) {
      await this.startWorker();
      revived.push('worker');
    }
    return revived;
  }

  async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
    this.workers = [];
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}, token = this.workspace.apiToken): Promise<T> {
    const res = await this.apiHttp.request('POST', '/graphql', { query, variables }, { authorization: `Bearer ${token}` });
    const body = res.body as { data?: T; errors?: unknown };
    if (res.status !== 200 || body?.errors || !body?.data) throw new Error(`GraphQL ${res.status}: ${res.text.slice(0, 400)}`);
    return body.data;
  }

  async createWorkspace(name: string): Promise<Workspace> {
    const d = await this.gql<{ createWorkspace: { apiToken: string; workspace: { id: string } } }>(
      'mutation($n: String!) { createWorkspace(name: $n) { apiToken workspace { id } } }',
      { n: name },
      this.adminToken,
    );
    return { id: d.createWorkspace.workspace.id, apiToken: d.createWorkspace.apiToken };
  }

  temporalPid(): number | undefined {
    if (process.env.BENCH_TEMPORAL_PID) return Number(process.env.BENCH_TEMPORAL_PID);
    const port = this.stack.temporalAddress.split(':').pop();
    return findPids((c) => c.includes('start-dev') && c.includes(`--port ${port} `))[0];
  }

  meiliPid(): number | undefined {
    return findPids((c) => c.includes('meilisearch') && c.includes(this.dataDir))[0];
  }

  /** The postmaster and its backends. */
  postgresPids(): number[] {
    const pgData = path.join(this.dataDir, 'postgres');
    return withChildren(findPids((c) => c.includes('postgres') && c.includes(`-D ${pgData}`))[0]);
  }

  /** Pids per component, for CPU meters. */
  components(): Record<string, () => number[]> {
    const one = (p: number | undefined) => (p ? [p] : []);
    return {
      api: () => one(this.api?.pid),
      worker: () => this.workers.map((w) => w.pid),
      temporal: () => one(this.temporalPid()),
      postgres: () => this.postgresPids(),
      meilisearch: () => one(this.meiliPid()),
      bench: () => [process.pid],
    };
  }

  rss(): SystemRss {
    return {
      temporal: rssMiB(this.temporalPid()),
      worker: this.workers.reduce((a, w) => a + rssMiB(w.pid), 0),
      api: rssMiB(this.api?.pid),
      meilisearch: rssMiB(this.meiliPid()),
    };
  }

  async stop({ keepData = false } = {}): Promise<void> {
    this.apiHttp?.close();
    this.meiliHttp?.close();
    await Promise.all([this.api?.stop(), this.stopWorkers()]);
    await this.stack?.stop();
    if (!keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
