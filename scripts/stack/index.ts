// The embedded service stack: PostgreSQL, Temporal dev server, Meilisearch, started in parallel.
// External services are used instead when DATABASE_URL / TEMPORAL_ADDRESS / MEILI_URL are set.
//
// Run directly (`node scripts/stack/index.ts`) to get only the services, in DATA_DIR (default .data).
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { startMeilisearch } from './meilisearch.ts';
import { pickPort, USUAL_PORTS } from './ports.ts';
import { startPostgres } from './postgres.ts';
import { ensurePrivateDir, privatiseEntries } from './private-dir.ts';
import type { Logger, ManagedProcess } from './process.ts';
import { installShutdownHandlers, shutdownAndExit } from './shutdown.ts';
import { startTemporal } from './temporal.ts';

export interface Stack {
  /** URL of the application database (`conversations`) */
  databaseUrl: string;
  /** URL of the `postgres` database, same superuser */
  adminDatabaseUrl: string;
  /** host:port */
  temporalAddress: string;
  temporalNamespace: string;
  /** undefined when headless or external (unless TEMPORAL_UI_URL is set) */
  temporalUiUrl: string | undefined;
  meiliUrl: string;
  meiliMasterKey: string;
  /** which services this stack started */
  embedded: { postgres: boolean; temporal: boolean; meilisearch: boolean };
  dataDir: string;
  /** stops what this stack started (in parallel); idempotent */
  stop: () => Promise<void>;
  /** resolves (never rejects) with a description and the last output when an embedded service exits on its own */
  died: Promise<string>;
}

export interface StackOptions {
  /** where the embedded services keep data and logs (`<dataDir>/logs/*.log`); made private (0700) */
  dataDir: string;
  /** keep data across runs: durable PostgreSQL, Temporal SQLite file, stable Meili key (default true) */
  persistent?: boolean;
  /** no Temporal Web UI (default false) */
  headlessTemporal?: boolean;
  /** progress lines (default: console.log with a `[stack]` prefix) */
  log?: Logger;
  /** try 5432/7233/8233/7700 first (default: same as persistent) */
  preferUsualPorts?: boolean;
  /** honour PG_PORT, TEMPORAL_PORT, TEMPORAL_UI_PORT, MEILI_PORT (default true) */
  useEnvPorts?: boolean;
  /** where the external-service / port variables are read (default process.env) */
  env?: NodeJS.ProcessEnv;
}

