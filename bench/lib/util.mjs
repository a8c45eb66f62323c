// Small shared helpers for the benchmarks: statistics, bounded load loops, a keep-alive HTTP client,
// process RSS. Only 127.0.0.1 is ever contacted.
import http from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const now = () => performance.now();

/** Percentile (nearest rank) of an array of numbers; NaN when empty. */
export function pct(values, p) {
  if (!values.length) return NaN;
  const s = Float64Array.from(values).sort();
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}
export const median = (values) => pct(values, 50);
export const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

/** Latency summary (ms) of samples. */
export function summarize(samples) {
  return {
    n: samples.length,
    p50: round(pct(samples, 50)),
    p90: round(pct(samples, 90)),
    p99: round(pct(samples, 99)),
    max: round(samples.length ? Math.max(...samples) : NaN),
    mean: round(samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN),
  };
}

/**
 * Closed-loop load: `concurrency` workers call fn(i) until `count` calls were started or `timeMs`
 * elapsed. Returns latencies (ms) of the successful calls, error count and wall time.
 * @param {{ concurrency: number, count: number, timeMs: number, fn: (i: number) => Promise<unknown> }} o
 */
export async function closedLoop({ concurrency, count, timeMs, fn, stop }) {
  const lat = [];
  let next = 0;
  let errors = 0;
  let firstError;
  const started = now();
  const deadline = started + timeMs;
  const worker = async () => {
    for (;;) {
      if (next >= count || now() > deadline || stop?.()) return;
      const i = next++;
      const t0 = now();
      try {
        await fn(i);
        lat.push(now() - t0);
      } catch (err) {
        errors++;
        firstError ??= `${String(err?.message ?? err)}${err?.cause ? `: ${String(err.cause.message ?? err.cause)}` : ''}`.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = now() - started;
  return { lat, errors, firstError, wallMs, done: lat.length, throughput: (lat.length / wallMs) * 1000 };
}

/** A keep-alive node:http JSON client for one base URL. */
export function httpClient(base, { maxSockets = 256, timeoutMs = 30_000 } = {}) {
  const url = new URL(base);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error(`refusing non-local URL ${base}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  /** @returns {Promise<{ status: number, body: any, text: string }>} */
  const request = (method, path, body, headers = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const h = { ...headers };
      if (payload !== undefined) {
        h['content-type'] ??= 'application/json';
        h['content-length'] = Buffer.byteLength(payload);
      }
      const req = http.request({ host: url.hostname, port: url.port, method, path, headers: h, agent, timeout: timeoutMs }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* text */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, text });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${path}`)));
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

/** Resident set size in MiB of a pid (0 when gone). */
export function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? round(Number(m[1]) / 1024, 1) : 0;
  } catch {
    return 0;
  }
}

/** Pids whose command line satisfies pred (reads /proc). */
export function findPids(pred) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').join(' ');
      if (pred(cmd)) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Sum of RSS of all processes matching pred (e.g. every postgres backend of one data dir). */
export function rssOfAll(pred) {
  return round(
    findPids(pred).reduce((a, p) => a + rssMiB(p), 0),
    1,
  );
}

/** CPU seconds (user+sys) used so far by a pid. */
export function cpuSeconds(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

export function log(m) {
  const t = new Date().toISOString().slice(11, 19);
  process.stdout.write(`[bench ${t}] ${m}\n`);
}

/** MemAvailable of the machine in GiB (/proc/meminfo). */
export function memAvailableGiB() {
  try {
    const m = /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
    return m ? round(Number(m[1]) / 1048576, 2) : null;
  } catch {
    return null;
  }
}
