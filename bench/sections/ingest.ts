// 1. Ingestion: POST /v1/messages with 1/8/64 closed-loop clients, beside the raw limit: the same
// number of signalWithStart calls (shaped as the app's signaler) through the Temporal SDK at the same
// concurrency, same server, same task queue, the worker running during both. App and raw alternate.
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import pg from 'pg';
import { cpuMeter } from '../lib/procfs.ts';
import { closedLoop, log, median, round, summarize, uuidOf, type LoopResult } from '../lib/stats.ts';
import type { BenchSystem } from '../lib/system.ts';
import { signalWithStart } from '../lib/temporal.ts';

const TEXTS = [
  'Buongiorno, vorrei un preventivo per 3 bancali di pellet con consegna a Verona',
  'Certo! Le preparo subito un preventivo, mi conferma la quantità?',
  'Hi, do you deliver solar panels to Manchester? I need a quote by Friday.',
  'Sure, we deliver within 5 working days. Can I have your postcode?',
];

export interface IngestOptions {
  levels: number[];
  count: Record<number, number>;
  timeMs: number;
  repeats: number;
  warmup: number;
}

export interface IngestRun {
  throughput: number | null;
  p50: number | null;
  p99: number | null;
  n: number;
  errors: number;
  firstError: string | undefined;
  wallMs: number | null;
  /** CPU ms per acknowledged call, per component */
  cpuMsPerCall: Record<string, number>;
}

export interface IngestLevel {
  concurrency: number;
  app: IngestRun;
  raw: IngestRun;
  /** app throughput / raw throughput: goal ≥ 0.80 */
  ratio: number | null;
  /** a durable one-row insert with NOTIFY (the append's commit) alone, from a pool of the api's size */
  commitAlone: IngestRun;
  repeats: { app: IngestRun[]; raw: IngestRun[] };
}

/** A distinct block of conversation keys per load run, so runs never share conversations. */
let block = 1000;

/** The api's pool size (MikroORM's default in libs/domain/src/database/mikro-orm.config.ts). */
const API_POOL = 10;
const PROBE = `with i as (insert into bench_commit_probe (t) values ($1) returning id) select pg_notify('bench_probe', i.id::text) from i`;

export async function benchIngestion(sys: BenchSystem, client: Client, o: IngestOptions): Promise<IngestLevel[]> {
  const probe = new pg.Pool({ connectionString: sys.stack.databaseUrl, max: API_POOL });
  try {
    await probe.query('create table if not exists bench_commit_probe (id bigserial primary key, t text not null)');
    return await ingestionLevels(sys, client, probe, o);
  } finally {
    await probe.end();
  }
}

async function ingestionLevels(sys: BenchSystem, client: Client, probe: pg.Pool, o: IngestOptions): Promise<IngestLevel[]> {
  const auth = { authorization: `Bearer ${sys.workspace.apiToken}` };
  const run = randomBytes(3).toString('hex');
  const postOne = async (base: string, prefix: string, i: number, pool: number) => {
    const k = i % pool;
    const res = await sys.apiHttp.request(
      'POST',
      '/v1/messages',
      {
        source: 'WHATSAPP',
        conversationKey: `+39 35${base}${String(k).padStart(6, '0')}`,
        messageId: `bench-${prefix}-${i}`,
        role: i % 2 ? 'AGENT' : 'CUSTOMER',
        text: TEXTS[i % TEXTS.length],
        contact: { name: `Bench ${k}` },
      },
      auth,
    );
    if (res.status !== 202) throw new Error(`POST /v1/messages → ${res.status} ${res.text.slice(0, 200)}`);
  };
  const rawOne = (prefix: string, i: number, pool: number) => {
    const conversationId = uuidOf(`raw-${prefix}-${i % pool}`);
    return signalWithStart(client, { conversationId, workspaceId: sys.workspace.id, seq: Math.floor(i / pool) + 1 });
  };
  // warm-up of both paths (JIT, connections, pools)
  const wb = String(block++);
  await closedLoop({ concurrency: 8, count: o.warmup, timeMs: 30_000, fn: (i) => postOne(wb, `${run}w`, i, 50) });
  await closedLoop({ concurrency: 8, count: o.warmup, timeMs: 30_000, fn: (i) => rawOne(`${run}w`, i, 50) });

  const out: IngestLevel[] = [];
  for (const c of o.levels) {
    const count = o.count[c];
    // ≈ 5 messages per conversation; more conversations than clients, so no two clients share one at a time
    const pool = Math.max(c * 2, Math.ceil(count / 5));
    const reps: { app: IngestRun[]; raw: IngestRun[] } = { app: [], raw: [] };
    for (let r = 0; r < o.repeats; r++) {
      for (const kind of r % 2 === 0 ? (['app', 'raw'] as const) : (['raw', 'app'] as const)) {
        const prefix = `${run}${kind[0]}${c}r${r}`;
        const base = String(block++);
        const fn = kind === 'app' ? (i: number) => postOne(base, prefix, i, pool) : (i: number) => rawOne(prefix, i, pool);
        const stop = cpuMeter(sys.components());
        const res = await closedLoop({ concurrency: c, count, timeMs: o.timeMs, fn });
        reps[kind].push(runOf(res, stop()));
        log(
          `ingest c=${c} ${kind} r${r}: ${res.throughput.toFixed(0)}/s p50 ${reps[kind].at(-1)?.p50} p99 ${reps[kind].at(-1)?.p99} ms, ${res.errors} errors`,
        );
      }
    }
    const app = aggregate(reps.app);
    const raw = aggregate(reps.raw);
    const stop = cpuMeter(sys.components());
    const commit = await closedLoop({ concurrency: c, count, timeMs: o.timeMs, fn: (i) => probe.query(PROBE, [TEXTS[i % TEXTS.length]]) });
    const commitAlone = runOf(commit, stop());
    log(`ingest c=${c} durable commit alone: ${commit.throughput.toFixed(0)}/s p50 ${commitAlone.p50} ms`);
    out.push({
      concurrency: c,
      app,
      raw,
      ratio: app.throughput && raw.throughput ? round(app.throughput / raw.throughput, 3) : null,
      commitAlone,
      repeats: reps,
    });
  }
  return out;
}

function runOf(res: LoopResult, cpu: Record<string, number>): IngestRun {
  const s = summarize(res.lat);
  return {
    throughput: round(res.throughput, 1),
    p50: s.p50,
    p99: s.p99,
    n: s.n,
    errors: res.errors,
    firstError: res.firstError,
    wallMs: round(res.wallMs, 0),
    cpuMsPerCall: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, round((v * 1000) / Math.max(1, res.done), 2) ?? 0])),
  };
}

/** Medians over repeats (p99: the median of the per-repeat p99s). */
function aggregate(xs: IngestRun[]): IngestRun {
  const med = (f: (x: IngestRun) => number | null) => round(median(xs.map((x) => f(x) ?? NaN)));
  return {
    throughput: round(median(xs.map((x) => x.throughput ?? NaN)), 1),
    p50: med((x) => x.p50),
    p99: med((x) => x.p99),
    n: xs.reduce((a, x) => a + x.n, 0),
    errors: xs.reduce((a, x) => a + x.errors, 0),
    firstError: xs.find((x) => x.firstError)?.firstError,
    wallMs: med((x) => x.wallMs),
    cpuMsPerCall: Object.fromEntries(Object.keys(xs[0].cpuMsPerCall).map((k) => [k, med((x) => x.cpuMsPerCall[k]) ?? 0])),
  };
}
