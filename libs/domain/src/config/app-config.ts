import { ConfigError, parseDuration } from './duration';

/** Every setting the api and the worker read, from the environment, in one place (README: Configuration). */
export interface AppConfig {
  /** NODE_ENV=development: stack traces and internal messages in responses, GraphiQL. Safe defaults otherwise. */
  development: boolean;
  /** DEBUG_SQL_COUNT=1: GraphQL responses say how many SQL statements they ran (the N+1 tests). */
  debugSqlCount: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  port: number;
  host: string;
  /** The service's own origin: invitation links, the cookie's Secure flag, the allowed Origin. */
  publicUrl: string;
  /** Further origins allowed to call with the session cookie. */
  consoleOrigins: string[];
  graphiql: boolean;
  databaseUrl: string;
  temporal: { address: string; namespace: string };
  meili: { url: string; masterKey: string | undefined; index: string };
  adminToken: string | undefined;
  review: {
    delayMs: number;
    idleCloseMs: number;
    /** The review reads at most the newest this many messages … */
    windowMessages: number;
    /** … and at most this many characters of them. */
    windowChars: number;
    /** Attempts of one review before it is recorded as failed. */
    maxAttempts: number;
  };
  whatsapp: { appSecret: string | undefined; verifyToken: string | undefined };
  reviewer: { kind: 'builtin' | 'openai'; openai: { baseUrl: string; apiKey: string | undefined; model: string; timeoutMs: number } };
  sessions: { idleMs: number; maxMs: number };
  rateLimits: {
    /** GraphQL operations per second per credential, and the burst above it. */
    graphqlPerSecond: number;
    graphqlBurst: number;
    /** Export requests per minute per credential. */
    exportPerMinute: number;
    /** Messages per second per workspace on the ingestion endpoints; undefined: unthrottled. */
    ingestPerSecond: number | undefined;
  };
  worker: { maxActivities: number; maxWorkflowTasks: number; maxWorkflowTaskPolls: number; maxCachedWorkflows: number };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) throw new ConfigError(`${name} is not set (npm start sets it for the embedded services)`);
  return v;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name}: "${raw}" is not an integer ≥ ${min}`);
  return n;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const v = (env[name] ?? fallback).toLowerCase();
  if (!(values as readonly string[]).includes(v)) throw new ConfigError(`${name}: "${env[name]}" is not one of ${values.join(', ')}`);
  return v as T;
}

/** `GRAPHQL_RATE_LIMIT`: "<per second>" or "<per second>/<burst>" (default 20/60). */
function graphqlRate(env: NodeJS.ProcessEnv): { perSecond: number; burst: number } {
  const raw = env.GRAPHQL_RATE_LIMIT?.trim();
  if (!raw) return { perSecond: 20, burst: 60 };
  const m = /^(\d+)(?:\s*\/\s*(\d+))?$/.exec(raw);
  if (!m || Number(m[1]) < 1) throw new ConfigError(`GRAPHQL_RATE_LIMIT: "${raw}" is not "<per second>" or "<per second>/<burst>"`);
  const perSecond = Number(m[1]);
  return { perSecond, burst: Math.max(perSecond, Number(m[2] ?? perSecond * 3)) };
}

function origin(name: string, value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new ConfigError(`${name}: "${value}" is not a URL`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const development = env.NODE_ENV === 'development';
  const port = int(env, 'PORT', 3000);
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  origin('PUBLIC_URL', publicUrl);
  const rate = graphqlRate(env);
  const ingest = env.INGEST_RATE_LIMIT?.trim();
  return {
    development,
    debugSqlCount: env.DEBUG_SQL_COUNT === '1',
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    publicUrl,
    consoleOrigins: (env.CONSOLE_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => origin('CONSOLE_ORIGINS', s)),
    graphiql: env.GRAPHIQL === '1' || (env.GRAPHIQL === undefined && development),
    databaseUrl: required(env, 'DATABASE_URL'),
    temporal: { address: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233', namespace: env.TEMPORAL_NAMESPACE ?? 'default' },
    meili: {
      url: env.MEILI_URL ?? 'http://127.0.0.1:7700',
      masterKey: env.MEILI_MASTER_KEY || undefined,
      index: env.MEILI_INDEX ?? 'conversations',
    },
    adminToken: env.ADMIN_TOKEN || undefined,
    review: {
      delayMs: parseDuration('REVIEW_DELAY', env.REVIEW_DELAY ?? '10m'),
      idleCloseMs: parseDuration('CONVERSATION_IDLE_CLOSE', env.CONVERSATION_IDLE_CLOSE ?? '30d'),
      windowMessages: int(env, 'REVIEW_WINDOW_MESSAGES', 200),
      windowChars: int(env, 'REVIEW_WINDOW_CHARS', 60_000, 1_000),
      maxAttempts: int(env, 'REVIEW_MAX_ATTEMPTS', 20),
    },
    whatsapp: { appSecret: env.WHATSAPP_APP_SECRET || undefined, verifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined },
    reviewer: {
      kind: oneOf(env, 'REVIEWER', ['builtin', 'openai'] as const, 'builtin'),
      openai: {
        baseUrl: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
        apiKey: env.OPENAI_API_KEY || undefined,
        model: env.OPENAI_MODEL || 'gpt-4o-mini',
        timeoutMs: parseDuration('OPENAI_TIMEOUT', env.OPENAI_TIMEOUT ?? '60s'),
      },
    },
    sessions: {
      idleMs: parseDuration('SESSION_IDLE', env.SESSION_IDLE ?? '7d'),
      maxMs: parseDuration('SESSION_MAX', env.SESSION_MAX ?? '30d'),
    },
    rateLimits: {
      graphqlPerSecond: rate.perSecond,
      graphqlBurst: rate.burst,
      exportPerMinute: int(env, 'EXPORT_RATE_LIMIT', 10),
      ingestPerSecond: ingest ? int(env, 'INGEST_RATE_LIMIT', 1) : undefined,
    },
    worker: {
      maxActivities: int(env, 'WORKER_MAX_ACTIVITIES', 50),
      maxWorkflowTasks: int(env, 'WORKER_MAX_WORKFLOW_TASKS', 40),
      maxWorkflowTaskPolls: int(env, 'WORKER_MAX_WORKFLOW_TASK_POLLS', 10, 2),
      maxCachedWorkflows: int(env, 'WORKER_MAX_CACHED_WORKFLOWS', 2_000, 0),
    },
  };
}
