// Starts the built api and worker as real processes against the test stack (PostgreSQL clone per
// file, the shared Temporal dev server and Meilisearch), and gives tests small HTTP helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { httpJson, httpRaw, waitFor, httpGet, type HttpResult } from './http';
import { createTestDatabase, freePort, readStack } from './stack';

export { httpGet, httpJson, httpRaw, waitFor, type HttpResult };

const ROOT = path.resolve(__dirname, '..', '..', '..');
const API_MAIN = path.join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const WORKER_MAIN = path.join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js');
/** Output lines kept per process, shown when it fails to start. */
const KEPT_LINES = 40;

export const WHATSAPP_SECRET = 'test-app-secret';
export const VERIFY_TOKEN = 'test-verify-token';

export interface SystemOptions {
  reviewDelay?: string;
  apiInstances?: number;
  env?: Record<string, string>;
}

/** A GraphQL answer as sent (`errors[].extensions.code` …). */
export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export function codesOf(res: GqlResult): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}

export class System {
  readonly processes = new Set<ChildProcess>();
  worker: ChildProcess | undefined;
  apiUrls: string[] = [];
  private readonly output = new Map<ChildProcess, string[]>();

  constructor(
    readonly env: Record<string, string>,
    readonly dropDatabase: () => Promise<void>,
  ) {}

  get apiUrl(): string {
    return this.apiUrls[0];
  }

  get adminToken(): string {
    return this.env.ADMIN_TOKEN;
  }

  private spawnNode(main: string, env: Record<string, string>, name: string): ChildProcess {
    const child = spawn(process.execPath, ['--enable-source-maps', main], {
      env: { ...process.env, ...this.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const verbose = process.env.TEST_VERBOSE === '1';
    const lines: string[] = [];
    this.output.set(child, lines);
    const keep = (d: Buffer) => {
      if (verbose) process.stderr.write(`[${name}] ${d.toString()}`);
      lines.push(...d.toString().split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - KEPT_LINES));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.processes.add(child);
    child.on('exit', () => this.processes.delete(child));
    return child;
  }

  /** The last lines a process wrote, for failure messages. */
  outputOf(child: ChildProcess): string {
    return (this.output.get(child) ?? []).join('\n');
  }

  /** One more api instance on this system (`env` on top of the system's, e.g. NODE_ENV); its URL. */
  async startApi(env: Record<string, string> = {}): Promise<string> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = this.spawnNode(API_MAIN, { PORT: String(port), PUBLIC_URL: this.env.PUBLIC_URL ?? url, ...env }, `api:${port}`);
    try {
      await waitFor(async () => (await httpGet(`${url}/health`)).status === 200, 60_000, `api on ${port} healthy`, child);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${this.outputOf(child)}`, { cause: err });
    }
    this.apiUrls.push(url);
    return url;
  }

  async startWorker(): Promise<void> {
    const child = this.spawnNode(WORKER_MAIN, {}, 'worker');
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`worker did not print "worker ready" within 60 s\n${this.outputOf(child)}`)), 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('worker ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited with ${code} before ready\n${this.outputOf(child)}`));
      });
    });
    this.worker = child;
  }

  /** SIGKILL: no shutdown hooks, as in a crash. */
  async killWorker(): Promise<void> {
    const w = this.worker;
    if (!w || w.exitCode !== null) return;
    const exited = new Promise((r) => w.once('exit', r));
    w.kill('SIGKILL');
    await exited;
    this.worker = undefined;
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.processes].map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGTERM');
            setTimeout(() => p.kill('SIGKILL'), 8_000).unref();
          }),
      ),
    );
    await this.dropDatabase();
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, url = this.apiUrl): Promise<GqlResult<T>> {
    const res = await httpJson('POST', `${url}/graphql`, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
    return res.body as GqlResult<T>;
  }

  /** `data` of an operation that must succeed; any error fails with the errors shown. */
  async gqlOk<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, url = this.apiUrl): Promise<T> {
    const res = await this.gql<T>(query, variables, token, url);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
    return res.data;
  }

  /** GraphQL over HTTP with any headers (a session cookie, an Origin…); the whole HTTP answer. */
  gqlRaw(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    url = this.apiUrl,
  ): Promise<HttpResult<any>> {
    return httpJson('POST', `${url}/graphql`, { query, variables }, headers);
  }

  /** Invites `email` into the workspace of `token` and accepts: the person's session cookie ("cv_session=…"). */
  async addPerson(
    token: string,
    email: string,
    role: 'ADMIN' | 'AGENT' = 'AGENT',
    password = 'correct horse battery',
  ): Promise<{ cookie: string; memberId: string }> {
    const inv = await this.gql(
      'mutation($e: String!, $r: MemberRole!) { inviteMember(email: $e, role: $r) { token } }',
      { e: email, r: role },
      token,
    );
    if (!inv.data) throw new Error(`inviteMember failed: ${JSON.stringify(inv.errors)}`);
    const res = await this.gqlRaw(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { member { id } } }',
      {
        t: inv.data.inviteMember.token,
        n: email.split('@')[0],
        p: password,
      },
    );
    if (!res.body.data) throw new Error(`acceptInvitation failed: ${JSON.stringify(res.body.errors)}`);
    return { cookie: cookieOf(res), memberId: res.body.data.acceptInvitation.member.id };
  }

  async createWorkspace(name: string, whatsappPhoneNumberId?: string): Promise<{ id: string; apiToken: string }> {
    const res = await this.gql(
      'mutation($n: String!, $p: String) { createWorkspace(name: $n, whatsappPhoneNumberId: $p) { apiToken workspace { id } } }',
      { n: name, p: whatsappPhoneNumberId ?? null },
      this.adminToken,
    );
    if (!res.data) throw new Error(`createWorkspace failed: ${JSON.stringify(res.errors)}`);
    return { id: res.data.createWorkspace.workspace.id, apiToken: res.data.createWorkspace.apiToken };
  }

  postMessage(token: string | undefined, body: unknown): Promise<HttpResult<any>> {
    return httpJson('POST', `${this.apiUrl}/v1/messages`, body, token ? { authorization: `Bearer ${token}` } : {});
  }

  postWebhook(raw: string, signature: string | null = sign(raw)): Promise<HttpResult<any>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== null) headers['x-hub-signature-256'] = signature;
    return httpRaw('POST', `${this.apiUrl}/webhooks/whatsapp`, raw, headers);
  }

  async sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(query, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /**
   * Until the worker's search sync has indexed every reviewed conversation of the workspace as it is
   * now (`indexed_version = version`; it marks them only once Meilisearch applied the documents).
   */
  async waitForIndexed(workspaceId: string, timeoutMs = 30_000): Promise<void> {
    await waitFor(
      async () =>
        (
          await this.sql<{ n: number }>(
            'select count(*)::int as n from conversation where workspace_id = $1 and visible and indexed_version < version',
            [workspaceId],
          )
        )[0].n === 0,
      timeoutMs,
      `search index of workspace ${workspaceId} caught up`,
    );
  }
}

