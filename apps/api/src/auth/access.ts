import { SetMetadata } from '@nestjs/common';
import { forbidden, unauthenticated, type DomainError, type Principal } from '@app/domain';

/**
 * Who may call an operation, declared on every resolver and controller method (the guard refuses
 * one that declares nothing):
 * - PUBLIC: anyone (sign-in, accepting an invitation);
 * - PLATFORM: the admin token only (createWorkspace);
 * - AGENT: any member of the workspace, or an API token (works conversations);
 * - ADMIN: a workspace ADMIN, or an API token (members, invitations, API tokens);
 * - INTEGRATION: an API token only (the ingestion endpoint the platform posts to).
 */
export type Access = 'PUBLIC' | 'PLATFORM' | 'AGENT' | 'ADMIN' | 'INTEGRATION';

export const ACCESS_KEY = 'conversations:access';
export const Allow = (access: Access) => SetMetadata(ACCESS_KEY, access);

/** The one access rule of both transports: undefined when allowed, else the error to answer. */
export function refusal(p: Principal, access: Access): DomainError | undefined {
  if (access === 'PUBLIC') return undefined;
  switch (p.kind) {
    case 'anonymous':
      return unauthenticated(access === 'PLATFORM' ? 'This needs the admin token: Authorization: Bearer <ADMIN_TOKEN>' : undefined);
    case 'invalid':
      return unauthenticated(p.reason);
    case 'refused':
      return forbidden(p.reason);
    case 'admin':
      return access === 'PLATFORM'
        ? undefined
        : forbidden('The admin token only authorises createWorkspace; use a workspace API token or sign in');
    case 'apiToken':
      return access === 'PLATFORM' ? forbidden('createWorkspace needs the admin token (ADMIN_TOKEN)') : undefined;
    case 'member':
      if (access === 'PLATFORM') return forbidden('createWorkspace needs the admin token (ADMIN_TOKEN)');
      if (access === 'INTEGRATION') return forbidden('This endpoint takes an API token: Authorization: Bearer <apiToken>');
      if (access === 'ADMIN' && p.role !== 'ADMIN') return forbidden('Only an ADMIN of the workspace may do this');
      return undefined;
  }
}
