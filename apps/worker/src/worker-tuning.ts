import type { WorkerOptions } from '@temporalio/worker';
import type { AppConfig } from '@app/domain';

/**
 * The worker's capacity settings (WORKER_MAX_*), as Temporal worker options. One place, so the
 * benchmark's minimal timer+activity worker runs with exactly the same ones (bench/limits).
 */
export function workerTuning(
  w: AppConfig['worker'],
): Pick<
  WorkerOptions,
  'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentWorkflowTaskPolls' | 'maxCachedWorkflows'
> {
  return {
    maxConcurrentActivityTaskExecutions: w.maxActivities,
    maxConcurrentWorkflowTaskExecutions: w.maxWorkflowTasks,
    // the SDK's bounds: at least 2, at most the task slots
    maxConcurrentWorkflowTaskPolls: Math.max(2, Math.min(w.maxWorkflowTaskPolls, w.maxWorkflowTasks)),
    // Open conversations idle on their timers; a cached one answers a signal without replaying its (short)
    // history. Measured ≈ 350 KiB each (10,000 cached: 3.8 GiB RSS, bench/REPORT.md, open workflows):
    // 2,500 — more than a burst of 1,000 reviews needs — keeps the worker near 1.2 GiB however many are open.
    maxCachedWorkflows: w.maxCachedWorkflows,
  };
}
