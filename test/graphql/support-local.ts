// Helpers for the GraphQL e2e tests.
//
// Two ways to get API processes:
//  - startSystem() of test/support/system.ts: the real api (+ worker) from dist — used when it boots;
//  - startLocalApis() here: this file run as a script (`node dist/test/graphql/support-local.js`) boots
//    the domain and the GraphQL API, GET /health and a fast search sync loop, without a worker: tests
//    that seed rows with SQL need no Temporal pipeline.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import express from 'express';
import { createClient, type Client } from 'graphql-ws';
import { APP_CONFIG } from '@app/domain/config/config.module';
import { DomainModule } from '@app/domain/domain.module';
import { SearchIndexService } from '@app/domain/search/search-index.service';
import { GraphqlApiModule } from '../../apps/api/src/graphql/graphql-api.module';
import WebSocket from 'ws';
import { createTestDatabase, freePort, readStack } from '../support/stack';
import { httpGet, httpJson, waitFor } from '../support/system';

export { waitFor };

// ---------------------------------------------------------------- the minimal server (script mode)

async function serve(): Promise<void> {
  @Controller()
  class HealthController {
    @Get('health') health() {
      return { status: 'ok' };
    }
  }

  @Module({ imports: [DomainModule, GraphqlApiModule], controllers: [HealthController] })
  class LocalApiModule {}

  const app = await NestFactory.create(LocalApiModule, { bodyParser: false, logger: ['error', 'warn'] });
  app.use(express.json({ limit: '1mb' }));
  app.enableShutdownHooks();
  const searchIndex = app.get(SearchIndexService);
  await searchIndex.ensureIndex();
  const config = app.get<{ port: number }>(APP_CONFIG);
  await app.listen(config.port, '127.0.0.1');
  // What the worker's search sync does: index rows whose indexed_version is behind (seeded rows too).
  const sync = async (): Promise<void> => {
    await searchIndex.syncPending().catch((err: unknown) => searchIndex.logFailure('local sync', err));
    setTimeout(() => void sync(), 250).unref();
  };
  void sync();
}

