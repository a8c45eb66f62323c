// Child-process management: spawn with logged output, wait for health, stop (TERM → KILL),
// and a registry so that nothing outlives the parent (signals, exit, uncaught errors).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable } from 'node:stream';

export type Logger = (msg: string) => void;
export type Stream = 'stdout' | 'stderr';

/** Every live child, in start order. */
const registry = new Set<ManagedProcess>();
let shuttingDown = false;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface StartOptions {
  /** short name, used as log prefix and log file name */
  name: string;
  command: string;
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  /** file mode creation mask of the child (e.g. 0o077: what it creates is private) */
  umask?: number;
  /** folder for `<name>.log` (created 0700, the file 0600); no log file when absent */
  logDir?: string;
  /** also print the output to this process's stdout/stderr, prefixed; a function picks the lines */
  echo?: boolean | ((line: string, stream: Stream) => boolean);
  onLine?: (line: string, stream: Stream) => void;
  /** graceful stop signal (default SIGTERM) */
  stopSignal?: NodeJS.Signals;
  /** time before SIGKILL (default 10 s) */
  graceMs?: number;
  /** graceful signal to the whole group (default true), else only to the main pid */
  signalGroup?: boolean;
  /** text written to stdin, then closed (stdin is ignored otherwise) */
  stdin?: string;
}

export class ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly logFile: string | undefined;
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  stopping = false;
  /** last output lines, for error messages */
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private exitedFlag = false;
  private readonly stopSignal: NodeJS.Signals;
  private readonly graceMs: number;
  private readonly signalGroup: boolean;

  constructor(o: {
    name: string;
    child: ChildProcess;
    logFile: string | undefined;
    stopSignal: NodeJS.Signals;
    graceMs: number;
    signalGroup: boolean;
  }) {
    this.name = o.name;
    this.child = o.child;
    this.pid = o.child.pid ?? -1;
    this.logFile = o.logFile;
    this.stopSignal = o.stopSignal;
    this.graceMs = o.graceMs;
    this.signalGroup = o.signalGroup;
    this.exited = new Promise((resolve) => {
      o.child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        this.exitedFlag = true;
        registry.delete(this);
        resolve({ code, signal });
      });
    });
  }

  get alive(): boolean {
    return !this.exitedFlag;
  }

  /** Human description of how it ended. */
  describeExit(): string {
    if (!this.exitedFlag) return `${this.name} is running`;
    return this.exitSignal ? `${this.name} was killed by ${this.exitSignal}` : `${this.name} exited with code ${this.exitCode}`;
  }

  /** The last output lines, indented, for error messages. */
  tail(n = 20): string {
    const lines = this.lines.slice(-n);
    const where = this.logFile ? ` (full log: ${this.logFile})` : '';
    return lines.length ? `last output of ${this.name}${where}:\n    ${lines.join('\n    ')}` : `no output from ${this.name}${where}`;
  }

  kill(sig: NodeJS.Signals, group: boolean): void {
    if (this.pid < 0) return;
    try {
      process.kill(group ? -this.pid : this.pid, sig);
    } catch {
      // already gone
    }
  }

  /**
   * Graceful signal, then SIGKILL to the whole process group after the grace period.
   * Resolves once the main process has exited; leftovers of its group are killed too.
   */
  async stop(): Promise<void> {
    if (this.exitedFlag) {
      this.kill('SIGKILL', true);
      return;
    }
    this.stopping = true;
    this.kill(this.stopSignal, this.signalGroup);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      this.exited.then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), this.graceMs))),
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

function openLog(o: StartOptions): { file: string; stream: WriteStream } | undefined {
  if (!o.logDir) return undefined;
  mkdirSync(o.logDir, { recursive: true, mode: 0o700 });
  const file = path.join(o.logDir, `${o.name}.log`);
  const stream = createWriteStream(file, { flags: 'a', mode: 0o600 });
  stream.on('error', () => {});
  stream.write(`\n=== ${new Date().toISOString()} ${o.command} ${(o.args ?? []).join(' ')}\n`);
  return { file, stream };
}

