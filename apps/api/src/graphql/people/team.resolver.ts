import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiTokensService, InvitationsService, MembersService, type MemberRole, type WorkspacePrincipal } from '@app/domain';
import { Allow } from '../../auth/access';
import { MemberRoleEnum } from '../common/enums';
import { Caller } from '../principal-of';
import { ApiTokenObject, CreatedApiTokenObject, CreatedInvitationObject, InvitationObject, MemberObject } from './people.object';

/** Members, invitations and API tokens of the workspace: ADMIN only. */
@Resolver()
export class TeamResolver {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly tokens: ApiTokensService,
  ) {}

  @Allow('ADMIN')
  @Query(() => [MemberObject], { name: 'members', description: 'ADMIN only.' })
  membersOf(@Caller() caller: WorkspacePrincipal) {
    return this.members.list(caller.workspaceId);
  }

  @Allow('ADMIN')
  @Mutation(() => MemberObject, { description: 'ADMIN only. A workspace always keeps at least one ADMIN.' })
  changeMemberRole(
    @Caller() caller: WorkspacePrincipal,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => MemberRoleEnum }) role: MemberRole,
  ) {
    return this.members.changeRole(caller.workspaceId, memberId, role);
  }

  @Allow('ADMIN')
  @Mutation(() => MemberObject, { description: "ADMIN only. Ends that person's sessions in this workspace at once." })
  removeMember(@Caller() caller: WorkspacePrincipal, @Args('memberId', { type: () => ID }) memberId: string) {
    return this.members.remove(caller.workspaceId, memberId);
  }

  @Allow('ADMIN')
  @Query(() => [InvitationObject], { name: 'invitations', description: 'ADMIN only; pending and past invitations, newest first.' })
  invitationsOf(@Caller() caller: WorkspacePrincipal) {
    return this.invitations.list(caller.workspaceId);
  }

  @Allow('ADMIN')
  @Mutation(() => CreatedInvitationObject, { description: 'ADMIN only. The email must not already be a member of this workspace.' })
  inviteMember(
    @Caller() caller: WorkspacePrincipal,
    @Args('email') email: string,
    @Args('role', { type: () => MemberRoleEnum }) role: MemberRole,
  ) {
    return this.invitations.invite(caller.workspaceId, caller.name, email, role);
  }

  @Allow('ADMIN')
  @Mutation(() => InvitationObject)
  revokeInvitation(@Caller() caller: WorkspacePrincipal, @Args('id', { type: () => ID }) id: string) {
    return this.invitations.revoke(caller.workspaceId, id);
  }

  @Allow('ADMIN')
  @Query(() => [ApiTokenObject], { name: 'apiTokens', description: 'ADMIN only; revoked ones included, newest first.' })
  apiTokensOf(@Caller() caller: WorkspacePrincipal) {
    return this.tokens.list(caller.workspaceId);
  }

  @Allow('ADMIN')
  @Mutation(() => CreatedApiTokenObject, { description: 'ADMIN only.' })
  createApiToken(@Caller() caller: WorkspacePrincipal, @Args('name') name: string) {
    return this.tokens.create(caller.workspaceId, name);
  }

  @Allow('ADMIN')
  @Mutation(() => ApiTokenObject, {
    description: 'ADMIN only. From then on the token gets UNAUTHENTICATED, over HTTP and on open WebSocket connections.',
  })
  revokeApiToken(@Caller() caller: WorkspacePrincipal, @Args('id', { type: () => ID }) id: string) {
    return this.tokens.revoke(caller.workspaceId, id);
  }
}
