export interface AppConfig {
  port: number;
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  meiliIndex: string;
  adminToken: string | undefined;
  reviewDelayMs: number;
  idleCloseMs: number;
  whatsappAppSecret: string | undefined;
  whatsappVerifyToken: string | undefined;
  reviewer: 'builtin' | 'openai';
  openai: { baseUrl: string; apiKey: string | undefined; model: string };
  production: boolean;
}

export class ConfigError extends Error {}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `ms`-style durations ("500ms", "2s", "10m", "1.5h", "30d") or plain milliseconds. */
export function parseDuration(name: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$/i.exec(value);
  if (!m) throw new ConfigError(`${name}: "${value}" is not a duration (examples: 2s, 10m, 1h)`);
  return Math.round(Number(m[1]) * UNIT_MS[(m[2] ?? 'ms').toLowerCase()]);
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) throw new ConfigError(`${name} is not set (npm start sets it for the embedded services)`);
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const reviewer = (env.REVIEWER ?? 'builtin').toLowerCase();
  if (reviewer !== 'builtin' && reviewer !== 'openai') {
    throw new ConfigError(`REVIEWER: "${env.REVIEWER}" is not one of builtin, openai`);
  }
  const openai = {
    baseUrl: env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
    apiKey: env.OPENAI_API_KEY,
    model: env.OPENAI_MODEL ?? 'gpt-4o-mini',
  };
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: required(env, 'DATABASE_URL'),
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: 'conversations',
    meiliUrl: env.MEILI_URL ?? 'http://127.0.0.1:7700',
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    meiliIndex: env.MEILI_INDEX ?? 'conversations',
    adminToken: env.ADMIN_TOKEN || undefined,
    reviewDelayMs: parseDuration('REVIEW_DELAY', env.REVIEW_DELAY ?? '10m'),
    idleCloseMs: parseDuration('CONVERSATION_IDLE_CLOSE', env.CONVERSATION_IDLE_CLOSE ?? '30d'),
    whatsappAppSecret: env.WHATSAPP_APP_SECRET || undefined,
    whatsappVerifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined,
    reviewer,
    openai,
    production: env.NODE_ENV === 'production',
  };
}
