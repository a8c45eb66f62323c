import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, Authenticator, type AppConfig, type Principal } from '@app/domain';
import { allowedOrigins, principalOfRequest } from '../auth/request-principal';

export interface RequestWithPrincipal extends Request {
  principal?: Principal;
}

/** Decides the caller once per request (bearer token or session cookie); the access guard and GraphQL read it. */
@Injectable()
export class RequestPrincipalMiddleware implements NestMiddleware {
  private readonly origins: Set<string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: Authenticator,
  ) {
    this.origins = allowedOrigins(config);
  }

  use(req: RequestWithPrincipal, _res: Response, next: NextFunction): void {
    principalOfRequest(this.auth, this.origins, req.headers).then(
      (principal) => {
        req.principal = principal;
        next();
      },
      (err: unknown) => next(err),
    );
  }
}
