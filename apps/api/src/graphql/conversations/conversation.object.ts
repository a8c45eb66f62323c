import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConversationSource, ConversationStatus, MessageRole, StatusOrigin } from '@app/reviewer/vocabulary';
import { ActorObject } from '../common/actor.object';
import { ConversationSourceEnum, ConversationStatusEnum, MessageRoleEnum, StatusOriginEnum } from '../common/enums';
import { PageInfoObject } from '../common/page-info.object';

// Scalar fields come from the domain's records; the rest from field resolvers (loaders).

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
}

@ObjectType('Note')
export class NoteObject {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => ActorObject, { description: 'Who wrote it: a member, or an API token for notes posted by integrations.' })
  author!: ActorObject;
}

@ObjectType('Tag')
export class TagObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('ReviewEvidence', {
  description: 'A message that supports a judgement, with the words that matter (a substring of the message text).',
})
export class ReviewEvidenceObject {
  @Field(() => ID) messageId!: string;
  @Field() quote!: string;
}

@ObjectType('ReviewCriterion')
export class ReviewCriterionObject {
  @Field({ description: "The rubric's key, e.g. 'answer', 'next_step', 'tone'." }) key!: string;
  @Field({ description: "A short human label in the conversation's language." }) label!: string;
  @Field(() => Int) score!: number;
  @Field({ description: 'One sentence: why this score.' }) comment!: string;
  @Field(() => [ReviewEvidenceObject]) evidence!: ReviewEvidenceObject[];
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
  @Field(() => [ReviewCriterionObject], {
    description: "The quality score broken down by the rubric's criteria, each 0 to 100, in the rubric's order.",
  })
  criteria!: ReviewCriterionObject[];
  @Field(() => [ReviewEvidenceObject], { description: 'The messages that decided the suggested status, quoted.' })
  statusEvidence!: ReviewEvidenceObject[];
  @Field({ description: 'True when every attempt failed: the conversation is shown without a real review.' }) failed!: boolean;
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

@ObjectType('TextRange')
export class TextRangeObject {
  @Field(() => Int) start!: number;
  @Field(() => Int) length!: number;
}
