import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus, isUuid, type ConversationEvent, type ConversationRecord, type WorkspacePrincipal } from '@app/domain';
import { Allow } from '../../auth/access';
import { ConversationObject, MessageObject } from '../conversations/conversation.object';
import type { GqlContext } from '../gql-context';
import { Caller, Ctx } from '../principal-of';
import { eventStream } from './event-stream';
import { SharedLoaders } from './shared-loaders';

const passThrough = <T>(payload: T) => payload;

/**
 * Subscriptions over graphql-ws. Events come from every process through the EventBus, are filtered
 * by the connection's workspace, and each payload is read once per event and process (SharedLoaders).
 */
@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly bus: EventBus,
    private readonly shared: SharedLoaders,
  ) {}

  @Allow('AGENT')
  @Subscription(() => ConversationObject, { description: 'A conversation finished an AI review (first or later).', resolve: passThrough })
  conversationReviewed(@Caller() caller: WorkspacePrincipal, @Ctx() ctx: GqlContext) {
    return eventStream(
      this.bus,
      (e) => e.type === 'conversation.reviewed' && e.workspaceId === caller.workspaceId,
      (e) => this.conversation(ctx, e),
    );
  }

  @Allow('AGENT')
  @Subscription(() => ConversationObject, {
    description: 'Any change to one conversation, or to any when id is omitted: message, review, status, tag, note.',
    resolve: passThrough,
  })
  conversationUpdated(
    @Caller() caller: WorkspacePrincipal,
    @Ctx() ctx: GqlContext,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
  ) {
    const valid = id == null || isUuid(id);
    return eventStream(
      this.bus,
      (e) =>
        valid &&
        // a message is announced as message.recorded; a 'message' change, if ever published too, would repeat it
        ((e.type === 'conversation.changed' && e.change !== 'message') || e.type === 'message.recorded') &&
        e.workspaceId === caller.workspaceId &&
        (id == null || e.conversationId === id),
      (e) => this.conversation(ctx, e),
    );
  }

  @Allow('AGENT')
  @Subscription(() => MessageObject, {
    description: 'A message was recorded, in one conversation or in any when conversationId is omitted.',
    resolve: passThrough,
  })
  messageReceived(
    @Caller() caller: WorkspacePrincipal,
    @Ctx() ctx: GqlContext,
    @Args('conversationId', { type: () => ID, nullable: true }) conversationId: string | null,
  ) {
    const valid = conversationId == null || isUuid(conversationId);
    return eventStream(
      this.bus,
      (e) =>
        valid &&
        e.type === 'message.recorded' &&
        e.workspaceId === caller.workspaceId &&
        (conversationId == null || e.conversationId === conversationId),
      (e) => (e.messageId ? this.use(ctx, e).message.load(e.messageId) : Promise.resolve(null)),
    );
  }

  private conversation(ctx: GqlContext, e: ConversationEvent): Promise<ConversationRecord | null> {
    return this.use(ctx, e).conversation.load(e.conversationId);
  }

  /** The event's shared loaders become the context's for resolving this payload's fields. */
  private use(ctx: GqlContext, e: ConversationEvent) {
    ctx.loaders = this.shared.for(e);
    return ctx.loaders;
  }
}
