// The data of a scale: the main workspace seeded up to N conversations (straight SQL), then the
// search index filled by the project's own reindex command; both timed.
import type pg from 'pg';
import { ROOT } from '../../scripts/paths.ts';
import { runToCompletion } from '../../scripts/stack/process.ts';
import { log, pollUntil, round } from '../lib/stats.ts';
import { appPath, type BenchSystem } from '../lib/system.ts';
import { seed } from '../seed.ts';

export interface ScaleData {
  added: number;
  addedMessages: number;
  seedSeconds: number | null;
  totalConversations: number;
  totalMessages: number;
  reindexSentSeconds: number | null;
  reindexSearchableSeconds: number | null;
  reindexComplete: boolean;
  dbSizeMiB: number | null;
}

/** Until Meilisearch has no enqueued or processing task. */
export function meiliIdle(sys: BenchSystem, timeoutMs: number): Promise<boolean> {
  const auth = { authorization: `Bearer ${sys.stack.meiliMasterKey}` };
  return pollUntil(
    async () => {
      const r = await sys.meiliHttp.request('GET', '/tasks?statuses=enqueued,processing&limit=1', undefined, auth);
      return r.status === 200 && (r.body as { total: number }).total === 0;
    },
    timeoutMs,
    500,
  );
}

/** Seeds from `seeded + 1` to `scale` with the worker stopped (its sync loop would index the same rows). */
export async function prepareScale(
  sys: BenchSystem,
  pool: pg.Pool,
  seeded: number,
  scale: number,
  perConversation: number,
): Promise<ScaleData> {
  await sys.stopWorkers();
  const s = await seed({
    databaseUrl: sys.stack.databaseUrl,
    workspaceId: sys.workspace.id,
    from: seeded + 1,
    to: scale,
    perConversation,
    log,
  });
  const counts = (
    await pool.query<{ c: number; m: number }>(
      'select (select count(*) from conversation)::int as c, (select count(*) from message)::int as m',
    )
  ).rows[0];
  log(`seeded +${s.conversations} conversations / +${s.messages} messages in ${(s.ms / 1000).toFixed(1)} s`);
  const r0 = Date.now();
  await runToCompletion({
    name: 'reindex',
    command: process.execPath,
    args: [appPath('dist/apps/worker/src/reindex.js')],
    cwd: ROOT,
    env: sys.env,
    logDir: sys.logDir,
    timeoutMs: 1_200_000,
  });
  const sent = (Date.now() - r0) / 1000;
  const complete = await meiliIdle(sys, 1_200_000);
  const searchable = (Date.now() - r0) / 1000;
  log(`reindex: sent in ${sent.toFixed(1)} s, all searchable after ${searchable.toFixed(1)} s`);
  await sys.startWorker();
  const size = (await pool.query<{ b: string }>('select pg_database_size(current_database()) as b')).rows[0].b;
  return {
    added: s.conversations,
    addedMessages: s.messages,
    seedSeconds: round(s.ms / 1000, 1),
    totalConversations: counts.c,
    totalMessages: counts.m,
    reindexSentSeconds: round(sent, 1),
    reindexSearchableSeconds: round(searchable, 1),
    reindexComplete: complete,
    dbSizeMiB: round(Number(size) / 1048576, 0),
  };
}
