import type { Actor } from '../conversations/entities/actor';
import type { MemberRole } from '../people/member.entity';

/** Who is calling, decided once per HTTP request or WebSocket connection. */
export type Principal =
  | { kind: 'anonymous' }
  /** Credentials were sent but are unknown, revoked or expired. */
  | { kind: 'invalid'; reason: string }
  /** Credentials that may not be used from here (a session cookie sent by a foreign Origin). */
  | { kind: 'refused'; reason: string }
  /** ADMIN_TOKEN: may create workspaces, nothing else. */
  | { kind: 'admin' }
  /** An API token acts with ADMIN rights in its workspace. */
  | { kind: 'apiToken'; workspaceId: string; tokenId: string; name: string }
  | { kind: 'member'; workspaceId: string; memberId: string; userId: string; name: string; role: MemberRole; sessionId: string };

export type WorkspacePrincipal = Extract<Principal, { kind: 'apiToken' | 'member' }>;

export const isWorkspacePrincipal = (p: Principal): p is WorkspacePrincipal => p.kind === 'apiToken' || p.kind === 'member';

/** The role a principal has in its workspace. */
export function roleOf(p: WorkspacePrincipal): MemberRole {
  return p.kind === 'apiToken' ? 'ADMIN' : p.role;
}

/** Who the activity trail names for what this principal does. */
export function actorOf(p: WorkspacePrincipal): Actor {
  return p.kind === 'apiToken'
    ? { kind: 'API_TOKEN', name: p.name, memberId: null }
    : { kind: 'MEMBER', name: p.name, memberId: p.memberId };
}

/** A stable key per credential, for rate limits and connection caps. */
export function credentialKey(p: Principal): string | undefined {
  switch (p.kind) {
    case 'apiToken':
      return `token:${p.tokenId}`;
    case 'member':
      return `session:${p.sessionId}`;
    case 'admin':
      return 'admin';
    default:
      return undefined;
  }
}
