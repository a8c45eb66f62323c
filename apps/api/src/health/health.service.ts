import { Injectable } from '@nestjs/common';
import { Database, SearchIndexService, TemporalClientProvider } from '@app/domain';

export interface HealthReport {
  status: 'ok' | 'error';
  postgres: 'ok' | 'down';
  temporal: 'ok' | 'down';
  meilisearch: 'ok' | 'down';
  failing?: string[];
}

const withTimeout = <T>(p: Promise<T>, ms: number, fallback: T) =>
  Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);

@Injectable()
export class HealthService {
  constructor(
    private readonly db: Database,
    private readonly temporal: TemporalClientProvider,
    private readonly search: SearchIndexService,
  ) {}

  async check(): Promise<HealthReport> {
    const [pg, tp, ms] = await Promise.all([
      withTimeout(
        this.db.one('select 1 as ok').then(
          () => true,
          () => false,
        ),
        2_000,
        false,
      ),
      withTimeout(this.temporal.healthy(), 3_000, false),
      withTimeout(this.search.healthy(), 2_000, false),
    ]);
    const report: HealthReport = {
      status: pg && tp && ms ? 'ok' : 'error',
      postgres: pg ? 'ok' : 'down',
      temporal: tp ? 'ok' : 'down',
      meilisearch: ms ? 'ok' : 'down',
    };
    if (report.status === 'error') {
      report.failing = (['postgres', 'temporal', 'meilisearch'] as const).filter((k) => report[k] === 'down');
    }
    return report;
  }
}
