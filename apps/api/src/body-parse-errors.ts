import type { NextFunction, Request, Response } from 'express';

/**
 * Turns body-parser failures into the service's JSON errors: 400 for a body that is not JSON,
 * 413 over the size limit. Registered right after the parsers, before any route.
 */
export function bodyParseErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number; limit?: number };
  if (e?.type === 'entity.parse.failed') {
    res.status(400).json({ error: 'bad_request', message: 'body: not valid JSON', fields: [{ field: 'body', message: 'not valid JSON' }] });
    return;
  }
  if (e?.type === 'entity.too.large') {
    res.status(413).json({
      error: 'payload_too_large',
      message: `body: larger than ${e.limit} bytes`,
      fields: [{ field: 'body', message: 'too large' }],
    });
    return;
  }
  next(err);
}
