import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { countStatements, loadConfig } from '@app/domain';
import { AppModule } from './app.module';
import { consoleStatic } from './console/console-static';
import { bodyParseErrors } from './http/body-parse-errors';

const BODY_LIMIT = '1mb';
const LEVELS: Record<string, LogLevel[]> = {
  debug: ['error', 'warn', 'log', 'debug', 'verbose'],
  info: ['error', 'warn', 'log'],
  warn: ['error', 'warn'],
  error: ['error'],
};

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    bufferLogs: true,
    logger: LEVELS[config.logLevel],
  });
  app.disable('x-powered-by');
  // The webhook signature covers the exact bytes: that route keeps its body raw.
  app.use('/webhooks/whatsapp', express.raw({ type: () => true, limit: BODY_LIMIT }));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(bodyParseErrors);
  if (config.debugSqlCount) {
    app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
      res.locals.sqlCount = countStatements(() => next()).count;
    });
  }
  app.use(consoleStatic());
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  Logger.log(`api listening on ${config.host}:${config.port} (GraphQL at /graphql, console at /)`, 'Bootstrap');
}

bootstrap().catch((err: unknown) => {
  Logger.error(`api failed to start: ${err instanceof Error ? err.stack : String(err)}`, 'Bootstrap');
  process.exit(1);
});
