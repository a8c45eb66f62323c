import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActorKind } from '@app/domain';
import { ActorKindEnum } from './enums';

@ObjectType('Actor', { description: 'Who did something: a member (by name), an API token (by its name), the AI review, or the system.' })
export class ActorObject {
  @Field(() => ActorKindEnum) kind!: ActorKind;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'Set when kind is MEMBER.' }) memberId!: string | null;
}
