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
    // history. Measured ≈ 310 KiB each over ≈ 0.8 GiB (10,000 cached: 3.8 GiB RSS; 2,500: 1.5–1.6 GiB;
    // 2,000: 1.40 GiB; bench/REPORT.md, open workflows): 2,000 keeps the worker under 1.5 GiB and is twice what a
    // burst of 1,000 reviews needs.
    maxCachedWorkflows: w.maxCachedWorkflows,
  };
}
