// 1. Ingestion: POST /v1/messages with 1/8/64 closed-loop clients, beside the raw limit: the same
// number of signalWithStart calls through the Temporal SDK at the same concurrency, same server,
// same task queue (the worker runs during both).
import { createHash, randomBytes } from 'node:crypto';
import { closedLoop, cpuSeconds, log, median, pct, round, summarize } from './lib/util.mjs';
import { signalWithStart } from './lib/temporal.mjs';

const uuidOf = (s) => {
  const h = createHash('md5').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** conversation-key block per load run, unique in this process (keys never collide across runs) */
const bases = new Map();

const TEXTS = [
  'Buongiorno, vorrei un preventivo per 3 bancali di pellet con consegna a Verona',
  'Certo! Le preparo subito un preventivo, mi conferma la quantità?',
  'Hi, do you deliver solar panels to Manchester? I need a quote by Friday.',
  'Sure, we deliver within 5 working days. Can I have your postcode?',
];

/**
 * @param {import('./lib/system.mjs').BenchSystem} sys
 * @param {import('@temporalio/client').Client} client
 * @param {{ levels: number[], count: Record<number, number>, timeMs: number, repeats: number, warmup: number }} o
 */
export async function benchIngestion(sys, client, o) {
  const out = [];
  const auth = { authorization: `Bearer ${sys.apiToken}` };
  const run = randomBytes(3).toString('hex');
  // warm-up both paths (JIT, connections, pools)
  await closedLoop({ concurrency: 8, count: o.warmup, timeMs: 30_000, fn: (i) => postOne(`${run}w`, i, 50) });
  await closedLoop({ concurrency: 8, count: o.warmup, timeMs: 30_000, fn: (i) => rawOne(`${run}w`, i, 50) });

  const keyBase = (prefix) => {
    if (!bases.has(prefix)) bases.set(prefix, String(1000 + bases.size));
    return bases.get(prefix);
  };
  async function postOne(prefix, i, pool) {
    const k = i % pool;
    const res = await sys.apiHttp.request(
      'POST',
      '/v1/messages',
      {
        source: 'WHATSAPP',
        conversationKey: `+39 35${keyBase(prefix)}${String(k).padStart(6, '0')}`,
        messageId: `bench-${prefix}-${i}`,
        role: i % 2 ? 'AGENT' : 'CUSTOMER',
        text: TEXTS[i % TEXTS.length],
        contact: { name: `Bench ${k}` },
      },
      auth,
    );
    if (res.status !== 202) throw new Error(`POST /v1/messages → ${res.status} ${res.text.slice(0, 200)}`);
  }
  async function rawOne(prefix, i, pool) {
    const k = i % pool;
    const conversationId = uuidOf(`raw-${prefix}-${k}`);
    await signalWithStart(client, {
      workflowId: `conversation-${conversationId}`,
      conversationId,
      workspaceId: sys.workspaceId,
      seq: Math.floor(i / pool) + 1,
    });
  }

  for (const c of o.levels) {
    const count = o.count[c];
    // ~5 messages per conversation; more conversations than clients, so no two clients share one at a time
    const pool = Math.max(c * 2, Math.ceil(count / 5));
    const reps = { app: [], raw: [] };
    for (let r = 0; r < o.repeats; r++) {
      const order = r % 2 === 0 ? ['app', 'raw'] : ['raw', 'app'];
      for (const kind of order) {
        const prefix = `${run}${kind[0]}${c}r${r}`;
        const fn = kind === 'app' ? (i) => postOne(prefix, i, pool) : (i) => rawOne(prefix, i, pool);
        const pids = { api: sys.api?.pid, worker: sys.worker?.pid, temporal: sys.temporalPid(), bench: process.pid };
        const cpu0 = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cpuSeconds(p)]));
        const res = await closedLoop({ concurrency: c, count, timeMs: o.timeMs, fn });
        // CPU milliseconds per acknowledged call, per process (2 cores: where the time goes)
        const cpuMsPerCall = Object.fromEntries(
          Object.entries(pids).map(([k, p]) => [k, round(((cpuSeconds(p) - cpu0[k]) * 1000) / Math.max(1, res.done), 2)]),
        );
        reps[kind].push({
          throughput: round(res.throughput, 1),
          ...summarize(res.lat),
          errors: res.errors,
          firstError: res.firstError,
          wallMs: round(res.wallMs, 0),
          cpuMsPerCall,
        });
        log(
          `ingest c=${c} ${kind} r${r}: ${res.throughput.toFixed(0)}/s p50 ${pct(res.lat, 50).toFixed(1)} p99 ${pct(res.lat, 99).toFixed(1)} ms, ${res.errors} errors`,
        );
      }
    }
    const agg = (xs) => ({
      throughput: round(median(xs.map((x) => x.throughput)), 1),
      p50: round(median(xs.map((x) => x.p50))),
      p99: round(median(xs.map((x) => x.p99))),
      errors: xs.reduce((a, x) => a + x.errors, 0),
      n: xs.reduce((a, x) => a + x.n, 0),
      cpuMsPerCall: Object.fromEntries(Object.keys(xs[0].cpuMsPerCall).map((k) => [k, round(median(xs.map((x) => x.cpuMsPerCall[k])))])),
    });
    const app = agg(reps.app);
    const raw = agg(reps.raw);
    out.push({ concurrency: c, app, raw, ratio: round(app.throughput / raw.throughput, 3), repeats: reps });
  }
  return out;
}
