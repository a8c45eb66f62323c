import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { WorkspaceRow } from '@app/domain/workspaces/workspace.service';
import { Ctx, CurrentWorkspace } from '../auth/current-workspace';
import type { GqlContext } from '../auth/gql-context';
import { isUuid } from '../common/paging';
import { ConversationFilterInput } from './conversation-filter.input';
import { ConversationConnectionObject, ConversationObject, StatusCountObject, TagObject } from './conversation.object';
import { ConversationsService, type ConversationPage } from './conversations.service';
import type { ConversationRecord } from './records';

@Resolver(() => ConversationObject)
export class ConversationsResolver {
  constructor(private readonly service: ConversationsService) {}

  @Query(() => ConversationConnectionObject, { description: 'Reviewed conversations only, newest lastMessageAt first.' })
  conversations(
    @CurrentWorkspace() workspace: WorkspaceRow,
    @Ctx() ctx: GqlContext,
    @Args('filter', { type: () => ConversationFilterInput, nullable: true }) filter: ConversationFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConversationPage> {
    return this.service.list(ctx.sql, ctx.loaders, workspace.id, { filter, first, after });
  }

  @Query(() => ConversationObject, { nullable: true, description: 'Any conversation of the workspace, reviewed or not; null if unknown.' })
  async conversation(
    @CurrentWorkspace() _workspace: WorkspaceRow,
    @Ctx() ctx: GqlContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ConversationRecord | null> {
    if (!isUuid(id)) return null;
    return ctx.loaders.conversation.load(id);
  }

  @Query(() => [TagObject], { description: 'Tags used in the workspace.' })
  tags(@CurrentWorkspace() workspace: WorkspaceRow, @Ctx() ctx: GqlContext) {
    return this.service.tags(ctx.sql, workspace.id);
  }

  @Query(() => [StatusCountObject], { description: 'Count of visible conversations per status.' })
  statusCounts(@CurrentWorkspace() workspace: WorkspaceRow, @Ctx() ctx: GqlContext) {
    return this.service.statusCounts(ctx.sql, workspace.id);
  }
}

@Resolver(() => ConversationConnectionObject)
export class ConversationConnectionResolver {
  @ResolveField('totalCount', () => Int)
  totalCount(@Parent() page: ConversationPage): Promise<number> {
    return page.totalCount();
  }
}
