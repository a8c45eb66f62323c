// Temporal's own limit for "timer, then activity": started by signalWithStart with the deadline in
// the signal (as a conversation's message signal carries its receipt time), it sleeps until the
// deadline and runs one no-op activity, then completes. Bundled by bench/limits/timer-worker.ts only,
// never part of the production workflow bundle.
import { condition, defineSignal, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';

export const DUE_SIGNAL = 'due';
export const dueSignal = defineSignal<[{ dueAt: string }]>(DUE_SIGNAL);

interface TimerActivities {
  noop(workflowId: string): Promise<void>;
}

const { noop } = proxyActivities<TimerActivities>({ startToCloseTimeout: '1 minute' });

export async function timerThenActivity(): Promise<void> {
  let dueAt: number | undefined;
  setHandler(dueSignal, (s) => {
    dueAt = Date.parse(s.dueAt);
  });
  await condition(() => dueAt !== undefined);
  const waitMs = (dueAt ?? 0) - Date.now();
  if (waitMs > 0) await sleep(waitMs);
  await noop(workflowInfo().workflowId);
}
