import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ConversationSource } from '@app/reviewer/vocabulary';
import { ConversationSourceEnum } from '../common/enums';
import { StatusCountObject } from '../conversations/conversation-connection.object';

@ObjectType('SourceCount')
export class SourceCountObject {
  @Field(() => ConversationSourceEnum) source!: ConversationSource;
  @Field(() => Int) count!: number;
}

@ObjectType('DayStats')
export class DayStatsObject {
  @Field({ description: 'YYYY-MM-DD in the time zone asked for.' }) day!: string;
  @Field(() => Int, { description: 'Conversations whose last message fell on that day and that are reviewed.' }) conversations!: number;
  @Field(() => Float, { nullable: true }) averageQualityScore!: number | null;
  @Field(() => [SourceCountObject], { description: "That day's conversations by source (every source, zeros included)." })
  bySource!: SourceCountObject[];
}

@ObjectType('Stats')
export class StatsObject {
  @Field(() => Int) conversations!: number;
  @Field(() => Float, { nullable: true }) averageQualityScore!: number | null;
  @Field(() => [DayStatsObject]) byDay!: DayStatsObject[];
  @Field(() => [SourceCountObject]) bySource!: SourceCountObject[];
  @Field(() => [StatusCountObject]) byStatus!: StatusCountObject[];
}
