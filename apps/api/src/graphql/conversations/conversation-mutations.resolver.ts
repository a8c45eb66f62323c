import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { WorkspaceRow } from '@app/domain/workspaces/workspace.service';
import { Ctx, CurrentWorkspace } from '../auth/current-workspace';
import type { GqlContext } from '../auth/gql-context';
import { ConversationStatusEnum, type ConversationStatus } from '../common/enums';
import { NotFoundError } from '../errors/app-error';
import { ConversationMutationsService } from './conversation-mutations.service';
import { ConversationObject, NoteObject } from './conversation.object';
import type { ConversationRecord, NoteRecord } from './records';

@Resolver()
export class ConversationMutationsResolver {
  constructor(private readonly mutations: ConversationMutationsService) {}

  @Mutation(() => NoteObject)
  addNote(
    @CurrentWorkspace() workspace: WorkspaceRow,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('body') body: string,
  ): Promise<NoteRecord> {
    return this.mutations.addNote(ctx.sql, workspace.id, conversationId, body);
  }

  @Mutation(() => ConversationObject, { description: 'Idempotent: adding a tag the conversation already has changes nothing.' })
  async addTag(
    @CurrentWorkspace() workspace: WorkspaceRow,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('name') name: string,
  ): Promise<ConversationRecord> {
    await this.mutations.addTag(ctx.sql, workspace.id, conversationId, name);
    return this.fresh(ctx, conversationId);
  }

  @Mutation(() => ConversationObject)
  async removeTag(
    @CurrentWorkspace() workspace: WorkspaceRow,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('name') name: string,
  ): Promise<ConversationRecord> {
    await this.mutations.removeTag(ctx.sql, workspace.id, conversationId, name);
    return this.fresh(ctx, conversationId);
  }

  @Mutation(() => ConversationObject, {
    description: 'Sets statusOrigin to MANUAL; later AI reviews keep it and only update suggestedStatus.',
  })
  async changeStatus(
    @CurrentWorkspace() workspace: WorkspaceRow,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('status', { type: () => ConversationStatusEnum }) status: ConversationStatus,
  ): Promise<ConversationRecord> {
    await this.mutations.changeStatus(ctx.sql, workspace.id, conversationId, status);
    return this.fresh(ctx, conversationId);
  }

  /** The conversation as committed (the loaders may have cached it before the change). */
  private async fresh(ctx: GqlContext, id: string): Promise<ConversationRecord> {
    ctx.loaders.conversation.clear(id);
    ctx.loaders.tags.clear(id);
    ctx.loaders.notes.clear(id);
    const c = await ctx.loaders.conversation.load(id);
    if (!c) throw new NotFoundError('Conversation', id);
    return c;
  }
}
