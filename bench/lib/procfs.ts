// What /proc says about processes and the machine: RSS, CPU time, process trees, free memory.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { round } from './stats.ts';

const CLOCK_TICKS = 100;

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Resident set size in MiB of a pid (0 when gone). */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return 0;
  const m = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '');
  return m ? (round(Number(m[1]) / 1024, 1) ?? 0) : 0;
}

/**
 * CPU seconds (user + system) a pid has used so far (0 when gone), with its children that have
 * exited (cutime + cstime): a postmaster's backends that come and go stay counted.
 */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLOCK_TICKS;
}

function parentOf(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : undefined;
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** Pids whose command line satisfies pred. */
export function findPids(pred: (cmd: string) => boolean): number[] {
  return allPids().filter((p) => pred((read(`/proc/${p}/cmdline`) ?? '').split('\0').join(' ')));
}

/** A pid and its direct children (a postmaster and its backends). */
export function withChildren(pid: number | undefined): number[] {
  if (!pid) return [];
  return [pid, ...allPids().filter((p) => parentOf(p) === pid)];
}

/** MemAvailable of the machine in GiB. */
export function memAvailableGiB(): number | null {
  const m = /MemAvailable:\s+(\d+) kB/.exec(read('/proc/meminfo') ?? '');
  return m ? round(Number(m[1]) / 1048576, 2) : null;
}

export const loadAverage = (): number[] => os.loadavg().map((x) => round(x, 2) ?? 0);

export interface Machine {
  cpuModel: string | undefined;
  cpus: number;
  memTotalGiB: number | null;
  memAvailableGiB: number | null;
  kernel: string;
  loadAvgAtStart: number[];
  loadAvgAtEnd?: number[];
}

export function machine(): Machine {
  const total = /MemTotal:\s+(\d+) kB/.exec(read('/proc/meminfo') ?? '');
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model,
    cpus: cpus.length,
    memTotalGiB: total ? round(Number(total[1]) / 1048576, 1) : null,
    memAvailableGiB: memAvailableGiB(),
    kernel: `${os.type()} ${os.release()}`,
    loadAvgAtStart: loadAverage(),
  };
}

/**
 * CPU seconds per named process group between two calls: `const stop = cpuMeter(groups); … stop()`.
 * Groups are re-read at the end (a backend started meanwhile counts from its start).
 */
export function cpuMeter(groups: Record<string, () => readonly number[]>): () => Record<string, number> {
  const before = new Map<number, number>();
  for (const f of Object.values(groups)) for (const p of f()) before.set(p, cpuSeconds(p));
  return () =>
    Object.fromEntries(
      Object.entries(groups).map(([k, f]) => [
        k,
        round(
          f().reduce((a, p) => a + Math.max(0, cpuSeconds(p) - (before.get(p) ?? 0)), 0),
          2,
        ) ?? 0,
      ]),
    );
}
