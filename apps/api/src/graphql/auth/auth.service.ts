import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@app/domain/config/config.module';
import type { AppConfig } from '@app/domain/config/app-config';
import { bearerToken, safeEqual } from '@app/domain/workspaces/api-token';
import { WorkspaceService } from '@app/domain/workspaces/workspace.service';
import type { Principal } from './principal';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workspaces: WorkspaceService,
  ) {}

  /** From an Authorization header value ("Bearer <token>"); `onLookup` is told when the database is asked. */
  async principalFor(authorization: unknown, onLookup?: () => void): Promise<Principal> {
    if (authorization === undefined || authorization === null || authorization === '') return { kind: 'anonymous' };
    if (typeof authorization !== 'string') return { kind: 'invalid' };
    const token = bearerToken(authorization);
    if (!token) return { kind: 'invalid' };
    const admin = this.config.adminToken;
    if (admin && safeEqual(token, admin)) return { kind: 'admin' };
    onLookup?.();
    const workspace = await this.workspaces.byToken(token);
    return workspace ? { kind: 'workspace', workspace } : { kind: 'invalid' };
  }
}
