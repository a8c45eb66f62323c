import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { loadConfig } from '@app/domain';
import { AppModule } from './app.module';
import { bodyParseErrors } from './body-parse-errors';

const BODY_LIMIT = '1mb';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  // The webhook signature covers the exact bytes: that route keeps its body raw.
  app.use('/webhooks/whatsapp', express.raw({ type: () => true, limit: BODY_LIMIT }));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(bodyParseErrors);
  app.enableShutdownHooks();
  await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
  Logger.log(`api listening on :${config.port} (GraphQL at /graphql)`, 'Bootstrap');
}

bootstrap().catch((err: unknown) => {
  Logger.error(`api failed to start: ${err instanceof Error ? err.stack : String(err)}`, 'Bootstrap');
  process.exit(1);
});
