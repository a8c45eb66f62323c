import type { NextFunction, Request, Response } from 'express';
import type { HttpErrorBody } from './error-response';

/**
 * body-parser failures as the service's JSON errors: 400 for a body that is not JSON, 413 over the
 * size limit. Registered right after the parsers, before any route.
 */
export function bodyParseErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; limit?: number };
  if (e?.type === 'entity.parse.failed') {
    const body: HttpErrorBody = {
      error: { code: 'INVALID_INPUT', message: 'body: not valid JSON', fields: [{ field: 'body', message: 'not valid JSON' }] },
    };
    res.status(400).json(body);
    return;
  }
  if (e?.type === 'entity.too.large') {
    const body: HttpErrorBody = {
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: `body: larger than ${e.limit} bytes`,
        fields: [{ field: 'body', message: 'too large' }],
      },
    };
    res.status(413).json(body);
    return;
  }
  next(err);
}
