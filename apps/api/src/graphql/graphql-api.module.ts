import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { APP_CONFIG } from '@app/domain/config/config.module';
import type { AppConfig } from '@app/domain/config/app-config';
import { AuthService } from './auth/auth.service';
import { GqlContextFactory } from './auth/context.factory';
import type { GqlContext } from './auth/gql-context';
import { ConversationConnectionResolver, ConversationsResolver } from './conversations/conversations.resolver';
import { ConversationFieldsResolver, MessageFieldsResolver } from './conversations/conversation-fields.resolver';
import { ConversationMutationsResolver } from './conversations/conversation-mutations.resolver';
import { ConversationMutationsService } from './conversations/conversation-mutations.service';
import { ConversationsService } from './conversations/conversations.service';
import { createFormatError } from './errors/format-error';
import { complexityPlugin } from './protection/complexity.plugin';
import { depthLimitRule } from './protection/limits';
import { SubscriptionsResolver } from './subscriptions/subscriptions.resolver';
import { ExpressApolloDriver } from './transport/express-apollo.driver';
import { graphqlWsOptions } from './transport/ws-options';
import { WorkspacesResolver } from './workspaces/workspaces.resolver';

export const GRAPHQL_PATH = '/graphql';
/** Outside production, a request with this header gets `extensions.sqlStatements` (the N+1 guard test). */
export const SQL_COUNT_HEADER = 'x-debug-sql-count';

/** What the GraphQL options need from Nest: the context factory (its own module, so forRootAsync can inject it). */
@Module({
  providers: [AuthService, GqlContextFactory],
  exports: [AuthService, GqlContextFactory],
})
export class GraphqlContextModule {}

function sqlCountPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      if (!request.http?.headers.get(SQL_COUNT_HEADER)) return;
      return {
        async willSendResponse({ response, contextValue }) {
          const ctx = contextValue as unknown as GqlContext;
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: ctx.sql?.statements };
          }
        },
      };
    },
  };
}

/**
 * The public GraphQL API (code-first, Apollo Server on Express): HTTP POST /graphql and graphql-ws on
 * the same path. Needs DomainModule (global): Database, SearchIndexService, EventBus, WorkspaceService, APP_CONFIG.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ExpressApolloDriver,
      imports: [GraphqlContextModule],
      inject: [APP_CONFIG, GqlContextFactory, GraphQLSchemaHost],
      useFactory: (config: AppConfig, contexts: GqlContextFactory, schemaHost: GraphQLSchemaHost): ApolloDriverConfig => ({
        path: GRAPHQL_PATH,
        autoSchemaFile: true,
        sortSchema: false,
        introspection: true,
        graphiql: !config.production,
        includeStacktraceInErrorResponses: !config.production,
        formatError: createFormatError(config.production),
        validationRules: [depthLimitRule()],
        plugins: [complexityPlugin(), ...(config.production ? [] : [sqlCountPlugin()])] as ApolloDriverConfig['plugins'],
        context: (arg: never) => contexts.create(arg),
        subscriptions: {
          'graphql-ws': graphqlWsOptions(GRAPHQL_PATH, contexts, () => schemaHost.schema) as never,
        },
      }),
    }),
  ],
  providers: [
    ConversationsService,
    ConversationMutationsService,
    ConversationsResolver,
    ConversationConnectionResolver,
    ConversationFieldsResolver,
    MessageFieldsResolver,
    ConversationMutationsResolver,
    WorkspacesResolver,
    SubscriptionsResolver,
  ],
})
export class GraphqlApiModule {}
