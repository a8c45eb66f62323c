// 5. A bulk status change by filter (the people issue): a workspace of N reviewed, indexed
// conversations, each with its open workflow; `bulkChangeStatus(filter: …)` over all N. Measured:
// the time to answer, then how long the two durable follow-ups take to catch up — the search index
// (the sync loop: indexed_version reaches version; then Meilisearch is asked) and the workflows'
// ConversationStatus search attribute (the outbox relay's status signals; then Temporal is asked).
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { cpuMeter } from '../lib/procfs.ts';
import { closedLoop, log, now, pollUntil, round } from '../lib/stats.ts';
import type { BenchSystem } from '../lib/system.ts';
import { countWorkflows, drainBacklog, signalWithStart } from '../lib/temporal.ts';
import { seed } from '../seed.ts';
import { BULK_CHANGE_STATUS } from './query-documents.ts';

const STATUS = 'FOLLOW_UP';

export interface BulkFigures {
  conversations: number;
  workflowsOpened: number;
  answerMs: number | null;
  matched: number;
  changed: number;
  /** seconds after the answer until every change was indexed (indexed_version = version) */
  searchIndexCaughtUpS: number | null;
  searchIndexShowsAll: boolean;
  /** seconds after the answer until the outbox had signaled every status */
  statusSignalsSentS: number | null;
  /** seconds after the answer until Temporal's visibility showed the status on every workflow */
  workflowAttributeCaughtUpS: number | null;
  cpuSecondsDuringCatchUp: Record<string, number>;
}

export async function benchBulk(
  sys: BenchSystem,
  client: Client,
  pool: pg.Pool,
  o: { conversations: number; timeoutMs: number; drainMs: number },
): Promise<BulkFigures> {
  const ws = await sys.createWorkspace('bulk-bench');
  await seed({ databaseUrl: sys.stack.databaseUrl, workspaceId: ws.id, from: 1, to: o.conversations, perConversation: 6 });
  // indexed as a reviewed conversation would be: the worker's sync loop sends them
  await pool.query('update conversation set indexed_version = 0 where workspace_id = $1', [ws.id]);
  const behind = async () =>
    (
      await pool.query<{ n: number }>('select count(*)::int as n from conversation where workspace_id = $1 and indexed_version < version', [
        ws.id,
      ])
    ).rows[0].n;
  await pollUntil(async () => (await behind()) === 0, o.timeoutMs, 500);
  const convs = (
    await pool.query<{ id: string; mc: number; source: string }>(
      'select id, message_count as mc, source from conversation where workspace_id = $1',
      [ws.id],
    )
  ).rows;
  const opened = await closedLoop({
    concurrency: 32,
    count: convs.length,
    timeMs: o.timeoutMs,
    fn: (i) => signalWithStart(client, { conversationId: convs[i].id, workspaceId: ws.id, source: convs[i].source, seq: convs[i].mc }),
  });
  log(`bulk: ${o.conversations} conversations indexed, ${opened.done} workflows opened (${opened.errors} errors)`);
  await drainBacklog(client, o.drainMs, 'before the bulk change');

  const stop = cpuMeter(sys.components());
  const t0 = now();
  const res = await sys.gql<{ bulkChangeStatus: { matched: number; changed: number } }>(
    BULK_CHANGE_STATUS,
    { f: {}, s: STATUS },
    ws.apiToken,
  );
  const answered = now();
  const answerMs = round(answered - t0, 0);
  log(`bulkChangeStatus(filter): matched ${res.bulkChangeStatus.matched}, changed ${res.bulkChangeStatus.changed} in ${answerMs} ms`);
  const since = () => round((now() - answered) / 1000, 1);
  let searchIndexCaughtUpS: number | null = null;
  let statusSignalsSentS: number | null = null;
  let workflowAttributeCaughtUpS: number | null = null;
  const pending = async () =>
    (
      await pool.query<{ n: number }>('select count(*)::int as n from conversation where workspace_id = $1 and status_signal_pending', [
        ws.id,
      ])
    ).rows[0].n;
  const attributeQuery = `WorkspaceId = "${ws.id}" AND ConversationStatus = "${STATUS}"`;
  await pollUntil(
    async () => {
      if (searchIndexCaughtUpS === null && (await behind()) === 0) searchIndexCaughtUpS = since();
      if (statusSignalsSentS === null && (await pending()) === 0) statusSignalsSentS = since();
      if (workflowAttributeCaughtUpS === null && (await countWorkflows(client, attributeQuery)) === opened.done)
        workflowAttributeCaughtUpS = since();
      return searchIndexCaughtUpS !== null && statusSignalsSentS !== null && workflowAttributeCaughtUpS !== null;
    },
    o.timeoutMs,
    500,
  );
  const cpu = stop();
  const meili = await sys.meiliHttp.request(
    'POST',
    `/indexes/${sys.meiliIndex}/search`,
    { q: '', filter: `workspaceId = "${ws.id}" AND status = "${STATUS}"`, hitsPerPage: 0, page: 1 },
    { authorization: `Bearer ${sys.stack.meiliMasterKey}` },
  );
  const shown = (meili.body as { totalHits?: number }).totalHits ?? -1;
  const out: BulkFigures = {
    conversations: o.conversations,
    workflowsOpened: opened.done,
    answerMs,
    matched: res.bulkChangeStatus.matched,
    changed: res.bulkChangeStatus.changed,
    searchIndexCaughtUpS,
    searchIndexShowsAll: shown === res.bulkChangeStatus.changed,
    statusSignalsSentS,
    workflowAttributeCaughtUpS,
    cpuSecondsDuringCatchUp: cpu,
  };
  log(
    `bulk catch-up: search index ${searchIndexCaughtUpS} s (Meilisearch shows ${shown}), status signals ${statusSignalsSentS} s, workflow attribute ${workflowAttributeCaughtUpS} s`,
  );
  return out;
}