function spawnChild(o: StartOptions): ChildProcess {
  // spawn takes no umask: the child inherits this process's, so it is set around the (synchronous) fork.
  const previous = o.umask === undefined ? undefined : process.umask(o.umask);
  try {
    return spawn(o.command, o.args ?? [], {
      cwd: o.cwd,
      env: o.env ?? process.env,
      uid: o.uid,
      gid: o.gid,
      detached: true, // own process group: no terminal SIGINT, and the whole group can be killed
      stdio: [o.stdin !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}

/**
 * Spawns a child in its own process group, its stdout/stderr written line by line to
 * `<logDir>/<name>.log` (and to the console with a `[name]` prefix, as `echo` says).
 */
export function startProcess(o: StartOptions): ManagedProcess {
  if (shuttingDown) throw new Error(`not starting ${o.name}: shutting down`);
  const log = openLog(o);
  const child = spawnChild(o);
  const proc = new ManagedProcess({
    name: o.name,
    child,
    logFile: log?.file,
    stopSignal: o.stopSignal ?? 'SIGTERM',
    graceMs: o.graceMs ?? 10_000,
    signalGroup: o.signalGroup ?? true,
  });
  child.once('error', (err) => {
    proc.lines.push(`spawn error: ${err.message}`);
    log?.stream.write(`spawn error: ${err.message}\n`);
    // 'exit' is not always emitted after a spawn error (e.g. ENOENT): settle the process ourselves.
    if (proc.alive && child.pid === undefined) child.emit('exit', 127, null);
  });
  if (child.pid !== undefined) registry.add(proc);
  if (o.stdin !== undefined) {
    child.stdin?.on('error', () => {});
    child.stdin?.end(o.stdin);
  }
  const echo = typeof o.echo === 'function' ? o.echo : () => o.echo === true;
  for (const stream of ['stdout', 'stderr'] as const) {
    const rl = readline.createInterface({ input: child[stream] as Readable });
    rl.on('line', (line) => {
      proc.lines.push(line);
      if (proc.lines.length > 200) proc.lines.splice(0, proc.lines.length - 100);
      log?.stream.write(`${stream === 'stderr' ? '! ' : ''}${line}\n`);
      try {
        if (echo(line, stream)) (stream === 'stderr' ? process.stderr : process.stdout).write(`[${o.name}] ${line}\n`);
        o.onLine?.(line, stream);
      } catch {
        // a listener's error never breaks logging
      }
    });
  }
  void proc.exited.then(({ code, signal }) => {
    log?.stream.end(`=== exited: ${signal ?? `code ${code}`}\n`);
  });
  return proc;
}

/**
 * Runs a command to completion (logged like startProcess); rejects with its output tail
 * when it fails, unless `allowFailure`.
 */
export async function runToCompletion(
  o: StartOptions & { timeoutMs?: number; allowFailure?: boolean },
): Promise<{ code: number | null; output: string[] }> {
  const proc = startProcess(o);
  let timer: NodeJS.Timeout | undefined;
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
 */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  { what, timeoutMs = 60_000, intervalMs = 250, proc }: { what: string; timeoutMs?: number; intervalMs?: number; proc?: ManagedProcess },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
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
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`${what}: not ready after ${Math.round(timeoutMs / 1000)} s${why}${proc ? `\n  ${proc.tail()}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/** Stops every registered child (in reverse start order, all at once). */
export async function stopAll(): Promise<void> {
  await Promise.all([...registry].reverse().map((p) => p.stop()));
}

/** Synchronous last resort: SIGKILL every live child's process group. */
export function killAllSync(): void {
  for (const p of registry) p.kill('SIGKILL', true);
}

export function isShuttingDown(): boolean {
  return shuttingDown;
}

/** Marks the registry as shutting down: no new children may start, waits are interrupted. */
export function beginShutdown(): boolean {
  if (shuttingDown) return false;
  shuttingDown = true;
  return true;
}
