// Embedded Meilisearch, with a master key kept stable across restarts (persisted in the data folder).
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { writePrivateFile } from './private-dir.ts';
import { startProcess, waitFor, type Logger, type ManagedProcess } from './process.ts';

export function meiliBinary(): string {
  if (process.env.MEILI_BINARY) return process.env.MEILI_BINARY;
  const bin = path.join(ROOT, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');
  if (!existsSync(bin)) throw new Error(`Meilisearch binary missing: ${bin} (run npm ci, or set MEILI_BINARY)`);
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    chmodSync(bin, 0o755); // npm does not keep the package's executable bit
  }
  return bin;
}

/** The master key: persisted in `<dataDir>/meili-master-key` when persistent, else random. */
function masterKey(dataDir: string, persistent: boolean): string {
  const file = path.join(dataDir, 'meili-master-key');
  if (persistent && existsSync(file)) {
    const k = readFileSync(file, 'utf8').trim();
    if (Buffer.byteLength(k) >= 16) return k;
  }
  const k = randomBytes(24).toString('base64url');
  if (persistent) writePrivateFile(file, `${k}\n`);
  return k;
}

/** HTTP status of a GET (0 when unreachable). */
async function httpStatus(url: string, key?: string): Promise<number> {
  try {
    const res = await fetch(url, { headers: key ? { Authorization: `Bearer ${key}` } : {}, signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export interface Meilisearch {
  url: string;
  masterKey: string;
  proc: ManagedProcess;
  stop: () => Promise<void>;
}

/** Starts Meilisearch with its database in `<dataDir>/meili`; ready once GET /health answers and the key is accepted. */
export async function startMeilisearch({
  dataDir,
  port,
  persistent,
  log,
}: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log: Logger;
}): Promise<Meilisearch> {
  const bin = meiliBinary();
  const key = masterKey(dataDir, persistent);
  mkdirSync(path.join(dataDir, 'meili'), { recursive: true, mode: 0o700 });
  log('starting Meilisearch…');
  const proc = startProcess({
    name: 'meilisearch',
    command: bin,
    args: [
      '--db-path',
      path.join(dataDir, 'meili'),
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
    umask: 0o077, // the index files: the owner's alone
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
