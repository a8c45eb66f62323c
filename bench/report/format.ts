// Markdown helpers of the report.

export const f = (x: number | null | undefined, d = 1): string => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
export const n = (x: number | null | undefined): string => (typeof x === 'number' ? x.toLocaleString('en-US') : '—');
export const yes = (b: boolean | null | undefined): string => (b === null || b === undefined ? '—' : b ? '✅ met' : '❌ missed');
export const ms = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`;

export function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** "api 1.2 / worker 3.4 / …" of a CPU breakdown. */
export function cpuLine(cpu: Record<string, number> | undefined, d = 2): string {
  return cpu
    ? Object.entries(cpu)
        .map(([k, v]) => `${k} ${f(v, d)}`)
        .join(' / ')
    : '—';
}
