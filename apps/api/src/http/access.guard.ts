import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal } from '@app/domain';
import { ACCESS_KEY, refusal, type Access } from '../auth/access';
import type { GqlContext } from '../graphql/gql-context';
import type { RequestWithPrincipal } from './request-principal.middleware';

/**
 * Enforces @Allow(...) on every GraphQL operation and HTTP route, in one place. An operation that
 * declares nothing is refused: access is never granted by forgetting.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no @Allow(...)`);
    const principal = this.principalOf(context);
    const refused = refusal(principal, access);
    if (refused) throw refused;
    return true;
  }

  private principalOf(context: ExecutionContext): Principal {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<GqlContext>().principal;
    return context.switchToHttp().getRequest<RequestWithPrincipal>().principal ?? { kind: 'anonymous' };
  }
}
