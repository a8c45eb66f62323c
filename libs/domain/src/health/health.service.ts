import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db.service';
import { MeilisearchProvider } from '../search/meilisearch.provider';
import { TemporalClientProvider } from '../temporal/temporal-client.provider';

export interface HealthReport {
  status: 'ok' | 'error';
  postgres: 'ok' | 'down';
  temporal: 'ok' | 'down';
  meilisearch: 'ok' | 'down';
  failing?: string[];
}

const withTimeout = <T>(p: Promise<T>, ms: number, fallback: T) =>
  Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);

/** Whether the parts the service needs answer (GET /health). */
@Injectable()
export class HealthService {
  constructor(
    private readonly db: Db,
    private readonly temporal: TemporalClientProvider,
    private readonly meili: MeilisearchProvider,
  ) {}

  async check(): Promise<HealthReport> {
    const pg = sql`select 1`.execute(this.db.kysely).then(
      () => true,
      () => false,
    );
    const [p, t, m] = await Promise.all([
      withTimeout(pg, 2_000, false),
      withTimeout(this.temporal.healthy(), 3_000, false),
      withTimeout(this.meili.healthy(), 2_000, false),
    ]);
    const report: HealthReport = {
      status: p && t && m ? 'ok' : 'error',
      postgres: p ? 'ok' : 'down',
      temporal: t ? 'ok' : 'down',
      meilisearch: m ? 'ok' : 'down',
    };
    if (report.status === 'error') report.failing = (['postgres', 'temporal', 'meilisearch'] as const).filter((k) => report[k] === 'down');
    return report;
  }
}
