import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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
  const gzipped = gzippedAssets(dir);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (API_PATHS.test(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (gzipped(req, res)) return;
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

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * The hashed assets gzipped once, on first request, and kept: the console's first page then costs
 * its gzip size on the wire, with no compression work per request.
 */
function gzippedAssets(dir: string) {
  const cache = new Map<string, Buffer | null>();
  return (req: Request, res: Response): boolean => {
    const ext = path.extname(req.path);
    const type = COMPRESSIBLE[ext];
    if (!type || !req.path.startsWith('/assets/') || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
    const file = path.join(dir, path.normalize(req.path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir + path.sep)) return false;
    let body = cache.get(file);
    if (body === undefined) {
      body = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }) : null;
      cache.set(file, body);
    }
    if (!body) return false;
    res.setHeader('content-type', `${type}; charset=utf-8`);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('content-length', String(body.length));
    if (req.method === 'HEAD') res.end();
    else res.end(body);
    return true;
  };
}
