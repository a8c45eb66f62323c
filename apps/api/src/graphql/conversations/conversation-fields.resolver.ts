import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  type ActivityRecord,
  type ContactRecord,
  type ConversationRecord,
  type MessageRecord,
  type NoteRecord,
  type ReviewRecord,
  type TagRecord,
} from '@app/domain';
import { pageInfoOf } from '../common/page-info.object';
import type { GqlContext } from '../gql-context';
import { Ctx } from '../principal-of';
import { ActivityConnectionObject, ActivityObject } from './activity.object';
import {
  ContactObject,
  ConversationObject,
  MessageConnectionObject,
  MessageObject,
  NoteObject,
  ReviewObject,
  TagObject,
} from './conversation.object';
import { ConversationReader as Reader } from '@app/domain';

interface MessageCursor {
  s: number;
}
const isMessageCursor = (v: unknown): v is MessageCursor => Number.isInteger((v as MessageCursor)?.s) && (v as MessageCursor).s >= 0;

interface ActivityCursor {
  a: string;
  i: string;
}
const isActivityCursor = (v: unknown): v is ActivityCursor => {
  const c = v as ActivityCursor;
  return typeof c?.a === 'string' && !Number.isNaN(Date.parse(c.a)) && typeof c.i === 'string' && /^[0-9a-f-]{36}$/i.test(c.i);
};

/**
 * The Conversation fields that are not on its row: each one a DataLoader, one statement per page.
 * The fields without arguments take graphql-js's own (parent, args, context) and no parameter decorators:
 * Nest then calls the method as it is instead of building an execution context for every field of every
 * row (its "fast field resolver"; a list page has four such fields on each of its rows).
 */
@Resolver(() => ConversationObject)
export class ConversationFieldsResolver {
  constructor(private readonly reader: Reader) {}

  @ResolveField('contact', () => ContactObject)
  async contact(c: ConversationRecord, _: unknown, ctx: GqlContext): Promise<ContactRecord> {
    return (await ctx.loaders.contact.load(c.contactId)) ?? { id: c.contactId, name: null, phone: null, email: null };
  }

  @ResolveField('lastMessage', () => MessageObject, { description: 'The newest message, for the list preview.' })
  async lastMessage(c: ConversationRecord, _: unknown, ctx: GqlContext): Promise<MessageRecord> {
    const m = c.lastMessageId ? await ctx.loaders.message.load(c.lastMessageId) : null;
    if (!m) throw new Error(`conversation ${c.id} has no last message`);
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
    return { edges, pageInfo: pageInfoOf(edges, rows.length > size), totalCount: c.messageCount };
  }

  @ResolveField('tags', () => [TagObject])
  tags(c: ConversationRecord, _: unknown, ctx: GqlContext): Promise<TagRecord[]> {
    return ctx.loaders.tags.load(c.id);
  }

  @ResolveField('notes', () => [NoteObject], { description: 'Newest first.' })
  notes(c: ConversationRecord, _: unknown, ctx: GqlContext): Promise<NoteRecord[]> {
    return ctx.loaders.notes.load(c.id);
  }

  @ResolveField('review', () => ReviewObject, { nullable: true, description: 'Null until the first AI review.' })
  review(c: ConversationRecord, _: unknown, ctx: GqlContext): Promise<ReviewRecord | null> {
    return ctx.loaders.review.load(c.id);
  }

  @ResolveField('reviews', () => [ReviewObject], { description: 'Every review this conversation has had, newest first.' })
  reviews(c: ConversationRecord, _: unknown, ctx: GqlContext): Promise<ReviewRecord[]> {
    return ctx.loaders.reviews.load(c.id);
  }

  @ResolveField('activity', () => ActivityConnectionObject, {
    description: 'What happened to the conversation, newest first: reviews, status changes, tags, notes, with who did each.',
  })
  async activity(
    @Parent() c: ConversationRecord,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const size = pageSize(first, 50);
    const cursor = decodeCursor(after, isActivityCursor);
    const rows =
      size === 0 ? [] : await this.reader.activityPage(ctx.loaders.workspaceId, c.id, cursor && { at: cursor.a, id: cursor.i }, size + 1);
    const edges = rows
      .slice(0, size)
      .map((node) => ({ cursor: encodeCursor({ a: node.atText ?? node.at.toISOString(), i: node.id } satisfies ActivityCursor), node }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > size) };
  }
}

@Resolver(() => ActivityObject)
export class ActivityFieldsResolver {
  @ResolveField('note', () => NoteObject, { nullable: true, description: 'NOTE_ADDED: the note.' })
  note(a: ActivityRecord, _: unknown, ctx: GqlContext): Promise<NoteRecord | null> {
    return a.noteId ? ctx.loaders.note.load(a.noteId) : Promise.resolve(null);
  }
}

/** Message.conversation: an addition to the contract, handy for messageReceived subscribers. */
@Resolver(() => MessageObject)
export class MessageFieldsResolver {
  @ResolveField('conversation', () => ConversationObject, { description: 'The conversation this message belongs to.' })
  async conversation(m: MessageRecord, _: unknown, ctx: GqlContext): Promise<ConversationRecord> {
    const c = await ctx.loaders.conversation.load(m.conversationId);
    if (!c) throw new Error(`message ${m.id}: conversation ${m.conversationId} not found`);
    return c;
  }
}
