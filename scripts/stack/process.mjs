// Child-process management: spawn with logged output, wait for health, stop (TERM → KILL),
// and a registry so that nothing outlives the parent (signals, exit, uncaught errors).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

/** @typedef {(msg: string) => void} Logger */

/** Every live child, in start order. @type {Set<ManagedProcess>} */
const registry = new Set();
let shuttingDown = false;

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class ManagedProcess {
  /**
   * @param {object} o
   * @param {string} o.name short name, used as log prefix and log file name
   * @param {import('node:child_process').ChildProcess} o.child
   * @param {string|undefined} o.logFile
   * @param {NodeJS.Signals} o.stopSignal
   * @param {number} o.graceMs
   * @param {boolean} o.signalGroup send the graceful signal to the whole group (else only to the main pid)
   */
  constructor({ name, child, logFile, stopSignal, graceMs, signalGroup }) {
    this.name = name;
    this.child = child;
    this.pid = /** @type {number} */ (child.pid);
    this.logFile = logFile;
    this.stopSignal = stopSignal;
    this.graceMs = graceMs;
    this.signalGroup = signalGroup;
    /** @type {number|null} */ this.exitCode = null;
    /** @type {NodeJS.Signals|null} */ this.exitSignal = null;
    this.exitedFlag = false;
    this.stopping = false;
    /** last output lines, for error messages @type {string[]} */
    this.lines = [];
    /** @type {Promise<{ code: number|null, signal: NodeJS.Signals|null }>} */
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        this.exitedFlag = true;
        registry.delete(this);
        resolve({ code, signal });
      });
    });
  }

  get alive() {
    return !this.exitedFlag;
  }

  /** Human description of how it ended. */
  describeExit() {
    if (!this.exitedFlag) return `${this.name} is running`;
    return this.exitSignal ? `${this.name} was killed by ${this.exitSignal}` : `${this.name} exited with code ${this.exitCode}`;
  }

  /** The last output lines, indented, for error messages. */
  tail(n = 20) {
    const lines = this.lines.slice(-n);
    const where = this.logFile ? ` (full log: ${this.logFile})` : '';
    return lines.length ? `last output of ${this.name}${where}:\n    ${lines.join('\n    ')}` : `no output from ${this.name}${where}`;
  }

  /** @param {NodeJS.Signals} sig @param {boolean} group */
  kill(sig, group) {
    try {
      process.kill(group ? -this.pid : this.pid, sig);
    } catch {
      /* already gone */
    }
  }

  /**
   * Graceful signal, then SIGKILL to the whole process group after the grace period.
   * Resolves once the main process has exited; leftovers of its group are killed too.
   */
  async stop() {
    if (this.exitedFlag) {
      this.kill('SIGKILL', true);
      return;
    }
    this.stopping = true;
    this.kill(this.stopSignal, this.signalGroup);
    let timer;
    const timedOut = await Promise.race([
      this.exited.then(() => false),
      new Promise((r) => (timer = setTimeout(() => r(true), this.graceMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.lines.push(`(did not stop within ${this.graceMs} ms: SIGKILL)`);
      this.kill('SIGKILL', true);
      await this.exited;
    }
    this.kill('SIGKILL', true); // stragglers of the group, if any
  }
}

/**
 * Spawns a child in its own process group, its stdout/stderr written line by line to
 * `<logDir>/<name>.log` (and to the console with a `[name]` prefix when `echo`).
 * @param {object} o
 * @param {string} o.name
 * @param {string} o.command
 * @param {string[]} [o.args]
 * @param {string} [o.cwd]
 * @param {NodeJS.ProcessEnv} [o.env]
 * @param {number} [o.uid]
 * @param {number} [o.gid]
 * @param {string} [o.logDir] folder for `<name>.log`; no log file when absent
 * @param {boolean} [o.echo] also print the output to this process's stdout/stderr, prefixed
 * @param {(line: string, stream: 'stdout'|'stderr') => void} [o.onLine]
 * @param {NodeJS.Signals} [o.stopSignal] graceful stop signal (default SIGTERM)
 * @param {number} [o.graceMs] time before SIGKILL (default 10 s)
 * @param {boolean} [o.signalGroup] graceful signal to the whole group (default true)
 * @param {string} [o.stdin] text written to stdin, then closed (stdin is ignored otherwise)
 * @returns {ManagedProcess}
 */
export function startProcess(o) {
  if (shuttingDown) throw new Error(`not starting ${o.name}: shutting down`);
  /** @type {import('node:fs').WriteStream|undefined} */
  let logStream;
  let logFile;
  if (o.logDir) {
    mkdirSync(o.logDir, { recursive: true });
    logFile = path.join(o.logDir, `${o.name}.log`);
    logStream = createWriteStream(logFile, { flags: 'a' });
    logStream.on('error', () => {});
    logStream.write(`\n=== ${new Date().toISOString()} ${o.command} ${(o.args ?? []).join(' ')}\n`);
  }
  const child = spawn(o.command, o.args ?? [], {
    cwd: o.cwd,
    env: o.env ?? process.env,
    uid: o.uid,
    gid: o.gid,
    detached: true, // own process group: no terminal SIGINT, and the whole group can be killed
    stdio: [o.stdin !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const proc = new ManagedProcess({
    name: o.name,
    child,
    logFile,
    stopSignal: o.stopSignal ?? 'SIGTERM',
    graceMs: o.graceMs ?? 10_000,
    signalGroup: o.signalGroup ?? true,
  });
  child.once('error', (err) => {
    proc.lines.push(`spawn error: ${err.message}`);
    logStream?.write(`spawn error: ${err.message}\n`);
    // 'exit' is not always emitted after a spawn error (e.g. ENOENT): settle the process ourselves.
    if (!proc.exitedFlag && child.pid === undefined) child.emit('exit', 127, null);
  });
  if (child.pid !== undefined) registry.add(proc);
  if (o.stdin !== undefined) {
    child.stdin?.on('error', () => {});
    child.stdin?.end(o.stdin);
  }
  for (const stream of /** @type {const} */ (['stdout', 'stderr'])) {
    const rl = readline.createInterface({ input: /** @type {import('node:stream').Readable} */ (child[stream]) });
    rl.on('line', (line) => {
      proc.lines.push(line);
      if (proc.lines.length > 200) proc.lines.splice(0, proc.lines.length - 100);
      logStream?.write(`${stream === 'stderr' ? '! ' : ''}${line}\n`);
      if (o.echo) (stream === 'stderr' ? process.stderr : process.stdout).write(`[${o.name}] ${line}\n`);
      try {
        o.onLine?.(line, stream);
      } catch {
        /* a listener's error never breaks logging */
      }
    });
  }
  proc.exited.then(({ code, signal }) => {
    logStream?.write(`=== exited: ${signal ?? `code ${code}`}\n`);
    logStream?.end();
  });
  return proc;
}

/**
 * Runs a command to completion (logged like startProcess); rejects with its output tail
 * when it fails, unless `allowFailure`.
 * @param {Parameters<typeof startProcess>[0] & { timeoutMs?: number, allowFailure?: boolean }} o
 * @returns {Promise<{ code: number|null, output: string[] }>}
 */
export async function runToCompletion(o) {
  const proc = startProcess(o);
  let timer;
  if (o.timeoutMs) {
    timer = setTimeout(() => {
      proc.lines.push(`(timed out after ${o.timeoutMs} ms)`);
      proc.kill('SIGKILL', true);
    }, o.timeoutMs);
  }
  const { code } = await proc.exited;
  clearTimeout(timer);
  if (code !== 0 && !o.allowFailure) throw new Error(`${proc.describeExit()}\n  ${proc.tail()}`);
  return { code, output: proc.lines };
}

/**
 * Polls `check` until it returns a truthy value; fails early when `proc` exits, and after
 * `timeoutMs` with a clear message (including the child's last output).
 * @template T
 * @param {() => Promise<T>|T} check
 * @param {{ what: string, timeoutMs?: number, intervalMs?: number, proc?: ManagedProcess }} o
 * @returns {Promise<T>}
 */
export async function waitFor(check, { what, timeoutMs = 60_000, intervalMs = 250, proc }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    if (proc && !proc.alive) throw new Error(`${what}: ${proc.describeExit()} before it became ready\n  ${proc.tail()}`);
    if (shuttingDown) throw new Error(`${what}: interrupted (shutting down)`);
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${/** @type {Error} */ (lastError).message})` : '';
      throw new Error(`${what}: not ready after ${Math.round(timeoutMs / 1000)} s${why}${proc ? `\n  ${proc.tail()}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/** Stops every registered child (in reverse start order, all at once). */
export async function stopAll() {
  const procs = [...registry].reverse();
  await Promise.all(procs.map((p) => p.stop()));
}

/** Synchronous last resort: SIGKILL every live child's process group. */
export function killAllSync() {
  for (const p of registry) p.kill('SIGKILL', true);
}

export function isShuttingDown() {
  return shuttingDown;
}

let handlersInstalled = false;
/** @type {(reason: string) => Promise<void>} */
let shutdownHandler = async () => stopAll();

/**
 * Installs the parent's safety net once: on SIGINT/SIGTERM/SIGHUP, `shutdown` (default: stop every
 * child) runs, then the process exits with `signalExitCode`; a second signal kills everything at
 * once. On exit, any child still alive is SIGKILLed (with its group). With `handleErrors`, an
 * uncaught exception / unhandled rejection is reported, everything stopped, exit 1.
 * With `exitWithParent`, the death of the parent process (e.g. `npm` killed with SIGTERM: its `sh -c`
 * dies without forwarding the signal) counts as SIGTERM.
 * @param {{ shutdown?: (reason: string) => Promise<void>, signalExitCode?: number, handleErrors?: boolean, exitWithParent?: boolean, log?: Logger }} [o]
 */
export function installShutdownHandlers(o = {}) {
  if (o.shutdown) shutdownHandler = o.shutdown;
  if (handlersInstalled) return;
  handlersInstalled = true;
  const log = o.log ?? ((m) => process.stderr.write(`${m}\n`));
  let firstSignalAt = 0;
  const onSignal = (sig) => {
    // npm forwards the terminal's SIGINT to us as well: a repeat within 1.5 s is the same Ctrl-C.
    if (firstSignalAt && Date.now() - firstSignalAt < 1500) return;
    if (shuttingDown) {
      log(`${sig} again: killing everything now`);
      killAllSync();
      process.exit(130);
    }
    firstSignalAt = Date.now();
    void shutdownAndExit(`${sig}`, o.signalExitCode ?? 0, log);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, onSignal);
  process.on('exit', killAllSync);
  // A closed terminal / dead parent must not turn our output into a crash.
  for (const s of [process.stdout, process.stderr]) s.on('error', () => {});
  if (o.exitWithParent) {
    const ppid = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== ppid) {
        clearInterval(timer);
        onSignal('parent exited');
      }
    }, 500);
    timer.unref();
  }
  if (o.handleErrors) {
    const onError = (err) => {
      log(`fatal: ${err?.stack ?? err}`);
      void shutdownAndExit('error', 1, log);
    };
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
  }
}

/**
 * Runs the shutdown handler (see installShutdownHandlers), stops whatever is left, exits with `code`.
 * Only the first call acts; later calls wait forever (the process is about to exit).
 * @param {string} reason @param {number} code @param {Logger} [log]
 * @returns {Promise<never>}
 */
export async function shutdownAndExit(reason, code, log = (m) => process.stderr.write(`${m}\n`)) {
  if (shuttingDown) return new Promise(() => {});
  shuttingDown = true;
  try {
    await shutdownHandler(reason);
  } catch (err) {
    log(`error while stopping: ${/** @type {Error} */ (err).message}`);
  }
  await stopAll().catch(() => {});
  process.exit(code);
}

/** Marks the registry as shutting down: no new children may start, waits are interrupted. */
export function beginShutdown() {
  shuttingDown = true;
}
