import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where the build puts the console (vite build → dist/console), seen from dist/apps/api/src/console. */
export const CONSOLE_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'console');

const API_PATHS = /^\/(graphql|health|v1|webhooks)(\/|$|\?)/;

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Serves the built console at / (hashed assets cached for a year), and its page for any other GET
 * that asks for HTML (the console's own routes: back/forward and shared links work). API paths are
 * never touched.
 */
export function consoleStatic(dir = CONSOLE_DIR) {
  const index = path.join(dir, 'index.html');
  const assets = express.static(dir, { index: false, immutable: true, maxAge: '365d', fallthrough: true });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (API_PATHS.test(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    assets(req, res, () => {
      if (!req.accepts('html')) return next();
      if (!existsSync(index)) {
        res.status(503).type('text/plain').send('The console is not built: run npm run build (npm start builds it).');
        return;
      }
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  };
}
