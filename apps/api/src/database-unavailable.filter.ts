import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ConnectionException } from '@mikro-orm/core';
import type { Response } from 'express';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03']);

/** PostgreSQL is away (stopped, restarting, refusing connections), as opposed to a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: string; cause?: unknown; message?: string } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e instanceof ConnectionException) return true;
    if (e.code && (CONNECTION_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (/Connection terminated|connect ECONNREFUSED|terminating connection due to administrator command/.test(e.message ?? '')) return true;
  }
  return false;
}

/**
 * On the ingestion endpoints: a database outage is a 503 naming PostgreSQL (the sender retries;
 * nothing was acknowledged), other errors keep Nest's handling.
 */
@Catch()
export class DatabaseUnavailableFilter implements ExceptionFilter {
  private readonly log = new Logger(DatabaseUnavailableFilter.name);

  catch(err: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (err instanceof HttpException) {
      res.status(err.getStatus()).json(err.getResponse());
      return;
    }
    if (isDatabaseUnavailable(err)) {
      res
        .status(503)
        .set('retry-after', '5')
        .json({ error: 'unavailable', message: 'postgres: the database is not reachable; retry later', failing: ['postgres'] });
      return;
    }
    this.log.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res.status(500).json({ error: 'internal', message: 'Internal server error' });
  }
}
