import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ActivityKind } from '@app/domain';
import type { ConversationStatus } from '@app/reviewer/vocabulary';
import { ActorObject } from '../common/actor.object';
import { ActivityKindEnum, ConversationStatusEnum } from '../common/enums';
import { PageInfoObject } from '../common/page-info.object';

@ObjectType('Activity')
export class ActivityObject {
  @Field(() => ID) id!: string;
  @Field(() => ActivityKindEnum) kind!: ActivityKind;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => ActorObject) actor!: ActorObject;
  @Field(() => ConversationStatusEnum, { nullable: true, description: 'STATUS_CHANGED and REVIEWED: the status before and after.' })
  fromStatus!: ConversationStatus | null;
  @Field(() => ConversationStatusEnum, { nullable: true }) toStatus!: ConversationStatus | null;
  @Field(() => String, { nullable: true, description: "TAG_ADDED and TAG_REMOVED: the tag's name." }) tag!: string | null;
  // `note` is resolved from noteId (ActivityFieldsResolver)
}

@ObjectType('ActivityEdge')
export class ActivityEdgeObject {
  @Field() cursor!: string;
  @Field(() => ActivityObject) node!: ActivityObject;
}

@ObjectType('ActivityConnection')
export class ActivityConnectionObject {
  @Field(() => [ActivityEdgeObject]) edges!: ActivityEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
}
