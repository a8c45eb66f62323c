import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus } from '@app/domain/events/event-bus.service';
import type { DomainEvent } from '@app/domain/events/domain-events';
import { Ctx, requireWorkspace } from '../auth/current-workspace';
import type { GqlContext } from '../auth/gql-context';
import { isUuid } from '../common/paging';
import { Loaders } from '../conversations/loaders';
import { ConversationObject, MessageObject } from '../conversations/conversation.object';
import type { ConversationRecord, MessageRecord } from '../conversations/records';
import { eventStream } from './event-stream';

const passThrough = <T>(payload: T) => payload;

/**
 * Subscriptions over graphql-ws. Events come from every process through the EventBus, are filtered by
 * the connection's workspace, and each payload is read fresh from PostgreSQL with new loaders (the
 * field resolvers of one event never see another event's cached rows).
 */
@Resolver()
export class SubscriptionsResolver {
  constructor(private readonly bus: EventBus) {}

  @Subscription(() => ConversationObject, {
    description: 'A conversation finished an AI review (first or later).',
    resolve: passThrough,
  })
  conversationReviewed(@Ctx() ctx: GqlContext) {
    const ws = requireWorkspace(ctx);
    return eventStream(
      this.bus,
      (e) => e.type === 'conversation.reviewed' && e.workspaceId === ws.id,
      (e) => this.conversation(ctx, e),
    );
  }

  @Subscription(() => ConversationObject, {
    description: 'Any change to one conversation, or to any when id is omitted: message, review, status, tag, note.',
    resolve: passThrough,
  })
  conversationUpdated(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID, nullable: true }) id: string | null) {
    const ws = requireWorkspace(ctx);
    if (id != null && !isUuid(id))
      return eventStream(
        this.bus,
        () => false,
        async () => null,
      );
    return eventStream(
      this.bus,
      (e) =>
        // a message is announced as message.recorded; a 'message' change, if ever published too, would repeat it
        ((e.type === 'conversation.changed' && e.change !== 'message') || e.type === 'message.recorded') &&
        e.workspaceId === ws.id &&
        (id == null || e.conversationId === id),
      (e) => this.conversation(ctx, e),
    );
  }

  @Subscription(() => MessageObject, {
    description: 'A message was recorded, in one conversation or in any when conversationId is omitted.',
    resolve: passThrough,
  })
  messageReceived(@Ctx() ctx: GqlContext, @Args('conversationId', { type: () => ID, nullable: true }) conversationId: string | null) {
    const ws = requireWorkspace(ctx);
    if (conversationId != null && !isUuid(conversationId))
      return eventStream(
        this.bus,
        () => false,
        async () => null,
      );
    return eventStream(
      this.bus,
      (e) => e.type === 'message.recorded' && e.workspaceId === ws.id && (conversationId == null || e.conversationId === conversationId),
      (e) => (e.type === 'message.recorded' ? this.freshLoaders(ctx).message.load(e.messageId) : Promise.resolve(null)),
    );
  }

  private conversation(ctx: GqlContext, e: DomainEvent): Promise<ConversationRecord | null> {
    return this.freshLoaders(ctx).conversation.load(e.conversationId);
  }

  private freshLoaders(ctx: GqlContext): Loaders {
    ctx.loaders = new Loaders(ctx.sql, ctx.loaders.workspaceId);
    return ctx.loaders;
  }
}

export type { MessageRecord };
