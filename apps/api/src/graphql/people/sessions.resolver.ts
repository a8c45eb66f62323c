import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  forbidden,
  InvitationsService,
  MembersService,
  notFound,
  SessionsService,
  SignInService,
  type AppConfig,
  type SignedIn,
  type WorkspacePrincipal,
} from '@app/domain';
import { Allow } from '../../auth/access';
import { clearedSessionCookie, sessionCookie } from '../../auth/session-cookie';
import type { GqlContext } from '../gql-context';
import { Caller, Ctx } from '../principal-of';
import { ViewerObject } from './people.object';
import { ViewerService } from './viewer.service';

/** Signing in and out: the session cookie is set and cleared here, on the HTTP response. */
@Resolver()
export class SessionsResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signIns: SignInService,
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly members: MembersService,
    private readonly viewers: ViewerService,
  ) {}

  @Allow('PUBLIC')
  @Mutation(() => ViewerObject, {
    description: 'Needs no credentials. Sets the session cookie. Wrong email or password: UNAUTHENTICATED, the same answer for both.',
  })
  async signIn(@Ctx() ctx: GqlContext, @Args('email') email: string, @Args('password') password: string): Promise<ViewerObject> {
    return this.signedIn(ctx, await this.signIns.signIn(email, password, ctx.clientAddress));
  }

  @Allow('PUBLIC')
  @Mutation(() => ViewerObject, {
    description:
      'Needs no credentials: the token is the credential. Creates the person (or adds the workspace to an existing person, whose password must then match), signs them in and sets the session cookie.',
  })
  async acceptInvitation(
    @Ctx() ctx: GqlContext,
    @Args('token') token: string,
    @Args('name') name: string,
    @Args('password') password: string,
  ): Promise<ViewerObject> {
    return this.signedIn(ctx, await this.invitations.accept(token, name, password));
  }

  @Allow('PUBLIC')
  @Mutation(() => Boolean, { description: 'Ends the session of the cookie sent and clears the cookie.' })
  async signOut(@Ctx() ctx: GqlContext): Promise<boolean> {
    if (ctx.principal.kind === 'member') await this.sessions.revoke(ctx.principal.sessionId);
    ctx.res?.append('set-cookie', clearedSessionCookie(this.config));
    return true;
  }

  @Allow('AGENT')
  @Mutation(() => ViewerObject, { description: 'For a person in several workspaces: later operations of this session act in that one.' })
  async switchWorkspace(
    @Caller() caller: WorkspacePrincipal,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ): Promise<ViewerObject> {
    if (caller.kind !== 'member') throw forbidden('An API token acts in its own workspace only; switchWorkspace is for signed-in people');
    const ids = await this.members.workspaceIdsOf(caller.userId);
    if (!ids.includes(workspaceId)) throw notFound('Workspace', workspaceId);
    await this.sessions.switchWorkspace(caller.sessionId, workspaceId);
    return this.viewers.of({ ...caller, workspaceId, memberId: (await this.memberIdIn(caller.userId, workspaceId)) ?? caller.memberId });
  }

  private async memberIdIn(userId: string, workspaceId: string): Promise<string | undefined> {
    return (await this.members.list(workspaceId)).find((m) => m.user.id === userId)?.id;
  }

  private async signedIn(ctx: GqlContext, s: SignedIn): Promise<ViewerObject> {
    ctx.res?.append('set-cookie', sessionCookie(this.config, s.sessionToken, s.expiresAt));
    return this.viewers.forMember(s.member, s.workspace);
  }
}
