import type { IncomingHttpHeaders } from 'node:http';
import type { AppConfig, Authenticator, Principal } from '@app/domain';
import { sessionTokenOf } from './session-cookie';

/** Origins that may send the session cookie: the service's own, and CONSOLE_ORIGINS. */
export function allowedOrigins(config: AppConfig): Set<string> {
  return new Set([new URL(config.publicUrl).origin, ...config.consoleOrigins]);
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
