// The embedded service stack: PostgreSQL, Temporal dev server, Meilisearch, started in parallel.
// External services are used instead when DATABASE_URL / TEMPORAL_ADDRESS / MEILI_URL are set.
//
// Run directly (`node scripts/stack/index.mjs`) to get only the services, in DATA_DIR (default .data).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickPort, USUAL_PORTS } from './ports.mjs';
import { startPostgres } from './postgres.mjs';
import { startTemporal } from './temporal.mjs';
import { startMeilisearch } from './meilisearch.mjs';
import { installShutdownHandlers, shutdownAndExit } from './process.mjs';

/**
 * @typedef {object} Stack
 * @property {string} databaseUrl URL of the application database (`conversations`)
 * @property {string|undefined} adminDatabaseUrl URL of the `postgres` database, same superuser (embedded only; derived for external)
 * @property {string} temporalAddress host:port
 * @property {string} temporalNamespace
 * @property {string|undefined} temporalUiUrl undefined when headless or external (unless TEMPORAL_UI_URL is set)
 * @property {string} meiliUrl
 * @property {string} meiliMasterKey
 * @property {{ postgres: boolean, temporal: boolean, meilisearch: boolean }} embedded which services this stack started
 * @property {string} dataDir
 * @property {() => Promise<void>} stop stops what this stack started (in parallel); idempotent
 * @property {Promise<string>} died resolves (never rejects) with a description, e.g. "postgres exited with code 1"
 *   and its last output, when an embedded service exits on its own (not through stop())
 */

/**
 * Starts the stack.
 * @param {object} o
 * @param {string} o.dataDir where the embedded services keep data and logs (`<dataDir>/logs/*.log`)
 * @param {boolean} [o.persistent] keep data across runs: durable PostgreSQL, Temporal SQLite file, stable Meili key (default true)
 * @param {boolean} [o.headlessTemporal] no Temporal Web UI (default false)
 * @param {(msg: string) => void} [o.log] progress lines (default: console.log with a `[stack]` prefix)
 * @param {boolean} [o.preferUsualPorts] try 5432/7233/8233/7700 first (default: same as persistent)
 * @param {boolean} [o.useEnvPorts] honour PG_PORT, TEMPORAL_PORT, TEMPORAL_UI_PORT, MEILI_PORT (default true)
 * @param {NodeJS.ProcessEnv} [o.env] where the external-service / port variables are read (default process.env)
 * @returns {Promise<Stack>}
 */
export async function startStack({
  dataDir,
  persistent = true,
  headlessTemporal = false,
  log = (m) => console.log(`[stack] ${m}`),
  preferUsualPorts = persistent,
  useEnvPorts = true,
  env = process.env,
}) {
  dataDir = path.resolve(dataDir);
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
  const started = Date.now();
  const portOpts = { env, preferUsual: preferUsualPorts, useEnv: useEnvPorts };
  /** @type {(() => Promise<void>)[]} */
  const stops = [];
  /** @type {import('./process.mjs').ManagedProcess[]} */
  const procs = [];
  let stopped = false;

  const postgres = async () => {
    if (env.DATABASE_URL) {
      log(`PostgreSQL: using DATABASE_URL (external, ${redact(env.DATABASE_URL)})`);
      const admin = new URL(env.DATABASE_URL);
      admin.pathname = '/postgres';
      return { databaseUrl: env.DATABASE_URL, adminUrl: admin.toString() };
    }
    const port = await pickPort({ name: 'PostgreSQL', preferred: USUAL_PORTS.postgres, envVar: 'PG_PORT', ...portOpts });
    const pg = await startPostgres({ dataDir, port, persistent, log });
    stops.push(pg.stop);
    procs.push(pg.proc);
    return pg;
  };

  const temporal = async () => {
    const namespace = env.TEMPORAL_NAMESPACE || 'default';
    if (env.TEMPORAL_ADDRESS) {
      log(`Temporal: using TEMPORAL_ADDRESS=${env.TEMPORAL_ADDRESS} namespace ${namespace} (external)`);
      return { address: env.TEMPORAL_ADDRESS, namespace, uiUrl: env.TEMPORAL_UI_URL || undefined };
    }
    const port = await pickPort({ name: 'Temporal', preferred: USUAL_PORTS.temporal, envVar: 'TEMPORAL_PORT', ...portOpts });
    const uiPort = headlessTemporal
      ? undefined
      : await pickPort({ name: 'Temporal UI', preferred: USUAL_PORTS.temporalUi, envVar: 'TEMPORAL_UI_PORT', ...portOpts });
    const t = await startTemporal({ dataDir, port, uiPort, headless: headlessTemporal, persistent, namespace, log });
    stops.push(t.stop);
    procs.push(t.proc);
    return t;
  };

  const meili = async () => {
    if (env.MEILI_URL) {
      log(`Meilisearch: using MEILI_URL=${env.MEILI_URL} (external)`);
      return { url: env.MEILI_URL.replace(/\/+$/, ''), masterKey: env.MEILI_MASTER_KEY ?? '' };
    }
    const port = await pickPort({ name: 'Meilisearch', preferred: USUAL_PORTS.meili, envVar: 'MEILI_PORT', ...portOpts });
    const m = await startMeilisearch({ dataDir, port, persistent, log });
    stops.push(m.stop);
    procs.push(m.proc);
    return m;
  };

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(stops.map((s) => s().catch(() => {})));
  };

  const results = await Promise.allSettled([postgres(), temporal(), meili()]);
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length) {
    await stop();
    const msg = failed.map((r) => /** @type {PromiseRejectedResult} */ (r).reason?.message ?? String(r)).join('\n');
    throw new Error(`the service stack did not start:\n${msg}`);
  }
  const [pg, t, m] = /** @type {[any, any, any]} */ (results.map((r) => /** @type {PromiseFulfilledResult<any>} */ (r).value));
  log(`services ready in ${((Date.now() - started) / 1000).toFixed(1)} s (logs in ${path.join(dataDir, 'logs')})`);
  return {
    databaseUrl: pg.databaseUrl,
    adminDatabaseUrl: pg.adminUrl,
    temporalAddress: t.address,
    temporalNamespace: t.namespace,
    temporalUiUrl: t.uiUrl,
    meiliUrl: m.url,
    meiliMasterKey: m.masterKey,
    embedded: { postgres: !env.DATABASE_URL, temporal: !env.TEMPORAL_ADDRESS, meilisearch: !env.MEILI_URL },
    dataDir,
    stop,
    died: new Promise((resolve) => {
      for (const p of procs) p.exited.then(() => !stopped && !p.stopping && resolve(`${p.describeExit()}\n  ${p.tail()}`));
    }),
  };
}

/** A URL with its password hidden. */
function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

// `node scripts/stack/index.mjs`: the services alone, until Ctrl-C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dataDir = path.resolve(root, process.env.DATA_DIR || '.data');
  /** @type {Stack|undefined} */
  let stack;
  installShutdownHandlers({ shutdown: async () => stack?.stop(), handleErrors: true, exitWithParent: true });
  try {
    stack = await startStack({ dataDir });
  } catch (err) {
    console.error(`[stack] ${/** @type {Error} */ (err).message}`);
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
