import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SearchSyncService } from './search-sync.service';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerModule } from './worker.module';

// An application context, not an HTTP server: the worker only polls Temporal and runs background sync.
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: false });
  app.enableShutdownHooks();
  const sync = app.get(SearchSyncService);
  await sync.ensureIndex();
  sync.start();
  await app.get(TemporalWorkerService).start();
  // start.mjs and the tests wait for this exact line.
  process.stdout.write('worker ready\n');
}

bootstrap().catch((err: unknown) => {
  Logger.error(`worker failed: ${err instanceof Error ? err.stack : String(err)}`, 'Worker');
  process.exit(1);
});
