import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { CONVERSATION_SOURCES, CONVERSATION_STATUSES, type ConversationSource, type ConversationStatus } from '@app/reviewer/vocabulary';
import { Db } from '../database/db.service';
import { invalidInput } from '../errors/domain-error';

export interface DayStats {
  /** YYYY-MM-DD in the requested time zone. */
  day: string;
  conversations: number;
  averageQualityScore: number | null;
  bySource: { source: ConversationSource; count: number }[];
}

export interface Stats {
  conversations: number;
  averageQualityScore: number | null;
  byDay: DayStats[];
  bySource: { source: ConversationSource; count: number }[];
  byStatus: { status: ConversationStatus; count: number }[];
}

const DAY_MS = 86_400_000;
const DEFAULT_RANGE_MS = 30 * DAY_MS;
const MAX_RANGE_DAYS = 400;

interface Group {
  day: string;
  source: ConversationSource;
  status: ConversationStatus;
  n: string;
  scored: string;
  score_sum: string | null;
}

const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10);

/**
 * The overview's figures over reviewed conversations whose last message falls in a range, by day in
 * a time zone, by source and by status: one grouped statement (the stats index covers it).
 */
@Injectable()
export class StatsService {
  constructor(private readonly db: Db) {}

  async stats(workspaceId: string, fromInput: Date | null | undefined, toInput: Date | null | undefined, timeZone: string): Promise<Stats> {
    const to = toInput ?? new Date();
    const from = fromInput ?? new Date(to.getTime() - DEFAULT_RANGE_MS);
    if (from.getTime() > to.getTime()) throw invalidInput('from', 'must not be after to');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
      throw invalidInput('from', `the range may cover at most ${MAX_RANGE_DAYS} days`);
    const tz = checkTimeZone(timeZone);
    const { rows } = await sql<Group>`
      select to_char(last_message_at at time zone ${tz}, 'YYYY-MM-DD') as day, source, status,
             count(*) as n, count(quality_score) as scored, sum(quality_score) as score_sum
        from conversation
       where workspace_id = ${workspaceId} and visible and last_message_at >= ${from} and last_message_at <= ${to}
       group by 1, 2, 3`.execute(this.db.kysely);

    type Day = { n: number; scored: number; sum: number; bySource: Map<string, number> };
    const emptyDay = (): Day => ({ n: 0, scored: 0, sum: 0, bySource: new Map() });
    const days = new Map<string, Day>();
    for (const d of daysBetween(from, to, tz)) days.set(d, emptyDay());
    const bySource = new Map<string, number>();
    const byStatus = new Map<string, number>();
    let n = 0;
    let scored = 0;
    let sum = 0;
    for (const g of rows) {
      const [gn, gs, gsum] = [Number(g.n), Number(g.scored), Number(g.score_sum ?? 0)];
      const d = days.get(g.day) ?? emptyDay();
      d.n += gn;
      d.bySource.set(g.source, (d.bySource.get(g.source) ?? 0) + gn);
      d.scored += gs;
      d.sum += gsum;
      days.set(g.day, d);
      bySource.set(g.source, (bySource.get(g.source) ?? 0) + gn);
      byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + gn);
      n += gn;
      scored += gs;
      sum += gsum;
    }
    return {
      conversations: n,
      averageQualityScore: average(sum, scored),
      byDay: [...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, d]) => ({
          day,
          conversations: d.n,
          averageQualityScore: average(d.sum, d.scored),
          bySource: CONVERSATION_SOURCES.map((source) => ({ source, count: d.bySource.get(source) ?? 0 })),
        })),
      bySource: CONVERSATION_SOURCES.map((source) => ({ source, count: bySource.get(source) ?? 0 })),
      byStatus: CONVERSATION_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    };
  }
}

function checkTimeZone(tz: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    throw invalidInput('timeZone', `"${tz}" is not an IANA time zone (e.g. Europe/Rome)`);
  }
}

/** Every calendar day (in tz) the range touches, so the chart has no gaps. */
function daysBetween(from: Date, to: Date, tz: string): string[] {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  const out = new Set<string>();
  for (let t = from.getTime(); t <= to.getTime(); t += 3_600_000) out.add(fmt.format(new Date(t)));
  out.add(fmt.format(to));
  return [...out];
}
