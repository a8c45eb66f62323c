// The run's knobs (environment), see bench/README.md.
import type { IngestOptions } from './sections/ingest.ts';

export const SECTIONS = ['engine', 'queries', 'ingest', 'review', 'bulk', 'workflows', 'scaleout'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchConfig {
  mode: 'quick' | 'full';
  /** the headline stack first (persistent, as `npm start`), then the second column's */
  stacks: ('persistent' | 'memory')[];
  /** sections the second (in-memory) stack runs */
  memorySections: Section[];
  scales: number[];
  messagesPerConversation: number;
  only: Set<Section>;
  engine: { calls: number; levels: number[] };
  ingest: IngestOptions;
  drainMs: number;
  review: { conversations: number; timeoutMs: number };
  queries: { requests: number; warmup: number; repeats: number };
  bulk: { conversations: number; timeoutMs: number };
  workflows: { steps: number[]; concurrency: number; sample: number; burst: number; budgetMs: number; minFreeGiB: number };
}

const list = (v: string | undefined, d: string[]): string[] =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : d;

function sections(v: string | undefined, d: readonly Section[]): Section[] {
  const out = list(v, [...d]);
  const bad = out.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (bad.length) throw new Error(`unknown section(s) ${bad.join(', ')}: expected ${SECTIONS.join(', ')}`);
  return out as Section[];
}

export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = env.BENCH_QUICK === '1';
  // quick: the headline stack only, no scale-out (a few minutes); BENCH_STACKS / BENCH_ONLY say otherwise
  const stacks = list(env.BENCH_STACKS, quick ? ['persistent'] : ['persistent', 'memory']);
  if (stacks.some((s) => s !== 'persistent' && s !== 'memory'))
    throw new Error(`BENCH_STACKS: persistent and/or memory, not ${env.BENCH_STACKS}`);
  return {
    mode: quick ? 'quick' : 'full',
    stacks: stacks as BenchConfig['stacks'],
    memorySections: sections(env.BENCH_MEMORY_SECTIONS, ['ingest', 'review']),
    scales: list(env.BENCH_SCALE, quick ? ['3000'] : ['10000', '100000']).map(Number),
    messagesPerConversation: 10,
    only: new Set(sections(env.BENCH_ONLY, quick ? SECTIONS.filter((s) => s !== 'scaleout') : SECTIONS)),
    engine: quick ? { calls: 200, levels: [1, 64] } : { calls: 1_000, levels: [1, 16, 64] },
    ingest: quick
      ? { levels: [1, 8, 64], count: { 1: 100, 8: 400, 64: 800 }, timeMs: 6_000, repeats: 1, warmup: 60 }
      : { levels: [1, 8, 64], count: { 1: 400, 8: 1500, 64: 2500 }, timeMs: 12_000, repeats: 2, warmup: 200 },
    drainMs: (quick ? 60 : 120) * 1000,
    review: { conversations: Number(env.BENCH_REVIEW_N ?? (quick ? 300 : 1000)), timeoutMs: quick ? 120_000 : 240_000 },
    queries: quick ? { requests: 60, warmup: 10, repeats: 1 } : { requests: 250, warmup: 30, repeats: 2 },
    bulk: { conversations: Number(env.BENCH_BULK_N ?? (quick ? 1_000 : 10_000)), timeoutMs: 600_000 },
    workflows: {
      steps: list(env.BENCH_WF_STEPS, quick ? ['4000', '6000'] : ['10000', '25000', '50000', '100000']).map(Number),
      concurrency: 32,
      sample: quick ? 100 : 200,
      burst: quick ? 500 : 1000,
      budgetMs: Number(env.BENCH_WF_BUDGET_S ?? (quick ? 60 : 720)) * 1000,
      minFreeGiB: Number(env.BENCH_WF_MIN_FREE_GIB ?? 3),
    },
  };
}
