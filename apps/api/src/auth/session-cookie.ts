import { parseCookie, stringifySetCookie, type SerializeOptions } from 'cookie';
import type { AppConfig } from '@app/domain';

export const SESSION_COOKIE = 'cv_session';

/** HttpOnly, SameSite=Lax, Secure when the service is served over https. */
function options(config: AppConfig, expires: Date): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), path: '/', expires };
}

export function sessionCookie(config: AppConfig, token: string, expires: Date): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: token, ...options(config, expires) });
}

export function clearedSessionCookie(config: AppConfig): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: '', ...options(config, new Date(0)) });
}

export function sessionTokenOf(cookieHeader: string | string[] | undefined): string | undefined {
  const header = Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader;
  if (!header) return undefined;
  return parseCookie(header)[SESSION_COOKIE] || undefined;
}
