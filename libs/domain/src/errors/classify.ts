import { ConnectionException } from '@mikro-orm/core';
import { DomainError, unavailable } from './domain-error';

// Connection-level failures only: a query PostgreSQL rejects (bad input, constraint) is not an outage.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300']);
const CONNECTION_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|terminating connection due to administrator command|timeout exceeded when trying to connect|Client has encountered a connection error/;

/** PostgreSQL is away (stopped, restarting, refusing connections), as opposed to a bug or bad input. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; cause?: unknown; message?: string } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e instanceof ConnectionException) return true;
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
    if (CONNECTION_MESSAGES.test(e.message ?? '')) return true;
  }
  return false;
}

/** The error as the domain's vocabulary, or undefined for an unexpected error (a bug: INTERNAL). */
export function asDomainError(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return err;
  if (isDatabaseUnavailable(err)) return unavailable('postgres', 'the database is not reachable; retry later', err);
  return undefined;
}

/** PostgreSQL's unique_violation, however the driver wrapped it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}
