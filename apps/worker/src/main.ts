import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, SearchSyncService } from '@app/domain';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerModule } from './worker.module';

const LEVELS: Record<string, LogLevel[]> = {
  debug: ['error', 'warn', 'log', 'debug', 'verbose'],
  info: ['error', 'warn', 'log'],
  warn: ['error', 'warn'],
  error: ['error'],
};

// An application context, not an HTTP server: the worker polls Temporal and keeps the index caught up.
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: LEVELS[config.logLevel] });
  app.enableShutdownHooks();
  const sync = app.get(SearchSyncService);
  await sync.ensureIndex();
  sync.start();
  await app.get(TemporalWorkerService).start();
  // start.ts and the tests wait for this exact line.
  process.stdout.write('worker ready\n');
}

bootstrap().catch((err: unknown) => {
  Logger.error(`worker failed: ${err instanceof Error ? err.stack : String(err)}`, 'Worker');
  process.exit(1);
});
