import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { WorkspacesService } from '@app/domain';
import { Allow } from '../../auth/access';
import { CreatedWorkspaceObject } from './workspace.object';

@Resolver()
export class WorkspacesResolver {
  constructor(private readonly workspaces: WorkspacesService) {}

  /** The admin token only. The answer holds the workspace's first API token ("default"), shown once. */
  @Allow('PLATFORM')
  @Mutation(() => CreatedWorkspaceObject)
  createWorkspace(
    @Args('name') name: string,
    @Args('whatsappPhoneNumberId', { type: () => String, nullable: true }) whatsappPhoneNumberId: string | null,
  ) {
    return this.workspaces.create(name, whatsappPhoneNumberId);
  }
}
