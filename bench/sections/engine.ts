// 0. The engine alone: raw signalWithStart (the app's shape) on fresh Temporal dev servers, no worker,
// side by side: on its SQLite file with SQLite's defaults (the persistent default before this issue),
// with the pragmas `npm start` passes now (WAL, synchronous=NORMAL), with TEMPORAL_SQLITE_SYNC=full,
// and in memory (the test stack). What the persisted default leaves on the table, and what durability costs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../../scripts/paths.ts';
import { freePort, tcpConnects } from '../../scripts/stack/ports.ts';
import { startProcess, waitFor, type ManagedProcess } from '../../scripts/stack/process.ts';
import { temporalCli, temporalCommand } from '../../scripts/stack/temporal.ts';
import { cpuMeter } from '../lib/procfs.ts';
import { closedLoop, log, round, summarize, uuidOf, type Summary } from '../lib/stats.ts';
import { signalWithStart, temporalClient } from '../lib/temporal.ts';

const VARIANTS = {
  'file, SQLite defaults (before)': ['file'],
  'file, WAL + synchronous=NORMAL (npm start now)': ['file', 'journal_mode=wal', 'synchronous=normal'],
  'file, WAL + synchronous=FULL (TEMPORAL_SQLITE_SYNC=full)': ['file', 'journal_mode=wal', 'synchronous=full'],
  'in memory (the test stack)': [],
} as const;

export interface EngineLevel {
  concurrency: number;
  byVariant: Record<string, { perSecond: number | null; errors: number; latency: Summary; temporalCpuMsPerCall: number | null }>;
  /** WAL/NORMAL ÷ SQLite defaults: goal ≥ 1.7 */
  walOverDefault: number | null;
}

interface Server {
  address: string;
  proc: ManagedProcess;
}

async function startDevServer(dataDir: string, name: string, spec: readonly string[]): Promise<Server> {
  const port = await freePort();
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--namespace',
    'default',
    '--log-level',
    'warn',
    '--headless',
  ];
  if (spec[0] === 'file') args.push('--db-filename', path.join(dataDir, `${name}.db`));
  for (const p of spec.slice(1)) args.push('--sqlite-pragma', p);
  const proc = startProcess({
    name: `temporal-${name}`,
    command: temporalCli(),
    args,
    cwd: dataDir,
    logDir: path.join(dataDir, 'logs'),
    graceMs: 10_000,
  });
  const address = `127.0.0.1:${port}`;
  await waitFor(() => tcpConnects(port), { what: `Temporal ${name}`, proc, timeoutMs: 120_000 });
  await waitFor(
    () => temporalCommand(['operator', 'namespace', 'describe', '--address', address, '--namespace', 'default', '-o', 'json']),
    {
      what: `Temporal ${name} namespace`,
      proc,
      timeoutMs: 120_000,
      intervalMs: 500,
    },
  );
  const { registerSearchAttributes } = createRequire(import.meta.url)(
    path.join(ROOT, 'dist/libs/domain/src/temporal/search-attributes.js'),
  ) as {
    registerSearchAttributes: (o: { address: string; namespace: string }) => Promise<string[]>;
  };
  await registerSearchAttributes({ address, namespace: 'default' });
  return { address, proc };
}

export async function benchEngine(dataDir: string, o: { calls: number; levels: number[] }): Promise<EngineLevel[]> {
  const names = Object.keys(VARIANTS);
  const servers: Server[] = [];
  const handles: Awaited<ReturnType<typeof temporalClient>>[] = [];
  try {
    for (const [i, spec] of Object.values(VARIANTS).entries()) servers.push(await startDevServer(dataDir, `v${i}`, spec));
    for (const s of servers) handles.push(await temporalClient(s.address));
    const call = (v: number, run: string, i: number) =>
      signalWithStart(handles[v].client, {
        conversationId: uuidOf(`engine-${run}-${i % 500}`),
        workspaceId: '00000000-0000-4000-8000-000000000000',
        seq: Math.floor(i / 500) + 1,
      });
    for (let v = 0; v < servers.length; v++)
      await closedLoop({ concurrency: 8, count: 100, timeMs: 20_000, fn: (i) => call(v, 'warm', i) });
    const out: EngineLevel[] = [];
    for (const [li, c] of o.levels.entries()) {
      const level: EngineLevel = { concurrency: c, byVariant: {}, walOverDefault: null };
      // a different order at each level: no variant always runs on the warmest (or most loaded) machine
      const order = names.map((_, v) => (v + li) % names.length);
      for (const v of order) {
        const stop = cpuMeter({ temporal: () => [servers[v].proc.pid] });
        const r = await closedLoop({ concurrency: c, count: o.calls, timeMs: 60_000, fn: (i) => call(v, `c${c}`, i) });
        const cpu = stop().temporal;
        level.byVariant[names[v]] = {
          perSecond: round(r.throughput, 1),
          errors: r.errors,
          latency: summarize(r.lat),
          temporalCpuMsPerCall: round((cpu * 1000) / Math.max(1, r.done), 2),
        };
        log(`engine c=${c} ${names[v]}: ${r.throughput.toFixed(0)}/s p50 ${summarize(r.lat).p50} ms, ${r.errors} errors`);
      }
      const [before, now] = [level.byVariant[names[0]].perSecond, level.byVariant[names[1]].perSecond];
      level.walOverDefault = before && now ? round(now / before, 2) : null;
      out.push(level);
    }
    return out;
  } finally {
    await Promise.all(handles.map((h) => h.close().catch(() => {})));
    await Promise.all(servers.map((s) => s.proc.stop()));
  }
}
