// Recorded workflow histories: every run of a workflow id (following continue-as-new), in the standard
// JSON form of a history (what the Temporal CLI and UI export, and historyFromJSON reads).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

export const HISTORIES_DIR = path.resolve(process.cwd(), 'test', 'workflows', 'histories');

export interface RecordedHistory {
  /** File name without .json; the replay reports failures by it. */
  name: string;
  history: unknown;
}

/** The histories of the run `firstRunId` and of every run it continued as. */
export async function fetchRuns(client: Client, workflowId: string, firstRunId: string): Promise<unknown[]> {
  const runs: unknown[] = [];
  for (let runId: string | undefined = firstRunId; runId;) {
    const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.push(JSON.parse(historyToJSON(history)) as unknown);
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return runs;
}

export function readRecordedHistories(): RecordedHistory[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), history: JSON.parse(readFileSync(path.join(HISTORIES_DIR, f), 'utf8')) as unknown }));
}
