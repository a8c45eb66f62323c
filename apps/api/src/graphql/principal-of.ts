import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isWorkspacePrincipal, unauthenticated, type WorkspacePrincipal } from '@app/domain';
import type { GqlContext } from './gql-context';

export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): GqlContext =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);

/** The calling member or API token (the access guard has already checked the operation allows it). */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): WorkspacePrincipal => {
  const p = GqlExecutionContext.create(context).getContext<GqlContext>().principal;
  if (!isWorkspacePrincipal(p)) throw unauthenticated();
  return p;
});
