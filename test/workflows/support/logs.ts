// The worker's log lines, kept for assertions instead of printed.
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';

const logs: LogEntry[] = [];
let installed = false;
/** What the failure tests provoke: the workflow logger's warnings and failed activity attempts. */
const expected = (entry: LogEntry) => entry.meta?.sdkComponent === 'workflow' || entry.message === 'Activity failed';

/**
 * Routes the SDK's and the workflow logger's WARN and ERROR lines into the returned list; only
 * unexpected ones (not from a workflow or an activity) are printed. Installs the process's Temporal
 * Runtime, so it must run before anything creates one (a worker, a test environment).
 */
export function captureWorkerLogs(): LogEntry[] {
  if (installed) return logs;
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => {
      logs.push(entry);
      if (!expected(entry)) process.stderr.write(`[worker] ${entry.level} ${entry.message}\n`);
    }),
  });
  installed = true;
  return logs;
}
