import { Args, ID, Info, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  ConversationQueries,
  isUuid,
  type ConversationOrder,
  type ConversationPage,
  type ConversationRecord,
  type WorkspacePrincipal,
} from '@app/domain';
import { Allow } from '../../auth/access';
import { ConversationOrderEnum } from '../common/enums';
import type { GqlContext } from '../gql-context';
import { Caller, Ctx } from '../principal-of';
import { ConversationConnectionObject, StatusCountObject } from './conversation-connection.object';
import { pageInfoOf } from '../common/page-info.object';
import { selectsField, selectsPath } from '../common/selects-field';
import { ConversationFilterInput } from './conversation-filter.input';
import { ConversationObject, TagObject } from './conversation.object';

@Resolver(() => ConversationObject)
export class ConversationsResolver {
  constructor(private readonly queries: ConversationQueries) {}

  @Allow('AGENT')
  @Query(() => ConversationConnectionObject, { description: 'Reviewed conversations only, newest lastMessageAt first.' })
  async conversations(
    @Caller() caller: WorkspacePrincipal,
    @Ctx() ctx: GqlContext,
    @Args('filter', { type: () => ConversationFilterInput, nullable: true }) filter: ConversationFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('orderBy', {
      type: () => ConversationOrderEnum,
      nullable: true,
      description: 'Default: RELEVANCE when filter.search is set, else NEWEST.',
    })
    orderBy: ConversationOrder | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConversationConnection> {
    const withTotal = selectsField(info, 'totalCount');
    const include = { tags: selectsPath(info, ['edges', 'node', 'tags']), review: selectsPath(info, ['edges', 'node', 'review']) };
    const page = await this.queries.page(caller.workspaceId, { filter, first, after, orderBy, withTotal, include });
    // what the list shows beside each row came in the same statement: prime the loaders with it
    for (const { row } of page.edges) {
      const id = row.conversation.id;
      ctx.loaders.conversation.prime(id, row.conversation);
      ctx.loaders.contact.prime(row.contact.id, row.contact);
      if (row.lastMessage) ctx.loaders.message.prime(row.lastMessage.id, row.lastMessage);
      if (row.tags) ctx.loaders.tags.prime(id, row.tags);
      if (row.review !== undefined) ctx.loaders.review.prime(id, row.review);
    }
    const edges = page.edges.map((e) => ({ cursor: e.cursor, node: e.row.conversation, highlights: e.highlights }));
    return { edges, pageInfo: pageInfoOf(edges, page.hasNextPage), count: page.totalCount };
  }

  @Allow('AGENT')
  @Query(() => ConversationObject, { nullable: true, description: 'Any conversation of the workspace, reviewed or not; null if unknown.' })
  conversation(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<ConversationRecord | null> {
    return isUuid(id) ? ctx.loaders.conversation.load(id) : Promise.resolve(null);
  }

  @Allow('AGENT')
  @Query(() => [TagObject], { description: 'Tags used in the workspace.' })
  tags(@Caller() caller: WorkspacePrincipal) {
    return this.queries.tagsInUse(caller.workspaceId);
  }

  @Allow('AGENT')
  @Query(() => [StatusCountObject], { description: 'Count of visible conversations per status.' })
  statusCounts(@Caller() caller: WorkspacePrincipal) {
    return this.queries.statusCounts(caller.workspaceId);
  }
}

type ConversationConnection = Omit<ConversationConnectionObject, 'edges'> & {
  edges: { cursor: string; node: ConversationRecord; highlights: ConversationPage['edges'][number]['highlights'] }[];
  count: () => Promise<number>;
};

/** totalCount costs a count (or a search): resolved only when asked for. */
@Resolver(() => ConversationConnectionObject)
export class ConversationConnectionResolver {
  @ResolveField('totalCount', () => Int)
  // no parameter decorators: Nest calls it as graphql-js does (see ConversationFieldsResolver)
  totalCount(connection: ConversationConnection): Promise<number> {
    return connection.count();
  }
}
