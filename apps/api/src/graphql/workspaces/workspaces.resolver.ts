import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { WorkspaceConflictError, WorkspaceService } from '@app/domain/workspaces/workspace.service';
import { Ctx, requireAdmin } from '../auth/current-workspace';
import type { GqlContext } from '../auth/gql-context';
import { BadUserInputError } from '../errors/app-error';
import { CreatedWorkspaceObject } from './workspace.object';

@Resolver()
export class WorkspacesResolver {
  constructor(private readonly workspaces: WorkspaceService) {}

  /** Admin token only. The API token is in the answer and nowhere else: only its sha256 is stored. */
  @Mutation(() => CreatedWorkspaceObject)
  async createWorkspace(
    @Ctx() ctx: GqlContext,
    @Args('name') name: string,
    @Args('whatsappPhoneNumberId', { type: () => String, nullable: true }) whatsappPhoneNumberId: string | null,
  ) {
    requireAdmin(ctx);
    const clean = name.trim();
    if (!clean) throw new BadUserInputError('name', 'must not be empty');
    if (clean.length > 200) throw new BadUserInputError('name', 'must be at most 200 characters');
    if (whatsappPhoneNumberId != null && whatsappPhoneNumberId.trim().length > 64) {
      throw new BadUserInputError('whatsappPhoneNumberId', 'must be at most 64 characters');
    }
    try {
      return await this.workspaces.create(clean, whatsappPhoneNumberId);
    } catch (err) {
      if (err instanceof WorkspaceConflictError) throw new BadUserInputError('whatsappPhoneNumberId', err.message);
      throw err;
    }
  }
}
