import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** A connection's pageInfo from its edges. */
export function pageInfoOf(edges: readonly { cursor: string }[], hasNextPage: boolean): PageInfoObject {
  return { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null };
}
