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
    // history. Measured ≈ 25–30 KiB each on top of ≈ 1 GiB after a busy day: 10,000 keeps the worker
    // under 1.5 GiB however many are open (bench/REPORT.md, open workflows).
    maxCachedWorkflows: w.maxCachedWorkflows,
  };
}
