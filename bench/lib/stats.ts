// Statistics and bounded load loops shared by every section.
import { createHash } from 'node:crypto';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
export const now = (): number => performance.now();

/** Percentile (nearest rank) of an array of numbers; NaN when empty. */
export function pct(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const s = Float64Array.from(values).sort();
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

export const median = (values: readonly number[]): number => pct(values, 50);

/** Rounded to `d` decimals; null for NaN and infinities (JSON has neither). */
export function round(x: number, d = 2): number | null {
  return Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null;
}

export interface Summary {
  n: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
}

/** Latency summary (ms) of samples. */
export function summarize(samples: readonly number[]): Summary {
  const n = samples.length;
  return {
    n,
    p50: round(pct(samples, 50)),
    p90: round(pct(samples, 90)),
    p99: round(pct(samples, 99)),
    max: round(n ? samples.reduce((a, b) => Math.max(a, b), -Infinity) : NaN),
    mean: round(n ? samples.reduce((a, b) => a + b, 0) / n : NaN),
  };
}

export interface LoopResult {
  /** latencies (ms) of the calls that succeeded */
  lat: number[];
  errors: number;
  firstError: string | undefined;
  wallMs: number;
  done: number;
  /** successful calls per second */
  throughput: number;
}

export function errorText(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string } } | undefined;
  const main = String(e?.message ?? err);
  return (e?.cause?.message ? `${main}: ${e.cause.message}` : main).slice(0, 300);
}

/**
 * Closed-loop load: `concurrency` clients call fn(i) until `count` calls were started, `timeMs`
 * elapsed or `stop()` says so.
 */
export async function closedLoop(o: {
  concurrency: number;
  count: number;
  timeMs: number;
  fn: (i: number) => Promise<unknown>;
  stop?: () => boolean;
}): Promise<LoopResult> {
  const lat: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = now();
  const deadline = started + o.timeMs;
  const client = async (): Promise<void> => {
    for (;;) {
      if (next >= o.count || now() > deadline || o.stop?.()) return;
      const i = next++;
      const t0 = now();
      try {
        await o.fn(i);
        lat.push(now() - t0);
      } catch (err) {
        errors++;
        firstError ??= errorText(err);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  const wallMs = now() - started;
  return { lat, errors, firstError, wallMs, done: lat.length, throughput: (lat.length / wallMs) * 1000 };
}

/** Polls `check` every `intervalMs` until it returns true or `timeoutMs` passes; whether it did. */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(intervalMs);
  }
}

export function log(m: string): void {
  const t = new Date().toISOString().slice(11, 19);
  process.stdout.write(`[bench ${t}] ${m}\n`);
}

/** A deterministic UUID-shaped id from any string (md5). */
export function uuidOf(s: string): string {
  const h = createHash('md5').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