export async function startStack(o: StackOptions): Promise<Stack> {
  const { persistent = true, headlessTemporal = false, log = (m: string) => console.log(`[stack] ${m}`), env = process.env } = o;
  const dataDir = path.resolve(o.dataDir);
  ensurePrivateDir(dataDir);
  ensurePrivateDir(path.join(dataDir, 'logs'));
  privatiseEntries(dataDir);
  const started = Date.now();
  const portOpts = { env, preferUsual: o.preferUsualPorts ?? persistent, useEnv: o.useEnvPorts ?? true };
  const stops: (() => Promise<void>)[] = [];
  const procs: ManagedProcess[] = [];
  let stopped = false;
  const track = <T extends { proc: ManagedProcess; stop: () => Promise<void> }>(s: T): T => {
    stops.push(s.stop);
    procs.push(s.proc);
    return s;
  };

  const postgres = async (): Promise<{ databaseUrl: string; adminUrl: string }> => {
    if (env.DATABASE_URL) {
      log(`PostgreSQL: using DATABASE_URL (external, ${redact(env.DATABASE_URL)})`);
      const admin = new URL(env.DATABASE_URL);
      admin.pathname = '/postgres';
      return { databaseUrl: env.DATABASE_URL, adminUrl: admin.toString() };
    }
    const port = await pickPort({ name: 'PostgreSQL', preferred: USUAL_PORTS.postgres, envVar: 'PG_PORT', ...portOpts });
    return track(await startPostgres({ dataDir, port, persistent, log }));
  };

  const temporal = async (): Promise<{ address: string; namespace: string; uiUrl: string | undefined }> => {
    const namespace = env.TEMPORAL_NAMESPACE || 'default';
    if (env.TEMPORAL_ADDRESS) {
      log(`Temporal: using TEMPORAL_ADDRESS=${env.TEMPORAL_ADDRESS} namespace ${namespace} (external)`);
      return { address: env.TEMPORAL_ADDRESS, namespace, uiUrl: env.TEMPORAL_UI_URL || undefined };
    }
    const port = await pickPort({ name: 'Temporal', preferred: USUAL_PORTS.temporal, envVar: 'TEMPORAL_PORT', ...portOpts });
    const uiPort = headlessTemporal
      ? undefined
      : await pickPort({ name: 'Temporal UI', preferred: USUAL_PORTS.temporalUi, envVar: 'TEMPORAL_UI_PORT', ...portOpts });
    return track(await startTemporal({ dataDir, port, uiPort, headless: headlessTemporal, persistent, namespace, log }));
  };

  const meili = async (): Promise<{ url: string; masterKey: string }> => {
    if (env.MEILI_URL) {
      log(`Meilisearch: using MEILI_URL=${env.MEILI_URL} (external)`);
      return { url: env.MEILI_URL.replace(/\/+$/, ''), masterKey: env.MEILI_MASTER_KEY ?? '' };
    }
    const port = await pickPort({ name: 'Meilisearch', preferred: USUAL_PORTS.meili, envVar: 'MEILI_PORT', ...portOpts });
    return track(await startMeilisearch({ dataDir, port, persistent, log }));
  };

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await Promise.all(stops.map((s) => s().catch(() => {})));
  };

  const [pg, t, m] = await Promise.allSettled([postgres(), temporal(), meili()]);
  if (pg.status === 'rejected' || t.status === 'rejected' || m.status === 'rejected') {
    await stop();
    const reasons = [pg, t, m].flatMap((r) =>
      r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : [],
    );
    throw new Error(`the service stack did not start:\n${reasons.join('\n')}`);
  }
  log(`services ready in ${((Date.now() - started) / 1000).toFixed(1)} s (logs in ${path.join(dataDir, 'logs')})`);
  return {
    databaseUrl: pg.value.databaseUrl,
    adminDatabaseUrl: pg.value.adminUrl,
    temporalAddress: t.value.address,
    temporalNamespace: t.value.namespace,
    temporalUiUrl: t.value.uiUrl,
    meiliUrl: m.value.url,
    meiliMasterKey: m.value.masterKey,
    embedded: { postgres: !env.DATABASE_URL, temporal: !env.TEMPORAL_ADDRESS, meilisearch: !env.MEILI_URL },
    dataDir,
    stop,
    died: new Promise((resolve) => {
      for (const p of procs) void p.exited.then(() => !stopped && !p.stopping && resolve(`${p.describeExit()}\n  ${p.tail()}`));
    }),
  };
}

/** A URL with its password hidden. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

async function servicesOnly(): Promise<void> {
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
  let stack: Stack | undefined;
  installShutdownHandlers({ shutdown: async () => stack?.stop(), handleErrors: true, exitWithParent: true });
  try {
    stack = await startStack({ dataDir });
  } catch (err) {
    console.error(`[stack] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  console.log(`DATABASE_URL=${stack.databaseUrl}`);
  console.log(`TEMPORAL_ADDRESS=${stack.temporalAddress}`);
  console.log(`MEILI_URL=${stack.meiliUrl}`);
  console.log(`MEILI_MASTER_KEY=${stack.meiliMasterKey}`);
  if (stack.temporalUiUrl) console.log(`Temporal UI: ${stack.temporalUiUrl}`);
  console.log('[stack] Ctrl-C stops the services');
  void stack.died.then((why) => {
    console.error(`[stack] ${why}`);
    return shutdownAndExit('service died', 1);
  });
}

if (import.meta.main) await servicesOnly();
