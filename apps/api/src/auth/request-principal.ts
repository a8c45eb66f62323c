import type { IncomingHttpHeaders } from 'node:http';
import type { AppConfig, Authenticator, Principal } from '@app/domain';
import { sessionTokenOf } from './session-cookie';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Origins that may send the session cookie: the service's own and CONSOLE_ORIGINS. A loopback
 * PUBLIC_URL (the embedded default) stands for every loopback name of the same port: a browser on
 * http://127.0.0.1:3000 is the same console as one on http://localhost:3000.
 */
export function allowedOrigins(config: AppConfig): Set<string> {
  const own = new URL(config.publicUrl);
  const origins = new Set([own.origin, ...config.consoleOrigins]);
  if (LOOPBACK.includes(own.hostname))
    for (const host of LOOPBACK) origins.add(`${own.protocol}//${host}${own.port ? `:${own.port}` : ''}`);
  return origins;
}

/**
 * The caller of an HTTP request or a WebSocket upgrade: a bearer token, else the session cookie —
 * refused when the request comes from a foreign Origin (CSRF).
 */
export async function principalOfRequest(
  auth: Authenticator,
  origins: Set<string>,
  headers: IncomingHttpHeaders,
  bearer: unknown = headers.authorization,
): Promise<Principal> {
  const sessionToken = sessionTokenOf(headers.cookie);
  const hasBearer = bearer !== undefined && bearer !== null && bearer !== '';
  if (!hasBearer && sessionToken) {
    const origin = headers.origin;
    if (origin && !origins.has(origin)) return { kind: 'refused', reason: `Origin ${origin} may not use the session cookie` };
  }
  return auth.authenticate({ authorization: hasBearer ? bearer : undefined, sessionToken: hasBearer ? undefined : sessionToken });
}

/** The client's address, for throttling sign-in (the socket's peer; no proxy headers are trusted). */
export function clientAddressOf(req: { socket?: { remoteAddress?: string } }): string {
  return req.socket?.remoteAddress ?? 'unknown';
}
