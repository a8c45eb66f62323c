import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ConversationStatus } from '@app/reviewer/vocabulary';
import { ConversationStatusEnum } from '../common/enums';
import { PageInfoObject } from '../common/page-info.object';
import { ConversationObject } from './conversation.object';
import { HighlightObject } from './highlight.object';

@ObjectType('ConversationEdge')
export class ConversationEdgeObject {
  @Field() cursor!: string;
  @Field(() => ConversationObject) node!: ConversationObject;
  @Field(() => [HighlightObject], {
    description: 'Why this conversation matched filter.search: the matching passages, best first. Empty without a search.',
  })
  highlights!: HighlightObject[];
}

@ObjectType('ConversationConnection')
export class ConversationConnectionObject {
  @Field(() => [ConversationEdgeObject]) edges!: ConversationEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  // totalCount is resolved lazily (ConversationConnectionResolver): a count only when asked for
}

@ObjectType('StatusCount')
export class StatusCountObject {
  @Field(() => ConversationStatusEnum) status!: ConversationStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('BulkResult', {
  description: 'What a bulk action did: how many conversations matched, and how many it changed (the rest already were so).',
})
export class BulkResultObject {
  @Field(() => Int) matched!: number;
  @Field(() => Int) changed!: number;
}
