import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../auth/current-workspace';
import type { GqlContext } from '../auth/gql-context';
import { decodeCursor, encodeCursor, pageSize } from '../common/paging';
import {
  ContactObject,
  ConversationObject,
  MessageConnectionObject,
  MessageObject,
  NoteObject,
  ReviewObject,
  TagObject,
} from './conversation.object';
import type { ContactRecord, ConversationRecord, MessageRecord, NoteRecord, ReviewRecord, TagRecord } from './records';

interface MessageCursor {
  s: number;
}
const isMessageCursor = (v: unknown): v is MessageCursor =>
  typeof v === 'object' && v !== null && Number.isInteger((v as MessageCursor).s) && (v as MessageCursor).s >= 0;

/** The Conversation fields that are not on its row: each one is a DataLoader, one statement per page. */
@Resolver(() => ConversationObject)
export class ConversationFieldsResolver {
  @ResolveField('contact', () => ContactObject)
  async contact(@Parent() c: ConversationRecord, @Ctx() ctx: GqlContext): Promise<ContactRecord> {
    return (await ctx.loaders.contact.load(c.contactId)) ?? { id: c.contactId, name: null, phone: null, email: null };
  }

  @ResolveField('lastMessage', () => MessageObject, { description: 'The newest message, for the list preview.' })
  async lastMessage(@Parent() c: ConversationRecord, @Ctx() ctx: GqlContext): Promise<MessageRecord> {
    const m = c.lastMessageId ? await ctx.loaders.message.load(c.lastMessageId) : await ctx.loaders.newestMessage.load(c.id);
    if (!m) throw new Error(`conversation ${c.id} has no message`);
    return m;
  }

  @ResolveField('messages', () => MessageConnectionObject, { description: 'Oldest first.' })
  async messages(
    @Parent() c: ConversationRecord,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const size = pageSize(first, 50);
    const afterSeq = decodeCursor(after, isMessageCursor)?.s ?? 0;
    const rows = size === 0 ? [] : await ctx.loaders.messagePage.load({ conversationId: c.id, afterSeq, limit: size + 1 });
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor({ s: node.seq } satisfies MessageCursor), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: c.messageCount,
    };
  }

  @ResolveField('tags', () => [TagObject])
  tags(@Parent() c: ConversationRecord, @Ctx() ctx: GqlContext): Promise<TagRecord[]> {
    return ctx.loaders.tags.load(c.id);
  }

  @ResolveField('notes', () => [NoteObject], { description: 'Newest first.' })
  notes(@Parent() c: ConversationRecord, @Ctx() ctx: GqlContext): Promise<NoteRecord[]> {
    return ctx.loaders.notes.load(c.id);
  }

  @ResolveField('review', () => ReviewObject, { nullable: true, description: 'Null until the first AI review.' })
  review(@Parent() c: ConversationRecord, @Ctx() ctx: GqlContext): Promise<ReviewRecord | null> {
    return ctx.loaders.review.load(c.id);
  }
}

/** Message.conversation: an addition to the contract, handy for messageReceived subscribers. */
@Resolver(() => MessageObject)
export class MessageFieldsResolver {
  @ResolveField('conversation', () => ConversationObject, { description: 'The conversation this message belongs to.' })
  async conversation(@Parent() m: MessageRecord, @Ctx() ctx: GqlContext): Promise<ConversationRecord> {
    const c = await ctx.loaders.conversation.load(m.conversationId);
    if (!c) throw new Error(`message ${m.id}: conversation ${m.conversationId} not found`);
    return c;
  }
}
