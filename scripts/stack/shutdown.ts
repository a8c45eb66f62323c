// The parent's safety net: signals, a dead parent and uncaught errors stop every child before exiting.
import { beginShutdown, isShuttingDown, killAllSync, stopAll, type Logger } from './process.ts';

let handlersInstalled = false;
let shutdownHandler: (reason: string) => Promise<void> = async () => stopAll();

export interface ShutdownOptions {
  shutdown?: (reason: string) => Promise<void>;
  signalExitCode?: number;
  handleErrors?: boolean;
  exitWithParent?: boolean;
  log?: Logger;
}

/**
 * Installs the parent's safety net once: on SIGINT/SIGTERM/SIGHUP, `shutdown` (default: stop every
 * child) runs, then the process exits with `signalExitCode`; a second signal kills everything at
 * once. On exit, any child still alive is SIGKILLed (with its group). With `handleErrors`, an
 * uncaught exception / unhandled rejection is reported, everything stopped, exit 1.
 * With `exitWithParent`, the death of the parent process (e.g. `npm` killed with SIGTERM: its `sh -c`
 * dies without forwarding the signal) counts as SIGTERM.
 */
export function installShutdownHandlers(o: ShutdownOptions = {}): void {
  if (o.shutdown) shutdownHandler = o.shutdown;
  if (handlersInstalled) return;
  handlersInstalled = true;
  const log = o.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  let firstSignalAt = 0;
  const onSignal = (sig: string): void => {
    // npm (and the bootstrap) forward the terminal's SIGINT to us as well: a repeat within 1.5 s is the same Ctrl-C.
    if (firstSignalAt && Date.now() - firstSignalAt < 1500) return;
    if (isShuttingDown()) {
      log(`${sig} again: killing everything now`);
      killAllSync();
      process.exit(130);
    }
    firstSignalAt = Date.now();
    void shutdownAndExit(sig, o.signalExitCode ?? 0, log);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, onSignal);
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
    const onError = (err: unknown): void => {
      log(`fatal: ${err instanceof Error ? err.stack : String(err)}`);
      void shutdownAndExit('error', 1, log);
    };
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
  }
}

/**
 * Runs the shutdown handler (see installShutdownHandlers), stops whatever is left, exits with `code`.
 * Only the first call acts; later calls wait forever (the process is about to exit).
 */
export async function shutdownAndExit(reason: string, code: number, log: Logger = (m) => process.stderr.write(`${m}\n`)): Promise<never> {
  if (!beginShutdown()) return new Promise<never>(() => {});
  try {
    await shutdownHandler(reason);
  } catch (err) {
    log(`error while stopping: ${err instanceof Error ? err.message : String(err)}`);
  }
  await stopAll().catch(() => {});
  process.exit(code);
}
