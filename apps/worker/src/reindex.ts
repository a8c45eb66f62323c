import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DomainModule, SearchIndexService } from '@app/domain';

@Module({ imports: [DomainModule] })
class ReindexModule {}

// `npm run reindex`: re-applies the index settings and re-sends every conversation from PostgreSQL.
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ReindexModule, { logger: ['error', 'warn'] });
  const started = Date.now();
  const total = await app.get(SearchIndexService).reindexAll((n) => process.stdout.write(`\rreindexed ${n}`));
  process.stdout.write(`\nreindexed ${total} conversations in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await app.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`reindex failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
