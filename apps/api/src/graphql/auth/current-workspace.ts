import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { WorkspaceRow } from '@app/domain/workspaces/workspace.service';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import type { GqlContext } from './gql-context';

/** The caller's workspace, or UNAUTHENTICATED (no/wrong token) / FORBIDDEN (admin token). */
export function requireWorkspace(ctx: GqlContext): WorkspaceRow {
  const p = ctx.principal;
  if (p.kind === 'workspace') return p.workspace;
  if (p.kind === 'admin') throw new ForbiddenError('The admin token only authorises createWorkspace; use a workspace API token');
  throw new UnauthenticatedError();
}

export function requireAdmin(ctx: GqlContext): void {
  const p = ctx.principal;
  if (p.kind === 'admin') return;
  if (p.kind === 'workspace') throw new ForbiddenError('createWorkspace needs the admin token (ADMIN_TOKEN)');
  throw new UnauthenticatedError('createWorkspace needs the admin token: Authorization: Bearer <ADMIN_TOKEN>');
}

export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): GqlContext =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);

/** @CurrentWorkspace() workspace: WorkspaceRow — throws UNAUTHENTICATED/FORBIDDEN before the resolver runs. */
export const CurrentWorkspace = createParamDecorator((_: unknown, context: ExecutionContext): WorkspaceRow =>
  requireWorkspace(GqlExecutionContext.create(context).getContext<GqlContext>()),
);
