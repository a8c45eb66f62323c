// The overview's range: the last 7, 30 or 90 days, or chosen days; kept in the URL.
import { dayBound } from '../conversations/list-state';

export const PRESETS = ['7', '30', '90'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Range {
  preset: (typeof PRESETS)[number] | 'custom';
  from: string;
  to: string;
}

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function presetRange(days: number, today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localDay(from), to: localDay(today) };
}

export function parseRange(params: URLSearchParams): Range {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DAY.test(from) && DAY.test(to) && from <= to) return { preset: 'custom', from, to };
  const days = params.get('days');
  const preset = PRESETS.find((p) => p === days) ?? '30';
  return { preset, ...presetRange(Number(preset)) };
}

export function rangeVariables(range: Range): { from: string; to: string; timeZone: string } {
  return { from: dayBound(range.from, false), to: dayBound(range.to, true), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}

/** Every day of the range, so days without conversations show as zero rather than missing. */
export function daysOf(range: Range): string[] {
  const out: string[] = [];
  const [y, m, d] = range.from.split('-').map(Number);
  for (
    let at = new Date(y, m - 1, d);
    localDay(at) <= range.to && out.length < 1000;
    at = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1)
  ) {
    out.push(localDay(at));
  }
  return out;
}
