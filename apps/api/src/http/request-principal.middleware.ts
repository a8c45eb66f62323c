import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, asDomainError, Authenticator, type AppConfig, type Principal } from '@app/domain';
import { allowedOrigins, principalOfRequest } from '../auth/request-principal';
import { extensionsOf } from '../graphql/errors/graphql-error-shape';
import { GRAPHQL_PATH } from '../graphql/transport/graphql-path';
import { httpErrorOf } from './error-response';

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

  use(req: RequestWithPrincipal, res: Response, next: NextFunction): void {
    principalOfRequest(this.auth, this.origins, req.headers).then(
      (principal) => {
        req.principal = principal;
        next();
      },
      (err: unknown) => {
        // A GraphQL client reads errors in GraphQL's shape: PostgreSQL away → SERVICE_UNAVAILABLE naming it, not the HTTP body.
        const domain = asDomainError(err);
        if (!domain || !req.originalUrl.startsWith(GRAPHQL_PATH)) return next(err);
        const { status, headers } = httpErrorOf(domain);
        res
          .status(status)
          .set(headers)
          .json({ errors: [{ message: domain.message, extensions: extensionsOf(domain) }] });
      },
    );
  }
}
