import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import type { ConversationSource, ConversationStatus } from '@app/reviewer/vocabulary';
import { ConversationSourceEnum, ConversationStatusEnum } from '../common/enums';

@InputType('ConversationFilter')
export class ConversationFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches conversation title, message text and phone number (typo tolerant).' })
  search?: string | null;

  @Field(() => [ConversationStatusEnum], { nullable: true })
  statuses?: ConversationStatus[] | null;

  @Field(() => [ConversationSourceEnum], { nullable: true })
  sources?: ConversationSource[] | null;

  @Field(() => [String], { nullable: true, description: 'Conversations carrying all of these tag names.' })
  tags?: string[] | null;

  @Field(() => Int, { nullable: true })
  minQualityScore?: number | null;

  @Field(() => Int, { nullable: true })
  maxQualityScore?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Bounds on lastMessageAt.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  to?: Date | null;
}
