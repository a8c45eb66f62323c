// One stack's share of the run: start it, then per data scale (seed → reindex → queries → reviews →
// ingestion), then the bulk change, open workflows and scale-out; always stopped at the end.
import pg from 'pg';
import type { BenchConfig, Section } from './config.ts';
import { dbOn, domainOn, preparingClient } from './lib/dist.ts';
import { log } from './lib/stats.ts';
import { BenchSystem, type StackKind, type SystemRss } from './lib/system.ts';
import { drainBacklog, temporalClient, type Drain, type TemporalHandle } from './lib/temporal.ts';
import { versions } from './lib/versions.ts';
import { startTimerWorker, type TimerWorker } from './limits/timer-limit.ts';
import { benchBulk, type BulkFigures } from './sections/bulk.ts';
import { prepareScale, type ScaleData } from './sections/data.ts';
import { benchIngestion, type IngestLevel } from './sections/ingest.ts';
import { benchQueries, type QueryFigures } from './sections/queries.ts';
import { benchReviews, type ReviewFigures } from './sections/review.ts';
import { benchSearch, type SearchFigure } from './search/search.ts';
import { benchScaleOut, type ScaleOut } from './sections/scaleout.ts';
import { benchOpenWorkflows, type OpenWorkflows } from './sections/workflows.ts';

export interface ScaleRun {
  conversations: number;
  data?: ScaleData;
  queries?: QueryFigures;
  /** bench/search: search through GraphQL beside the same request straight to Meilisearch */
  search?: SearchFigure[];
  drainBeforeReview?: Drain;
  review?: ReviewFigures;
  ingestion?: IngestLevel[];
  drainAfterIngestion?: Drain;
  rssMiB?: SystemRss;
}

export interface StackRun {
  kind: StackKind;
  stackMode: string;
  sections: Section[];
  versions?: Record<string, string>;
  scales: ScaleRun[];
  bulk?: BulkFigures;
  drainBeforeWorkflows?: Drain;
  workflows?: OpenWorkflows;
  scaleout?: ScaleOut;
  /** the stack could not be started or measured at all */
  error?: string;
  /** sections that failed; the run restarted what had died and went on */
  sectionErrors: { section: string; error: string; revived: string[] }[];
}

const MODE: Record<StackKind, string> = {
  persistent: 'persistent, as `npm start`: PostgreSQL durable (fsync on), Temporal dev server on its SQLite file (WAL, synchronous=NORMAL)',
  memory: 'throw-away, as the test stack: PostgreSQL with fsync/synchronous_commit/full_page_writes off, Temporal dev server in memory',
};

/** Stops whatever `runStack` has open on a signal (the shutdown handler calls it). */
export const openStacks = new Set<() => Promise<void>>();

export async function runStack(kind: StackKind, sections: Section[], scales: number[], cfg: BenchConfig): Promise<StackRun> {
  const has = (s: Section) => sections.includes(s);
  const out: StackRun = { kind, stackMode: MODE[kind], sections, scales: [], sectionErrors: [] };
  const sys = new BenchSystem(kind);
  let pool: pg.Pool | undefined;
  let temporal: TemporalHandle | undefined;
  let timer: TimerWorker | undefined;
  const stop = async () => {
    await timer?.proc.stop();
    await temporal?.close().catch(() => {});
    await pool?.end().catch(() => {});
    // BENCH_KEEP=1: the temp folder (logs, data) stays for a look afterwards
    await sys.stop({ keepData: process.env.BENCH_KEEP === '1' });
  };
  openStacks.add(stop);
  try {
    await sys.start();
    const db = new pg.Pool({ connectionString: sys.stack.databaseUrl, max: 10, Client: preparingClient() });
    pool = db;
    temporal = await temporalClient(sys.stack.temporalAddress, sys.stack.temporalNamespace);
    const client = temporal.client;
    const domain = domainOn(dbOn(db), { url: sys.stack.meiliUrl, masterKey: sys.stack.meiliMasterKey, index: sys.meiliIndex });
    out.versions = await versions(db, sys.meiliHttp, sys.stack.meiliMasterKey);
    if (has('review')) timer = await startTimerWorker(sys);
    // One failed section (e.g. a process killed from outside) is recorded; the rest still runs.
    const section = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (err) {
        const error = String((err as Error)?.stack ?? err).slice(0, 2_000);
        const revived = await sys.revive();
        out.sectionErrors.push({ section: name, error, revived });
        log(`!! ${kind} ${name} failed (${error.split('\n')[0]}); restarted: ${revived.join(', ') || 'nothing'}`);
      }
    };
    let seeded = 0;
    for (const [i, scale] of scales.entries()) {
      const s: ScaleRun = { conversations: scale };
      out.scales.push(s);
      log(`— ${kind} stack, ${scale.toLocaleString('en-US')} conversations —`);
      s.data = await prepareScale(sys, db, seeded, scale, cfg.messagesPerConversation);
      seeded = scale;
      const at = `@${scale}`;
      if (has('queries'))
        await section(`queries ${at}`, async () => {
          s.queries = await benchQueries(sys, db, domain, { ...cfg.queries, conversations: scale });
          s.search = await benchSearch(sys, cfg.queries.requests, cfg.queries.warmup);
        });
      if (has('review') && timer) {
        const t = timer;
        await section(`review ${at}`, async () => {
          s.drainBeforeReview = await drainBacklog(client, cfg.drainMs, `before reviews ${at}`);
          s.review = await benchReviews(sys, client, db, domain, t, {
            ...cfg.review,
            label: `${kind}-${scale}`,
            pipelineFirst: i % 2 === 1,
          });
        });
      }
      if (has('ingest'))
        await section(`ingest ${at}`, async () => {
          s.ingestion = await benchIngestion(sys, client, cfg.ingest);
          s.drainAfterIngestion = await drainBacklog(client, cfg.drainMs, `after ingestion ${at}`);
        });
      s.rssMiB = sys.rss();
    }
    if (has('bulk'))
      await section('bulk', async () => void (out.bulk = await benchBulk(sys, client, db, { ...cfg.bulk, drainMs: cfg.drainMs })));
    if (has('scaleout')) await section('scaleout', async () => void (out.scaleout = await benchScaleOut(sys, client, db, cfg.review)));
    if (has('workflows'))
      await section('workflows', async () => {
        out.drainBeforeWorkflows = await drainBacklog(client, cfg.drainMs, 'before open workflows');
        out.workflows = await benchOpenWorkflows(sys, client, cfg.workflows);
      });
  } catch (err) {
    out.error = String((err as Error)?.stack ?? err);
    log(`!! ${kind} stack failed: ${out.error}`);
  } finally {
    openStacks.delete(stop);
    await stop();
  }
  return out;
}
