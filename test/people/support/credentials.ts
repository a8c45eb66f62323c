// How a test calls the API as someone: an API token (bearer), a session cookie (with an Origin or
// without), or nobody; and signing people in.
import assert from 'node:assert/strict';
import { cookieOf, type HttpResult, type System } from '../../support/system';

export type Credential = { token: string } | { cookie: string; origin?: string } | { none: true };

export const NOBODY: Credential = { none: true };

/** The request headers that carry a credential. */
export function headersOf(c: Credential): Record<string, string> {
  if ('token' in c) return { authorization: `Bearer ${c.token}` };
  if ('cookie' in c) return { cookie: c.cookie, ...(c.origin ? { origin: c.origin } : {}) };
  return {};
}

export interface GqlAnswer<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** GraphQL over HTTP as `c`: the whole HTTP answer. */
export function gqlAs(
  s: System,
  c: Credential,
  query: string,
  variables: Record<string, unknown> = {},
  url = s.apiUrl,
): Promise<HttpResult<GqlAnswer>> {
  return s.gqlRaw(query, variables, headersOf(c), url);
}

/** The answer's data; fails the test on any error. */
export async function gqlOk<T = any>(s: System, c: Credential, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gqlAs(s, c, query, variables);
  assert.equal(res.body.errors, undefined, `${query.slice(0, 60)}…: ${JSON.stringify(res.body.errors)}`);
  return res.body.data as T;
}

/** The first error's extensions.code, or undefined when the answer has none. */
export const codeOf = (answer: GqlAnswer): string | undefined => answer.errors?.[0]?.extensions?.code;

export const SIGN_IN = `mutation($e: String!, $p: String!) {
  signIn(email: $e, password: $p) { role member { id role user { id email name } } workspace { id name } workspaces { id name } }
}`;

export const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) {
  acceptInvitation(token: $t, name: $n, password: $p) { role member { id role user { id email name } } workspace { id name } workspaces { id name } }
}`;

export const INVITE = `mutation($e: String!, $r: MemberRole!) {
  inviteMember(email: $e, role: $r) { token acceptUrl invitation { id email role expiresAt acceptedAt revokedAt } }
}`;

/** Signs in; the session cookie ("cv_session=…") of a successful answer. */
export async function signIn(s: System, email: string, password: string): Promise<string> {
  const res = await s.gqlRaw(SIGN_IN, { e: email, p: password });
  assert.equal(res.body.errors, undefined, `signIn ${email}: ${JSON.stringify(res.body.errors)}`);
  return cookieOf(res);
}

/** A unique e-mail address for this test run. */
export function uniqueEmail(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}
