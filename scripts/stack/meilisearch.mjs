// Embedded Meilisearch, with a master key kept stable across restarts (persisted in the data folder).
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProcess, waitFor } from './process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function meiliBinary() {
  if (process.env.MEILI_BINARY) return process.env.MEILI_BINARY;
  const bin = path.join(root, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');
  if (!existsSync(bin)) throw new Error(`Meilisearch binary missing: ${bin} (run npm ci, or set MEILI_BINARY)`);
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    chmodSync(bin, 0o755); // npm does not keep the package's executable bit
  }
  return bin;
}

/** The master key: persisted in `<dataDir>/meili-master-key` when persistent, else random. */
function masterKey(dataDir, persistent) {
  const file = path.join(dataDir, 'meili-master-key');
  if (persistent && existsSync(file)) {
    const k = readFileSync(file, 'utf8').trim();
    if (Buffer.byteLength(k) >= 16) return k;
  }
  const k = randomBytes(24).toString('base64url');
  if (persistent) writeFileSync(file, `${k}\n`, { mode: 0o600 });
  return k;
}

/**
 * @param {string} url @param {string} [key]
 * @returns {Promise<number>} HTTP status (0 when unreachable)
 */
async function httpStatus(url, key) {
  try {
    const res = await fetch(url, { headers: key ? { Authorization: `Bearer ${key}` } : {}, signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * Starts Meilisearch with its database in `<dataDir>/meili`. Ready once GET /health answers 200
 * and the master key is accepted.
 * @param {{ dataDir: string, port: number, persistent: boolean, log: (m: string) => void }} o
 * @returns {Promise<{ url: string, masterKey: string, proc: import('./process.mjs').ManagedProcess, stop: () => Promise<void> }>}
 */
export async function startMeilisearch({ dataDir, port, persistent, log }) {
  const bin = meiliBinary();
  const key = masterKey(dataDir, persistent);
  const dbPath = path.join(dataDir, 'meili');
  mkdirSync(dbPath, { recursive: true });
  log('starting Meilisearch…');
  const proc = startProcess({
    name: 'meilisearch',
    command: bin,
    args: [
      '--db-path',
      dbPath,
      '--http-addr',
      `127.0.0.1:${port}`,
      '--no-analytics',
      '--env',
      'development',
      '--dump-dir',
      path.join(dataDir, 'meili-dumps'),
      '--snapshot-dir',
      path.join(dataDir, 'meili-snapshots'),
      '--log-level',
      'WARN',
    ],
    // the key goes through the environment, not the command line (visible in ps)
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dataDir, MEILI_MASTER_KEY: key },
    cwd: dataDir,
    logDir: path.join(dataDir, 'logs'),
    graceMs: 10_000,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await httpStatus(`${url}/health`)) === 200, { what: 'Meilisearch (GET /health)', proc, timeoutMs: 60_000 });
    const status = await httpStatus(`${url}/version`, key);
    if (status !== 200) throw new Error(`Meilisearch: master key refused (GET /version → ${status})`);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  log(`Meilisearch ready on ${url}`);
  return { url, masterKey: key, proc, stop: () => proc.stop() };
}
