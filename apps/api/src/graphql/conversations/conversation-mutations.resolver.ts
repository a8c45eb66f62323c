import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import {
  actorOf,
  BulkActions,
  ConversationCommands,
  notFound,
  type BulkResult,
  type ConversationRecord,
  type NoteRecord,
  type WorkspacePrincipal,
} from '@app/domain';
import type { ConversationStatus } from '@app/reviewer/vocabulary';
import { Allow } from '../../auth/access';
import { ConversationStatusEnum } from '../common/enums';
import type { GqlContext } from '../gql-context';
import { Caller, Ctx } from '../principal-of';
import { BulkResultObject } from './conversation-connection.object';
import { ConversationFilterInput } from './conversation-filter.input';
import { ConversationObject, NoteObject } from './conversation.object';

@Resolver()
export class ConversationMutationsResolver {
  constructor(
    private readonly commands: ConversationCommands,
    private readonly bulk: BulkActions,
  ) {}

  @Allow('AGENT')
  @Mutation(() => NoteObject)
  addNote(
    @Caller() caller: WorkspacePrincipal,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('body') body: string,
  ): Promise<NoteRecord> {
    return this.commands.addNote(caller.workspaceId, actorOf(caller), conversationId, body);
  }

  @Allow('AGENT')
  @Mutation(() => ConversationObject, { description: 'Idempotent: adding a tag the conversation already has changes nothing.' })
  async addTag(
    @Caller() caller: WorkspacePrincipal,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('name') name: string,
  ): Promise<ConversationRecord> {
    await this.commands.addTag(caller.workspaceId, actorOf(caller), conversationId, name);
    return this.fresh(ctx, conversationId);
  }

  @Allow('AGENT')
  @Mutation(() => ConversationObject)
  async removeTag(
    @Caller() caller: WorkspacePrincipal,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('name') name: string,
  ): Promise<ConversationRecord> {
    await this.commands.removeTag(caller.workspaceId, actorOf(caller), conversationId, name);
    return this.fresh(ctx, conversationId);
  }

  @Allow('AGENT')
  @Mutation(() => ConversationObject, {
    description: 'Sets statusOrigin to MANUAL; later AI reviews keep it and only update suggestedStatus.',
  })
  async changeStatus(
    @Caller() caller: WorkspacePrincipal,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('status', { type: () => ConversationStatusEnum }) status: ConversationStatus,
  ): Promise<ConversationRecord> {
    await this.commands.changeStatus(caller.workspaceId, actorOf(caller), conversationId, status);
    return this.fresh(ctx, conversationId);
  }

  @Allow('AGENT')
  @Mutation(() => BulkResultObject, {
    description:
      'Exactly one of ids (at most 1,000) or filter (every conversation the filter matches, however many). Same rules as changeStatus.',
  })
  bulkChangeStatus(
    @Caller() caller: WorkspacePrincipal,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @Args('filter', { type: () => ConversationFilterInput, nullable: true }) filter: ConversationFilterInput | null,
    @Args('status', { type: () => ConversationStatusEnum }) status: ConversationStatus,
  ): Promise<BulkResult> {
    return this.bulk.changeStatus(caller.workspaceId, actorOf(caller), { ids, filter }, status);
  }

  @Allow('AGENT')
  @Mutation(() => BulkResultObject)
  bulkAddTag(
    @Caller() caller: WorkspacePrincipal,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @Args('filter', { type: () => ConversationFilterInput, nullable: true }) filter: ConversationFilterInput | null,
    @Args('name') name: string,
  ): Promise<BulkResult> {
    return this.bulk.addTag(caller.workspaceId, actorOf(caller), { ids, filter }, name);
  }

  @Allow('AGENT')
  @Mutation(() => BulkResultObject)
  bulkRemoveTag(
    @Caller() caller: WorkspacePrincipal,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @Args('filter', { type: () => ConversationFilterInput, nullable: true }) filter: ConversationFilterInput | null,
    @Args('name') name: string,
  ): Promise<BulkResult> {
    return this.bulk.removeTag(caller.workspaceId, actorOf(caller), { ids, filter }, name);
  }

  /** The conversation as committed (the loaders may have cached it before the change). */
  private async fresh(ctx: GqlContext, id: string): Promise<ConversationRecord> {
    ctx.loaders.forget(id);
    const c = await ctx.loaders.conversation.load(id);
    if (!c) throw notFound('Conversation', id);
    return c;
  }
}
