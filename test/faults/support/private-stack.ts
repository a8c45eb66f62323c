// A private service stack for fault tests that stop and restart services: its own PostgreSQL,
// Temporal dev server (persistent: SQLite file, so workflows and timers survive a restart) and
// Meilisearch, each started through scripts/stack/<service>.ts so it can be stopped and started
// again alone, on the same port. The shared stack of test/global-setup.mts is never touched.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchSystem, systemEnv, type System } from '../../support/system';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const MIGRATE = path.join(ROOT, 'dist', 'libs', 'domain', 'src', 'database', 'migrate.js');

// The scripts are ES modules run by Node from their TypeScript source: a real dynamic import (swc
// leaves `import()` alone, .swcrc `ignoreDynamic`).
const stackModule = <T>(name: string) => import(pathToFileURL(path.join(ROOT, 'scripts', 'stack', name)).href) as Promise<T>;

// What this file uses of scripts/stack/*.ts (typed here: the root tsconfig does not compile the scripts).
type Log = (m: string) => void;
interface ServiceOptions {
  dataDir: string;
  port: number;
  persistent: boolean;
  log: Log;
}
interface Service {
  stop(): Promise<void>;
}
interface Postgres {
  startPostgres(o: ServiceOptions): Promise<Service & { databaseUrl: string }>;
}
interface Temporal {
  startTemporal(o: ServiceOptions & { headless: boolean }): Promise<Service>;
}
interface Meilisearch {
  startMeilisearch(o: ServiceOptions): Promise<Service & { masterKey: string }>;
}
interface Ports {
  freePort(): Promise<number>;
}
interface Processes {
  runToCompletion(o: {
    name: string;
    command: string;
    args: string[];
    cwd: string;
    env: NodeJS.ProcessEnv;
    logDir: string;
    timeoutMs: number;
  }): Promise<unknown>;
}

export type ServiceName = 'postgres' | 'temporal' | 'meilisearch';

export class PrivateStack {
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'conversations-faults-'));
  private readonly handles = new Map<ServiceName, Service>();
  ports!: { postgres: number; temporal: number; meilisearch: number };
  databaseUrl!: string;
  meiliMasterKey!: string;
  private mods!: { pg: Postgres; temporal: Temporal; meili: Meilisearch; process: Processes };
  private readonly log = (m: string) => void (process.env.TEST_VERBOSE === '1' && process.stderr.write(`[private-stack] ${m}\n`));

  get temporalAddress(): string {
    return `127.0.0.1:${this.ports.temporal}`;
  }

  get meiliUrl(): string {
    return `http://127.0.0.1:${this.ports.meilisearch}`;
  }

  async start(): Promise<void> {
    const [pg, temporal, meili, ports, proc] = await Promise.all([
      stackModule<Postgres>('postgres.ts'),
      stackModule<Temporal>('temporal.ts'),
      stackModule<Meilisearch>('meilisearch.ts'),
      stackModule<Ports>('ports.ts'),
      stackModule<Processes>('process.ts'),
    ]);
    this.mods = { pg, temporal, meili, process: proc };
    this.ports = { postgres: await ports.freePort(), temporal: await ports.freePort(), meilisearch: await ports.freePort() };
    await Promise.all((['postgres', 'temporal', 'meilisearch'] as const).map((s) => this.startService(s)));
    await this.mods.process.runToCompletion({
      name: 'migrate',
      command: process.execPath,
      args: [MIGRATE],
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: this.databaseUrl },
      logDir: path.join(this.dataDir, 'logs'),
      timeoutMs: 120_000,
    });
  }

  /** (Re)starts one service on its port, with the data it had. */
  async startService(name: ServiceName): Promise<void> {
    if (this.handles.has(name)) throw new Error(`${name} is already running`);
    const common = { dataDir: this.dataDir, persistent: true, log: this.log };
    if (name === 'postgres') {
      const h = await this.mods.pg.startPostgres({ ...common, port: this.ports.postgres });
      this.databaseUrl = h.databaseUrl;
      this.handles.set(name, h);
    } else if (name === 'temporal') {
      this.handles.set(name, await this.mods.temporal.startTemporal({ ...common, port: this.ports.temporal, headless: true }));
    } else {
      const h = await this.mods.meili.startMeilisearch({ ...common, port: this.ports.meilisearch });
      this.meiliMasterKey = h.masterKey;
      this.handles.set(name, h);
    }
  }

  async stopService(name: ServiceName): Promise<void> {
    const h = this.handles.get(name);
    this.handles.delete(name);
    await h?.stop();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.handles.keys()].map((n) => this.stopService(n).catch(() => undefined)));
    if (process.env.KEEP_TEST_STACK) process.stderr.write(`[private-stack] kept ${this.dataDir}\n`);
    else rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Private stack + api + worker on it, launched like startSystem() launches on the shared stack. */
export async function startPrivateSystem(
  opts: { reviewDelay?: string; env?: Record<string, string> } = {},
): Promise<{ stack: PrivateStack; sys: System }> {
  const stack = new PrivateStack();
  try {
    await stack.start();
  } catch (err) {
    await stack.stop();
    throw err;
  }
  try {
    // the stack's own database: nothing to drop but the stack itself
    const sys = await launchSystem(systemEnv(stack, opts, '1500ms'), () => Promise.resolve());
    return { stack, sys };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}