/** The session cookie a response set, as a Cookie header value. */
export function cookieOf(res: HttpResult): string {
  const set = res.headers['set-cookie'];
  const first = (Array.isArray(set) ? set : [set ?? '']).find((c) => c.startsWith('cv_session='));
  if (!first) throw new Error(`no session cookie in ${JSON.stringify(res.headers)}`);
  return first.split(';')[0];
}

export function sign(raw: string, secret = WHATSAPP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}

export interface ServiceEndpoints {
  databaseUrl: string;
  temporalAddress: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/** The environment api and worker get in tests: these services, a fresh index name and tokens. */
export function systemEnv(services: ServiceEndpoints, opts: SystemOptions, defaultReviewDelay: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DEBUG_SQL_COUNT: '1',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_VERBOSE === '1' ? 'debug' : 'warn',
    DATABASE_URL: services.databaseUrl,
    TEMPORAL_ADDRESS: services.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    MEILI_INDEX: `conversations_${randomBytes(4).toString('hex')}`,
    ADMIN_TOKEN: `admin-${randomBytes(8).toString('hex')}`,
    REVIEW_DELAY: opts.reviewDelay ?? defaultReviewDelay,
    WHATSAPP_APP_SECRET: WHATSAPP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    ...opts.env,
  };
}

/** Starts the worker and the api instances; stops what started if one fails. */
export async function launchSystem(env: Record<string, string>, dropDatabase: () => Promise<void>, apiInstances = 1): Promise<System> {
  const system = new System(env, dropDatabase);
  try {
    await system.startWorker();
    for (let i = 0; i < apiInstances; i++) await system.startApi();
  } catch (err) {
    await system.stop();
    throw err;
  }
  return system;
}

export async function startSystem(opts: SystemOptions = {}): Promise<System> {
  const stack = readStack();
  const db = await createTestDatabase();
  return launchSystem(systemEnv({ ...stack, databaseUrl: db.url }, opts, '2s'), () => db.drop(), opts.apiInstances);
}
