import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { asDomainError } from '@app/domain';
import { httpErrorOf, internalErrorBody, type HttpErrorBody } from './error-response';

/**
 * The one HTTP error mapping: domain errors by their code, Nest's own (unknown route, bad method)
 * by their status, anything else a logged 500 without details. GraphQL errors are not HTTP's: they
 * go to the GraphQL formatter.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly log = new Logger('HTTP');

  catch(err: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw err;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy(err instanceof Error ? err : undefined);
      return;
    }
    const domain = asDomainError(err);
    if (domain) {
      const { status, headers, body } = httpErrorOf(domain);
      res.status(status).set(headers).json(body);
      return;
    }
    if (err instanceof HttpException) {
      const status = err.getStatus();
      const body: HttpErrorBody = { error: { code: status === 404 ? 'NOT_FOUND' : `HTTP_${status}`, message: err.message } };
      res.status(status).json(body);
      return;
    }
    this.log.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res.status(500).json(internalErrorBody());
  }
}