if (require.main === module) {
  serve().catch((err: unknown) => {
    process.stderr.write(`local api failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}

// ---------------------------------------------------------------- test side

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export class LocalApis {
  readonly processes: ChildProcess[] = [];
  urls: string[] = [];

  constructor(
    readonly env: Record<string, string>,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  get url(): string {
    return this.urls[0];
  }

  get adminToken(): string {
    return this.env.ADMIN_TOKEN;
  }

  async startApi(): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(__dirname, 'support-local.js')], {
      env: { ...process.env, ...this.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const verbose = process.env.TEST_VERBOSE === '1';
    child.stdout!.on('data', (d: Buffer) => verbose && process.stderr.write(`[gql-api:${port}] ${d}`));
    child.stderr!.on('data', (d: Buffer) => verbose && process.stderr.write(`[gql-api:${port}] ${d}`));
    this.processes.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await httpGet(`${url}/health`)).status === 200, 60_000, `graphql api on ${port}`, child);
    this.urls.push(url);
    return url;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.processes.map(
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
}

/** API processes (GraphQL only) on a fresh database and a Meilisearch index of their own. */
export async function startLocalApis(instances = 1, env: Record<string, string> = {}): Promise<LocalApis> {
  const stack = readStack();
  const db = await createTestDatabase();
  const apis = new LocalApis(
    {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: stack.temporalAddress,
      TEMPORAL_NAMESPACE: stack.temporalNamespace ?? 'default',
      MEILI_URL: stack.meiliUrl,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
      MEILI_INDEX: `gql_${randomBytes(4).toString('hex')}`,
      ADMIN_TOKEN: `admin-${randomBytes(8).toString('hex')}`,
      REVIEW_DELAY: '1s',
      ...env,
    },
    db.drop,
  );
  try {
    for (let i = 0; i < instances; i++) await apis.startApi();
  } catch (err) {
    await apis.stop();
    throw err;
  }
  return apis;
}

export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlResult<T> & { status: number }> {
  const res = await httpJson(
    'POST',
    `${url}/graphql`,
    { query, variables },
    { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  );
  return { status: res.status, ...(res.body as GqlResult<T>) };
}

/** data, or a failed assertion showing the errors. */
export async function gqlOk<T = any>(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await gql<T>(url, query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
  return res.data;
}

export function codesOf(res: GqlResult): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}

export async function createWorkspace(
  url: string,
  adminToken: string,
  name: string,
  phoneNumberId?: string,
): Promise<{ id: string; token: string }> {
  const data = await gqlOk(
    url,
    'mutation($n: String!, $p: String) { createWorkspace(name: $n, whatsappPhoneNumberId: $p) { apiToken workspace { id name } } }',
    { n: name, p: phoneNumberId ?? null },
    adminToken,
  );
  return { id: data.createWorkspace.workspace.id, token: data.createWorkspace.apiToken };
}

// `pg` has no types installed here
interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: any[] }>;
  end(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client: PgClientCtor } = require('pg') as { Client: new (c: { connectionString: string }) => PgClient };

/** Direct SQL on the test database (setup of many rows, checks of what is stored). */
export class TestDb {
  private client: PgClient;
  private ready: Promise<void>;

  constructor(url: string) {
    this.client = new PgClientCtor({ connectionString: url });
    this.ready = this.client.connect();
  }

  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    await this.ready;
    return (await this.client.query(sql, params)).rows as T[];
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.client.end();
  }
}

export interface SeedConversation {
  source?: 'WHATSAPP' | 'WIDGET';
  key?: string;
  name?: string | null;
  phone?: string | null;
  status?: string;
  qualityScore?: number | null;
  visible?: boolean;
  lastMessageAt: Date;
  messages?: string[];
  tags?: string[];
  notes?: string[];
  review?: boolean;
}

/**
 * Writes a conversation as ingestion + review would have left it (contact, messages, review, tags,
 * notes), publishing nothing. Returns its id. For list/filter/pagination tests that need many rows.
 */
export async function seedConversation(db: TestDb, workspaceId: string, s: SeedConversation): Promise<string> {
  const source = s.source ?? 'WHATSAPP';
  const key = s.key ?? randomBytes(6).toString('hex');
  const phone = s.phone === undefined ? (source === 'WHATSAPP' ? `+${key}` : null) : s.phone;
  const [contact] = await db.query('insert into contact (workspace_id, name, phone) values ($1, $2, $3) returning id', [
    workspaceId,
    s.name ?? null,
    phone,
  ]);
  const title = s.name ?? phone ?? `Visitor ${key.slice(-6)}`;
  const texts = s.messages ?? ['Hello, I would like some information', 'Sure, how can I help?'];
  const [conv] = await db.query(
    `insert into conversation (workspace_id, source, conversation_key, contact_id, title, status, visible, last_message_at, message_count,
                               quality_score, reviewed_at, suggested_status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, case when $7 then now() end, $6) returning id`,
    [
      workspaceId,
      source,
      key,
      contact.id,
      title,
      s.status ?? 'IN_PROGRESS',
      s.visible ?? true,
      s.lastMessageAt,
      texts.length,
      s.qualityScore ?? 70,
    ],
  );
  let lastId: string | undefined;
  for (let i = 0; i < texts.length; i++) {
    const sentAt = new Date(s.lastMessageAt.getTime() - (texts.length - 1 - i) * 1000);
    const [m] = await db.query(
      `insert into message (workspace_id, conversation_id, seq, source, external_id, role, text, sent_at, signaled_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, now()) returning id`,
      [workspaceId, conv.id, i + 1, source, `seed-${conv.id}-${i}`, i % 2 === 0 ? 'CUSTOMER' : 'AGENT', texts[i], sentAt],
    );
    lastId = m.id;
  }
  await db.query('update conversation set last_message_id = $1 where id = $2', [lastId, conv.id]);
  if (s.review ?? s.visible ?? true) {
    await db.query(
      `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer)
       values ($1, $2, $3, 'Seeded review', $4, $5, 'builtin')`,
      [workspaceId, conv.id, texts.length, s.qualityScore ?? 70, s.status ?? 'IN_PROGRESS'],
    );
  }
  for (const name of s.tags ?? []) {
    const [tag] = await db.query(
      `insert into tag (workspace_id, name, name_key) values ($1, $2, lower($2))
       on conflict (workspace_id, name_key) do update set name_key = excluded.name_key returning id`,
      [workspaceId, name],
    );
    await db.query('insert into conversation_tag (conversation_id, tag_id) values ($1, $2) on conflict do nothing', [conv.id, tag.id]);
  }
  for (const body of s.notes ?? []) {
    await db.query('insert into note (workspace_id, conversation_id, body) values ($1, $2, $3)', [workspaceId, conv.id, body]);
  }
  return conv.id;
}

// ---------------------------------------------------------------- graphql-ws

export function wsClient(
  httpUrl: string,
  token: string | undefined,
  extra: { onClose?: (code: number, reason: string) => void } = {},
): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        extra.onClose?.(e.code, e.reason);
      },
    },
  });
}

/** A subscription's events as they come; `next()` waits for one (with a timeout). */
export class Subscription<T = any> {
  private readonly received: GqlResult<T>[] = [];
  private waiting: ((r: GqlResult<T>) => void) | undefined;
  readonly done: Promise<void>;
  private dispose: () => void = () => undefined;
  error: unknown;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.done = new Promise<void>((resolve) => {
      this.dispose = client.subscribe<T>(
        { query, variables },
        {
          next: (r) => {
            const w = this.waiting;
            if (w) {
              this.waiting = undefined;
              w(r as GqlResult<T>);
            } else this.received.push(r as GqlResult<T>);
          },
          error: (e) => {
            this.error = e;
            resolve();
          },
          complete: () => resolve(),
        },
      );
    });
  }

  next(timeoutMs = 15_000): Promise<GqlResult<T>> {
    const r = this.received.shift();
    if (r) return Promise.resolve(r);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`no subscription event within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
    });
  }

  /** Nothing (more) arrives within `ms`. */
  async nothingWithin(ms: number): Promise<GqlResult<T> | undefined> {
    try {
      return await this.next(ms);
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.dispose();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Publishes a domain event the way the worker does (pg_notify), from this test process. */
export async function notify(db: TestDb, event: Record<string, unknown>): Promise<void> {
  await db.query('select pg_notify($1, $2)', ['conversation_events', JSON.stringify(event)]);
}
