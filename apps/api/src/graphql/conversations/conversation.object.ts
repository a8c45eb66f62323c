import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConversationSourceEnum, ConversationStatusEnum, MessageRoleEnum, StatusOriginEnum } from '../common/enums';
import type { ConversationSource, ConversationStatus, MessageRole, StatusOrigin } from '../common/enums';
import { PageInfoObject } from '../common/page-info.object';

@ObjectType('Contact')
export class ContactObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('Message')
export class MessageObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) conversationId!: string;
  @Field(() => MessageRoleEnum) role!: MessageRole;
  @Field() text!: string;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
  // `conversation: Conversation!` is added by ConversationFieldsResolver (an addition to the contract)
}

@ObjectType('Note')
export class NoteObject {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Tag')
export class TagObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Review')
export class ReviewObject {
  @Field() summary!: string;
  @Field(() => Int, { description: "Rating of the agent's replies, 0 to 100." }) qualityScore!: number;
  @Field(() => GraphQLISODateTime) reviewedAt!: Date;
  @Field(() => ConversationStatusEnum, {
    description: 'The status the review proposed; it differs from Conversation.status when a person set one.',
  })
  suggestedStatus!: ConversationStatus;
  @Field({ description: "Which reviewer produced it, e.g. 'builtin' or 'openai:<model>'." }) reviewer!: string;
}

@ObjectType('MessageEdge')
export class MessageEdgeObject {
  @Field() cursor!: string;
  @Field(() => MessageObject) node!: MessageObject;
}

@ObjectType('MessageConnection')
export class MessageConnectionObject {
  @Field(() => [MessageEdgeObject]) edges!: MessageEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  @Field(() => Int) totalCount!: number;
}

/** Scalar fields come from the row; contact, lastMessage, messages, tags, notes, review from loaders. */
@ObjectType('Conversation')
export class ConversationObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Contact name when known, else the phone number, else the widget visitor label.' }) title!: string;
  @Field(() => ConversationSourceEnum) source!: ConversationSource;
  @Field(() => ConversationStatusEnum) status!: ConversationStatus;
  @Field(() => StatusOriginEnum) statusOrigin!: StatusOrigin;
  @Field(() => GraphQLISODateTime) lastMessageAt!: Date;
  @Field(() => Int) messageCount!: number;
  @Field({ description: 'False while the conversation waits for its first review: hidden from the list.' }) visible!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('ConversationEdge')
export class ConversationEdgeObject {
  @Field() cursor!: string;
  @Field(() => ConversationObject) node!: ConversationObject;
}

@ObjectType('ConversationConnection')
export class ConversationConnectionObject {
  @Field(() => [ConversationEdgeObject]) edges!: ConversationEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  // totalCount is resolved lazily (ConversationConnectionResolver): one statement only when asked for
}

@ObjectType('StatusCount')
export class StatusCountObject {
  @Field(() => ConversationStatusEnum) status!: ConversationStatus;
  @Field(() => Int) count!: number;
}
